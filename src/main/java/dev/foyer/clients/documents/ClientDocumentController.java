package dev.foyer.clients.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An onboarding's documents: the client uploads and deletes, the realtor of the pair reads. */
@RestController
@RequestMapping("/api/onboardings/{onboardingId}/documents")
class ClientDocumentController {

    static final int MAX_TITLE = 200;

    private final ClientDocumentService documents;
    private final DocumentProperties properties;

    ClientDocumentController(ClientDocumentService documents, DocumentProperties properties) {
        this.documents = documents;
        this.properties = properties;
    }

    /** A multipart upload: {@code title} and {@code file}. 413 over the size limit, 415 for a type not taken. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable UUID onboardingId,
                                        @RequestParam(required = false) String title,
                                        @RequestPart(name = "file", required = false) MultipartFile file) {
        var upload = uploadOf(title, file, properties);
        var document = documents.upload(CurrentUser.require().id(), onboardingId, upload);
        return ResponseEntity.created(URI.create("/api/onboardings/" + onboardingId + "/documents/" + document.id()))
                .body(document);
    }

    /** Newest first. */
    @GetMapping
    Page<DocumentView> list(@PathVariable UUID onboardingId, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) Integer offset) {
        return documents.list(CurrentUser.require().id(), onboardingId, PageRequest.of(limit, offset));
    }

    @GetMapping("/{documentId}")
    DocumentView get(@PathVariable UUID onboardingId, @PathVariable UUID documentId) {
        return documents.get(CurrentUser.require().id(), onboardingId, documentId);
    }

    @GetMapping("/{documentId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID onboardingId, @PathVariable UUID documentId) {
        return asAttachment(documents.download(CurrentUser.require().id(), onboardingId, documentId));
    }

    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> delete(@PathVariable UUID onboardingId, @PathVariable UUID documentId) {
        documents.delete(CurrentUser.require().id(), onboardingId, documentId);
        return ResponseEntity.noContent().build();
    }

    /** Checks what can be checked before a byte is stored: every bad field at once, then the size. */
    static NewDocument uploadOf(String title, MultipartFile file, DocumentProperties properties) {
        var errors = new ArrayList<ApiException.FieldError>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add(new ApiException.FieldError("title", "is required"));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new ApiException.FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (file == null || file.isEmpty()) {
            errors.add(new ApiException.FieldError("file", "is required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        long max = properties.maxFileSize().toBytes();
        if (file.getSize() > max) {
            throw ApiException.tooLarge("file", "is larger than the " + properties.maxFileSize().toMegabytes() + " MB allowed");
        }
        return new NewDocument(cleanTitle, file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    /**
     * The bytes as a download, never rendered in place: an attachment, the type Foyer detected
     * (never one the browser guesses), and a policy that runs nothing if it were opened anyway.
     */
    static ResponseEntity<InputStreamResource> asAttachment(ClientDocumentService.Download download) {
        var document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(download.content()));
    }
}
