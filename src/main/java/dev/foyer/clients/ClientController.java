package dev.foyer.clients;

import java.net.URI;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.api.RequestChecks;
import dev.foyer.identity.AccountRole;
import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A realtor's clients and invitations (seed 000); for a client, their realtors. */
@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final ClientService clients;
    private final ClientQueries queries;
    private final ClientPhones phones;

    ClientController(ClientService clients, ClientQueries queries, ClientPhones phones) {
        this.clients = clients;
        this.queries = queries;
        this.phones = phones;
    }

    /** Invites a phone. The answer is the same whether or not the phone has an account. */
    @PostMapping
    ResponseEntity<ClientEntry> invite(@Valid @RequestBody InviteClientRequest request, BindingResult annotations) {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        String phone = RequestChecks.read(annotations, () -> phones.require("phone", request.phone()));
        var entry = clients.invite(user.id(), phone, request.cleanEmail());
        URI location = URI.create(entry.clientId() == null ? "/api/clients/invitations/" + entry.invitationId()
                : "/api/clients/" + entry.clientId());
        return ResponseEntity.created(location).body(entry);
    }

    /**
     * For a realtor, their clients and open invitations, newest first; for anyone else, their
     * realtors. {@code q} finds a part of the name, phone or email.
     */
    @GetMapping
    Page<ClientEntry> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) Integer offset) {
        if (q != null && q.length() > 200) {
            throw ApiException.invalid("q", "must be at most 200 characters");
        }
        var user = CurrentUser.require();
        var page = PageRequest.of(limit, offset);
        return user.role() == AccountRole.REALTOR ? queries.clientsOf(user.id(), q, page)
                : queries.realtorsOf(user.id(), q, page);
    }

    @GetMapping("/{clientId}")
    ClientEntry get(@PathVariable UUID clientId) {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        return queries.client(user.id(), clientId);
    }

    /** Removes the client (they may be invited again) and revokes their share links. */
    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID clientId) {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        clients.remove(user.id(), clientId);
    }

    @GetMapping("/invitations/{invitationId}")
    ClientEntry invitation(@PathVariable UUID invitationId) {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        return queries.invitation(user.id(), invitationId);
    }

    /** Cancels an invitation nobody has claimed yet. */
    @DeleteMapping("/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable UUID invitationId) {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        clients.cancelInvitation(user.id(), invitationId);
    }
}
