package dev.foyer.clients.documents;

import java.util.ArrayList;

import dev.foyer.api.ApiException;
import dev.foyer.api.NulText;
import dev.foyer.documents.Attachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** Uploads in and downloads out, the same for the API and the pages. */
@Component
public class DocumentUploads {

    static final int MAX_TITLE = 200;

    private final DocumentProperties properties;

    DocumentUploads(DocumentProperties properties) {
        this.properties = properties;
    }

    public DataSize maxFileSize() {
        return properties.maxFileSize();
    }

    /** Checks what can be checked before a byte is stored: every bad field at once, then the size. */
    public NewDocument of(String title, MultipartFile file) {
        var errors = new ArrayList<ApiException.FieldError>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add(new ApiException.FieldError("title", "is required"));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new ApiException.FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        } else if (cleanTitle.indexOf('\0') >= 0) {
            errors.add(new ApiException.FieldError("title", NulText.PROBLEM));
        }
        if (file == null || file.isEmpty()) {
            errors.add(new ApiException.FieldError("file", "is required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // The part is already spooled to disk by the servlet container: this costs no memory.
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw ApiException.tooLarge("file", "is larger than the " + properties.maxFileSize().toMegabytes() + " MB allowed");
        }
        return new NewDocument(cleanTitle, file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    /** The bytes as a download: see {@link Attachments}. */
    public static ResponseEntity<InputStreamResource> asAttachment(ClientDocumentService.Download download) {
        var document = download.document();
        return ResponseEntity.ok()
                .headers(Attachments.headers(document.fileName(), document.mediaType(), document.sizeBytes()))
                .body(new InputStreamResource(download.content()));
    }
}
