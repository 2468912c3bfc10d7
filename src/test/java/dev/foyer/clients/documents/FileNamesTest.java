package dev.foyer.clients.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileNames.clean("C:\\Users\\ann\\Pay stub.pdf")).isEqualTo("Pay stub.pdf");
    }

    @Test
    void dropsControlAndDirectionCharactersAndLeadingDots() {
        assertThat(FileNames.clean("pay\u0000stub\r\n.pdf")).isEqualTo("paystub.pdf");
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(FileNames.clean("..")).isEqualTo("file");
        assertThat(FileNames.clean("   ")).isEqualTo("file");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String cleaned = FileNames.clean("a".repeat(400) + ".pdf");

        assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
    }

    @Test
    void keepsLettersOfEveryLanguage() {
        assertThat(FileNames.clean("Relevé de paie 年.pdf")).isEqualTo("Relevé de paie 年.pdf");
    }
}
