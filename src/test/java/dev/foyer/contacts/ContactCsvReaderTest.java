package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import dev.foyer.api.ApiException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** Reading a CSV file into rows and row errors: no server, no database. */
class ContactCsvReaderTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final ContactCsvReader reader = new ContactCsvReader(VALIDATOR, 3);

    @Test
    void countsLinesFromTheHeaderAcrossCrlfBlankLinesAndQuotedLineBreaks() {
        var result = read("First Name,Notes\r\n"
                + "Ann,\"one\r\ntwo\r\nthree\"\r\n"   // lines 2-4
                + "\r\n"                               // line 5
                + ",no name\r\n"                       // line 6
                + "Ben,\"a\nb\"\n");                   // lines 7-8

        assertThat(result.rows()).extracting(ImportRow::line).containsExactly(2L, 7L);
        assertThat(result.errors()).containsExactly(new ImportResult.RowError(6, "firstName", "or lastName is required"));
        assertThat(result.rows().get(0).contact().notes()).isEqualTo("one\r\ntwo\r\nthree");
    }

    @Test
    void dropsAByteOrderMarkAndKeepsTheCaseOfNamesButLowersEmails() {
        var result = read("\uFEFFfirstname,EMAIL\nÅsa,Asa@Example.COM\n");

        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().get(0).contact().firstName()).isEqualTo("Åsa");
        assertThat(result.rows().get(0).contact().email()).isEqualTo("asa@example.com");
        assertThat(result.ignoredColumns()).isEmpty();
    }

    @Test
    void shortRowsLeaveTheMissingFieldsEmptyAndTagsAreSplitAndDeduplicated() {
        var result = read("Last Name,Company,Tags\nLee\nKim,Co,\"vip; VIP ;Lead;\"\n");

        assertThat(result.rows().get(0).contact().company()).isNull();
        assertThat(result.rows().get(1).tags()).containsExactly("vip", "Lead");
    }

    @Test
    void aRowWithANulCharacterOrAnOverlongTagIsAnError() {
        var result = read("First Name,Tags\nA\u0000b,\nOk," + "t".repeat(51) + "\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.rowsWithErrors()).isEqualTo(2);
        assertThat(result.errors()).extracting(ImportResult.RowError::field).containsExactly("row", "tags");
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkippedAndLinesStillCountFromTheTop() {
        var result = read("\n\r\nFirst Name\nAnn\n");

        assertThat(result.rows()).extracting(ImportRow::line).containsExactly(4L);
        assertThat(result.rows().get(0).contact().firstName()).isEqualTo("Ann");
    }

    @Test
    void anOutlookFileFillsTheJobTitleFromJobTitleNotFromTheTitleBeforeTheName() {
        var result = read("Title,First Name,Last Name,Job Title\nMr.,Ann,Lee,CTO\n");

        assertThat(result.rows().get(0).contact().jobTitle()).isEqualTo("CTO");
        assertThat(result.ignoredColumns()).containsExactly("Title");
        assertThat(read("Job Title,First Name,Title\nCTO,Ann,Mr.\n").rows().get(0).contact().jobTitle())
                .isEqualTo("CTO");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholeRatherThanReadWithReplacementCharacters() {
        byte[] windows1252 = "First Name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(windows1252)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .containsExactly(new ApiException.FieldError("file",
                                "is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"")));
    }

    @Test
    void theApostropheExportPutsBeforeAFormulaLikeCellIsTakenOff() {
        var result = read("First Name,Phone,Notes\nAnn,'+61 412 345 678,'=1+1\nBen,,'plain\n");

        assertThat(result.rows().get(0).contact().phone()).isEqualTo("+61 412 345 678");
        assertThat(result.rows().get(0).contact().notes()).isEqualTo("=1+1");
        assertThat(result.rows().get(1).contact().notes()).as("an apostrophe before text stays").isEqualTo("'plain");
    }

    @Test
    void moreRowsThanTheLimitIsRefusedWhole() {
        assertThatThrownBy(() -> read("First Name\nA\nB\nC\nD\n"))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.errors()).extracting(ApiException.FieldError::field).containsExactly("file"));
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWhole() {
        assertThatThrownBy(() -> read("Email,Name\nx@example.com,X\n"))
                .isInstanceOf(ApiException.class).hasMessageContaining("First Name or Last Name");
    }

    private ContactCsvReader.Result read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
