package dev.foyer.clients.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private final FileTypes types = new FileTypes(List.of("application/pdf", "image/jpeg", "image/png", "image/heic",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    @Test
    void acceptsEachAllowedTypeUnderItsOwnExtension() throws IOException {
        assertThat(check(SampleFiles.pdf(), "Pay stub.pdf")).isEqualTo("application/pdf");
        assertThat(check(SampleFiles.png(), "id.PNG")).isEqualTo("image/png");
        assertThat(check(SampleFiles.jpeg(), "id.jpg")).isEqualTo("image/jpeg");
        assertThat(check(SampleFiles.jpeg(), "id.jpeg")).isEqualTo("image/jpeg");
        assertThat(check(SampleFiles.heic(), "photo.heic")).isEqualTo("image/heic");
        assertThat(check(SampleFiles.docx(), "letter.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void refusesExecutablesNamedAsDocuments() {
        assertRefused(SampleFiles.elf(), "paystub.pdf");
        assertRefused(SampleFiles.windowsExecutable(), "paystub.pdf");
    }

    @Test
    void refusesAnSvgNamedAsAPng() {
        assertRefused(SampleFiles.svg(), "photo.png");
    }

    @Test
    void refusesAnAllowedTypeUnderAnotherTypesExtension() {
        assertRefused(SampleFiles.pdf(), "scan.png");
        assertRefused(SampleFiles.png(), "scan");
    }

    @Test
    void refusesAPlainZipNamedAsAWordDocument() {
        assertRefused(SampleFiles.zip(), "letter.docx");
    }

    @Test
    void refusesAnOfficeDocumentOfATypeNotAllowed() {
        assertRefused(SampleFiles.docx(), "sheet.xlsx");
    }

    private String check(byte[] file, String name) throws IOException {
        var in = new BufferedInputStream(new ByteArrayInputStream(file));
        String type = types.check(in, name).toString();
        assertThat(in.readAllBytes()).as("the stream is back at its start").isEqualTo(file);
        return type;
    }

    private void assertRefused(byte[] file, String name) {
        assertThatThrownBy(() -> check(file, name))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.errors()).extracting(ApiException.FieldError::field).containsExactly("file");
                });
    }
}
