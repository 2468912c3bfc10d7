package dev.foyer.clients.share;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links, as the realtor makes and revokes them and as the realtor and the client watch them
 * being opened. A realtor shares only a client who accepted and was not removed; anyone else's
 * client, link or view is not found.
 */
@Service
public class ShareLinkService {

    private final ShareLinkRepository links;
    private final ShareLinkProperties properties;
    private final Clock clock;

    ShareLinkService(ShareLinkRepository links, ShareLinkProperties properties, Clock clock) {
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param expiresInDays null for the default lifetime
     * @param sections      null for every section
     */
    @Transactional
    public CreatedShareLink create(UUID realtorId, UUID clientId, Integer expiresInDays, List<String> sections) {
        var errors = new ArrayList<ApiException.FieldError>();
        if (clientId == null) {
            errors.add(new ApiException.FieldError("clientId", "is required"));
        }
        int days = expiresInDays == null ? properties.defaultDays() : expiresInDays;
        if (days < 1 || days > properties.maxDays()) {
            errors.add(new ApiException.FieldError("expiresInDays", "must be between 1 and " + properties.maxDays()));
        }
        List<String> shown = sections == null ? ShareSection.allValues() : checkSections(sections, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!links.isLiveClient(realtorId, clientId)) {
            throw ApiException.notFound("Client");
        }
        String token = ShareTokens.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        UUID id = links.insert(realtorId, clientId, ShareTokens.hash(token), now, expiresAt, shown);
        return new CreatedShareLink(id, clientId, token, expiresAt, shown);
    }

    @Transactional(readOnly = true)
    public Page<ShareLink> list(UUID userId, UUID clientId, PageRequest page) {
        return links.list(userId, clientId, clock.instant(), page);
    }

    @Transactional(readOnly = true)
    public Page<ShareLinkView> views(UUID userId, UUID shareId, PageRequest page) {
        links.find(userId, shareId, clock.instant()).orElseThrow(() -> ApiException.notFound("Share link"));
        return links.views(shareId, page);
    }

    /**
     * Everything the realtor's panel on a client's page shows: the links about the client and the
     * latest views of each. Not found unless the user is, or was, the client's realtor.
     */
    @Transactional(readOnly = true)
    public ClientShareLinks forClient(UUID realtorId, UUID clientId) {
        if (!links.isClientOf(realtorId, clientId)) {
            throw ApiException.notFound("Client");
        }
        var page = links.list(realtorId, clientId, clock.instant(), new PageRequest(PageRequest.MAX_LIMIT, 0));
        var views = links.recentViews(realtorId, clientId, properties.recentViews()).stream()
                .collect(Collectors.groupingBy(ShareLinkView::shareId));
        return new ClientShareLinks(page.items(), views, properties.defaultDays(), properties.maxDays());
    }

    /** The links about the signed-in client, from all their realtors, and who opened each lately. */
    @Transactional(readOnly = true)
    public ClientShareLinks aboutMe(UUID clientId) {
        var page = links.list(clientId, clientId, clock.instant(), new PageRequest(PageRequest.MAX_LIMIT, 0));
        var views = links.recentViews(clientId, clientId, properties.recentViews()).stream()
                .collect(Collectors.groupingBy(ShareLinkView::shareId));
        return new ClientShareLinks(page.items(), views, properties.defaultDays(), properties.maxDays());
    }

    /** Idempotent: a link revoked before stays revoked as of the first time. */
    @Transactional
    public void revoke(UUID realtorId, UUID shareId) {
        if (links.revoke(realtorId, shareId, clock.instant()) == 0) {
            throw ApiException.notFound("Share link");
        }
    }

    private static List<String> checkSections(List<String> sections, List<ApiException.FieldError> errors) {
        var chosen = EnumSet.noneOf(ShareSection.class);
        for (String value : sections) {
            var section = ShareSection.parse(value);
            if (section.isEmpty()) {
                errors.add(new ApiException.FieldError("sections", "has an unknown section '" + value
                        + "'; known: " + ShareSection.allValues()));
                return List.of();
            }
            chosen.add(section.get());
        }
        if (chosen.isEmpty()) {
            errors.add(new ApiException.FieldError("sections", "must name at least one section"));
        }
        return chosen.stream().map(ShareSection::value).toList();
    }
}
