package dev.foyer.clients.documents.web;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.OutsideRequestLimit;
import dev.foyer.api.PageRequest;
import dev.foyer.api.ProblemType;
import dev.foyer.clients.documents.ClientDocumentService;
import dev.foyer.clients.documents.DocumentUploads;
import dev.foyer.identity.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * An onboarding's documents as an htmx fragment for the onboarding pages to include
 * ({@code hx-get="/onboardings/{id}/documents/panel" hx-trigger="load"}). Uploads and deletes answer
 * with the redrawn panel; a refused upload shows why inside it.
 */
@Controller
@RequestMapping("/onboardings/{onboardingId}/documents")
class DocumentPanelPages {

    static final String PANEL = "clients/documents/panel :: panel";

    private final ClientDocumentService documents;
    private final DocumentUploads uploads;

    DocumentPanelPages(ClientDocumentService documents, DocumentUploads uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    @GetMapping("/panel")
    String panel(@PathVariable UUID onboardingId, Model model) {
        return panel(onboardingId, model, null);
    }

    @PostMapping
    String upload(@PathVariable UUID onboardingId, @RequestParam(required = false) String title,
                  @RequestPart(name = "file", required = false) MultipartFile file, Model model) {
        try {
            documents.upload(CurrentUser.require().id(), onboardingId, uploads.of(title, file));
            return panel(onboardingId, model, null);
        } catch (ApiException refusal) {
            if (refusal.type() == ProblemType.NOT_FOUND) {
                throw refusal;
            }
            model.addAttribute("title", title);
            return panel(onboardingId, model, refusal);
        }
    }

    @OutsideRequestLimit
    @DeleteMapping("/{documentId}")
    String delete(@PathVariable UUID onboardingId, @PathVariable UUID documentId, Model model) {
        documents.delete(CurrentUser.require().id(), onboardingId, documentId);
        return panel(onboardingId, model, null);
    }

    /** The same for a browser without script, whose forms only POST. */
    @OutsideRequestLimit
    @PostMapping("/{documentId}/delete")
    String deleteByForm(@PathVariable UUID onboardingId, @PathVariable UUID documentId, Model model) {
        return delete(onboardingId, documentId, model);
    }

    @GetMapping("/{documentId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID onboardingId, @PathVariable UUID documentId) {
        return DocumentUploads.asAttachment(documents.download(CurrentUser.require().id(), onboardingId, documentId));
    }

    private String panel(UUID onboardingId, Model model, ApiException refusal) {
        var userId = CurrentUser.require().id();
        model.addAttribute("onboardingId", onboardingId);
        model.addAttribute("documents", documents.list(userId, onboardingId, PageRequest.of(PageRequest.MAX_LIMIT, 0)).items());
        model.addAttribute("canUpload", documents.isClient(userId, onboardingId));
        model.addAttribute("maxFileSize", uploads.maxFileSize());
        model.addAttribute("refusal", refusal == null ? null : refusal.errors().isEmpty() ? refusal.getMessage()
                : refusal.errors().stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        return PANEL;
    }
}
