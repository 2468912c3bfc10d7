package dev.foyer.clients.share;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client's share links as the realtor's panel shows them, with the latest views of each. */
public record ClientShareLinks(List<ShareLink> links, Map<UUID, List<ShareLinkView>> recentViews, int defaultDays,
                               int maxDays) {

    public List<ShareLinkView> viewsOf(UUID shareId) {
        return recentViews.getOrDefault(shareId, List.of());
    }

    public List<String> allSections() {
        return ShareSection.allValues();
    }
}
