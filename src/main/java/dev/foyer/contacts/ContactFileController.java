package dev.foyer.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.csv.CsvDownloads;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Contacts in and out as CSV files, the format every spreadsheet and CRM reads and writes. */
@RestController
@RequestMapping("/api/contacts")
class ContactFileController {

    private final ContactImportService imports;
    private final ImportProgressBoard progress;
    private final ContactExport export;
    private final TagService tags;
    private final CsvDownloads downloads;

    ContactFileController(ContactImportService imports, ImportProgressBoard progress, ContactExport export,
                          TagService tags, CsvDownloads downloads) {
        this.imports = imports;
        this.progress = progress;
        this.export = export;
        this.tags = tags;
        this.downloads = downloads;
    }

    /** A multipart upload: {@code file}, and {@code duplicates} = {@code skip} (default) or {@code merge}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCsv(@RequestPart(name = "file", required = false) MultipartFile file,
                           @RequestParam(required = false, defaultValue = "skip") String duplicates) throws IOException {
        var mode = duplicates(duplicates);
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "is required: a CSV file whose first row names the columns");
        }
        var userId = CurrentUser.require().id();
        // Closed after the import's transaction has committed or rolled back, not before.
        try (var tracker = progress.start(userId, file.getSize()); InputStream in = file.getInputStream()) {
            return imports.importCsv(userId, in, mode, tracker);
        }
    }

    /**
     * How far the signed-in user's running import has got (for a page to poll while its upload
     * request is outstanding); 204 with no body when none of theirs is running on this server.
     */
    @GetMapping("/import/progress")
    ResponseEntity<ImportProgress> importProgress() {
        return progress.of(CurrentUser.require().id()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /**
     * The contacts the list would show for the same {@code q}, {@code tag}s, {@code sort} and
     * {@code direction}, all of them, as CSV; in the order they were added unless a sort is asked for.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q,
                                                 @RequestParam(name = "tag", required = false) List<UUID> tagIds,
                                                 @RequestParam(required = false, defaultValue = "created") String sort,
                                                 @RequestParam(required = false, defaultValue = "asc") String direction) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            throw ApiException.invalid("q", "must be at most 200 characters");
        }
        var order = ContactListQuery.Sort.of(sort);
        boolean descending = ContactListQuery.descending(direction);
        var user = CurrentUser.require();
        // Each tag once: the filter counts a contact's tags against how many were asked for.
        List<UUID> filter = tagIds == null ? List.of() : tagIds.stream().distinct().toList();
        tags.requireOwn(user.id(), filter);
        return downloads.download("contacts.csv", ContactExport.HEADER, new ActingUser(user.id(), user.permission()),
                row -> export.rows(user.id(), query, filter, order, descending, row));
    }

    private static ImportPlan.Duplicates duplicates(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> ImportPlan.Duplicates.SKIP;
            case "merge" -> ImportPlan.Duplicates.MERGE;
            default -> throw ApiException.invalid("duplicates", "must be skip or merge");
        };
    }
}
