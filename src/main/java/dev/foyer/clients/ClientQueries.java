package dev.foyer.clients;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the lists of pairs: a realtor's clients and invitations, a client's realtors. */
@Service
public class ClientQueries {

    private final ClientQueryRepository queries;

    ClientQueries(ClientQueryRepository queries) {
        this.queries = queries;
    }

    /** The realtor's live clients and open invitations, newest invitation first, searched by name, phone or email. */
    @Transactional(readOnly = true)
    public Page<ClientEntry> clientsOf(UUID realtorId, String q, PageRequest page) {
        var rows = queries.realtorEntries(realtorId, null, null, q, page.limit(), page.offset());
        long total = rows.entries().isEmpty() && page.offset() > 0
                ? queries.realtorEntries(realtorId, null, null, q, 1, 0).total() : rows.total();
        return new Page<>(rows.entries(), page.offset(), page.limit(), total);
    }

    /** One of the realtor's live clients, by the client's user id. */
    @Transactional(readOnly = true)
    public ClientEntry client(UUID realtorId, UUID clientId) {
        return queries.realtorEntries(realtorId, clientId, null, null, 1, 0).entries().stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Client"));
    }

    /** One of the realtor's invitations, by its id: open, or the pair it led to. */
    @Transactional(readOnly = true)
    public ClientEntry invitation(UUID realtorId, UUID invitationId) {
        return queries.realtorEntries(realtorId, null, invitationId, null, 1, 0).entries().stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Invitation"));
    }

    /** The client's realtors, newest first. */
    @Transactional(readOnly = true)
    public Page<ClientEntry> realtorsOf(UUID clientId, String q, PageRequest page) {
        var rows = queries.clientEntries(clientId, q, page.limit(), page.offset());
        long total = rows.entries().isEmpty() && page.offset() > 0
                ? queries.clientEntries(clientId, q, 1, 0).total() : rows.total();
        return new Page<>(rows.entries(), page.offset(), page.limit(), total);
    }
}
