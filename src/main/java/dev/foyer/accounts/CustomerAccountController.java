package dev.foyer.accounts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.api.RequestChecks;
import dev.foyer.csv.CsvDownloads;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The signed-in user's customer accounts (seed 002). */
@RestController
@RequestMapping("/api/accounts")
class CustomerAccountController {

    private final CustomerAccountService accounts;
    private final CustomerAccountQueries queries;
    private final CsvDownloads downloads;

    CustomerAccountController(CustomerAccountService accounts, CustomerAccountQueries queries, CsvDownloads downloads) {
        this.accounts = accounts;
        this.queries = queries;
        this.downloads = downloads;
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody CreateAccountRequest request, BindingResult annotations) {
        var account = accounts.create(CurrentUser.require().id(), RequestChecks.read(annotations, request::toChange));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(account);
    }

    /**
     * {@code q} searches company and contact names (web search syntax), best match first; otherwise
     * newest first. {@code tag} may repeat: {@code match=any} (default) or {@code all} of them.
     * {@code createdFrom} and {@code createdTo} are ISO dates (UTC days), both included.
     */
    @GetMapping
    Page<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                           @RequestParam(required = false) List<String> tag,
                           @RequestParam(required = false) String match,
                           @RequestParam(required = false) String createdFrom,
                           @RequestParam(required = false) String createdTo,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) Integer offset) {
        var filter = AccountListParameters.filter(q, type, tag, match, createdFrom, createdTo);
        return queries.list(CurrentUser.require().id(), filter, PageRequest.of(limit, offset));
    }

    /** The accounts the list would show for the same filters, all of them, as CSV. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String type,
                                                 @RequestParam(required = false) List<String> tag,
                                                 @RequestParam(required = false) String match,
                                                 @RequestParam(required = false) String createdFrom,
                                                 @RequestParam(required = false) String createdTo) {
        var filter = AccountListParameters.filter(q, type, tag, match, createdFrom, createdTo);
        var user = CurrentUser.require();
        return downloads.download("accounts.csv", queries.exportHeader(), new ActingUser(user.id(), user.permission()),
                row -> queries.export(user.id(), filter, row));
    }

    @GetMapping("/stats")
    AccountStats stats() {
        return queries.stats(CurrentUser.require().id());
    }

    @GetMapping("/{id}")
    AccountView get(@PathVariable UUID id) {
        return accounts.get(CurrentUser.require().id(), id);
    }

    @PatchMapping("/{id}")
    AccountView update(@PathVariable UUID id, @Valid @RequestBody UpdateAccountRequest request,
                       BindingResult annotations) {
        return accounts.update(CurrentUser.require().id(), id, RequestChecks.read(annotations, request::toChange));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        accounts.delete(CurrentUser.require().id(), id);
    }
}
