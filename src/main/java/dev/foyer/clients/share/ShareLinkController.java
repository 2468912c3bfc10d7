package dev.foyer.clients.share;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.AccountRole;
import dev.foyer.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that show a client's profile to a landlord without signing in. The realtor makes and revokes
 * them; the realtor and the client list them and see who opened them.
 */
@RestController
@RequestMapping("/api/share-links")
class ShareLinkController {

    private final ShareLinkService links;

    ShareLinkController(ShareLinkService links) {
        this.links = links;
    }

    record CreateShareLinkRequest(UUID clientId, Integer expiresInDays, List<String> sections) {
    }

    /** The one answer that holds the token: Foyer keeps only its hash and cannot show it again. */
    record CreatedShareLinkResponse(UUID id, UUID clientId, String url, Instant expiresAt, List<String> sections) {
    }

    @PostMapping
    ResponseEntity<CreatedShareLinkResponse> create(@RequestBody CreateShareLinkRequest request) {
        var realtor = CurrentUser.require();
        realtor.requireRole(AccountRole.REALTOR);
        var link = links.create(realtor.id(), request.clientId(), request.expiresInDays(), request.sections());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(SharedProfilePages.PATH).buildAndExpand(link.token()).toUriString();
        return ResponseEntity.created(URI.create("/api/share-links/" + link.id()))
                .body(new CreatedShareLinkResponse(link.id(), link.clientId(), url, link.expiresAt(), link.sections()));
    }

    @GetMapping
    Page<ShareLink> list(@RequestParam(required = false) UUID clientId, @RequestParam(required = false) Integer limit,
                         @RequestParam(required = false) Integer offset) {
        return links.list(CurrentUser.require().id(), clientId, PageRequest.of(limit, offset));
    }

    @GetMapping("/{id}/views")
    Page<ShareLinkView> views(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Integer offset) {
        return links.views(CurrentUser.require().id(), id, PageRequest.of(limit, offset));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        var realtor = CurrentUser.require();
        realtor.requireRole(AccountRole.REALTOR);
        links.revoke(realtor.id(), id);
    }
}
