package dev.foyer.clients.documents;

import java.net.URI;
import java.util.UUID;

import dev.foyer.api.OutsideRequestLimit;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import org.springframework.core.io.InputStreamResource;
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

    private final ClientDocumentService documents;
    private final DocumentUploads uploads;

    ClientDocumentController(ClientDocumentService documents, DocumentUploads uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    /** A multipart upload: {@code title} and {@code file}. 413 over the size limit, 415 for a type not taken. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable UUID onboardingId,
                                        @RequestParam(required = false) String title,
                                        @RequestPart(name = "file", required = false) MultipartFile file) {
        var upload = uploads.of(title, file);
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
        return DocumentUploads.asAttachment(documents.download(CurrentUser.require().id(), onboardingId, documentId));
    }

    @OutsideRequestLimit
    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> delete(@PathVariable UUID onboardingId, @PathVariable UUID documentId) {
        documents.delete(CurrentUser.require().id(), onboardingId, documentId);
        return ResponseEntity.noContent().build();
    }
}
