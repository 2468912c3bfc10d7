package dev.foyer.clients.share;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.foyer.database.TransactionSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A landlord opening a share link. The transaction acts for nobody, even when the browser carries a
 * Foyer session (a realtor checking their own link sees what the landlord sees), and is bound to the
 * hash of the token. Liveness is decided by Foyer's clock; the view the page records is let in by
 * the database only if its clock agrees, so the two never disagree about a page that was shown.
 */
@Service
class SharedProfileService {

    private static final int USER_AGENT_LENGTH = 256;

    private final SharedProfileRepository profiles;
    private final TransactionSettings settings;
    private final Clock clock;

    SharedProfileService(SharedProfileRepository profiles, TransactionSettings settings, Clock clock) {
        this.profiles = profiles;
        this.settings = settings;
        this.clock = clock;
    }

    /** What opening a link finds: the profile, a link that is no longer valid, or no link at all. */
    sealed interface Opened {
        record Shown(SharedProfile profile) implements Opened {
        }

        record Gone() implements Opened {
        }

        record Unknown() implements Opened {
        }
    }

    @Transactional
    public Opened open(String token, InetAddress from, String userAgent) {
        var found = bind(token);
        if (found.isEmpty()) {
            return new Opened.Unknown();
        }
        var link = found.get();
        Instant now = clock.instant();
        if (!live(link, now) || profiles.recordView(link.id(), now, IpPrefixes.of(from), clean(userAgent)) == 0) {
            return new Opened.Gone();
        }
        Set<ShareSection> sections = sections(link);
        var details = profiles.details(link.realtorId(), link.clientId()).orElse(SharedProfile.Details.EMPTY);
        var documents = sections.contains(ShareSection.DOCUMENTS)
                ? profiles.documents(link.realtorId(), link.clientId()) : List.<SharedProfile.SharedDocument>of();
        String name = profiles.clientName(link.clientId()).orElse("");
        return new Opened.Shown(new SharedProfile(name, sections, link.expiresAt(), details.only(sections), documents));
    }

    /** A shared document's object, or empty: link unknown or gone, or the document not shared by it. */
    sealed interface Download {
        record Found(SharedProfileRepository.StoredDocument document) implements Download {
        }

        record Gone() implements Download {
        }

        record Unknown() implements Download {
        }
    }

    @Transactional(readOnly = true)
    public Download document(String token, UUID documentId) {
        var found = bind(token);
        if (found.isEmpty()) {
            return new Download.Unknown();
        }
        if (!live(found.get(), clock.instant())) {
            return new Download.Gone();
        }
        var link = found.get();
        if (!sections(link).contains(ShareSection.DOCUMENTS)) {
            return new Download.Unknown();
        }
        return profiles.document(link.realtorId(), link.clientId(), documentId)
                .<Download>map(Download.Found::new).orElseGet(Download.Unknown::new);
    }

    private Optional<SharedProfileRepository.Link> bind(String token) {
        if (!ShareTokens.wellFormed(token)) {
            return Optional.empty();
        }
        settings.set("app.user_id", "");
        settings.set("app.user_role", "");
        settings.set("app.share_token_hash", ShareTokens.hash(token));
        return profiles.link(ShareTokens.hash(token));
    }

    private static boolean live(SharedProfileRepository.Link link, Instant now) {
        return link.revokedAt() == null && link.expiresAt().isAfter(now);
    }

    private static Set<ShareSection> sections(SharedProfileRepository.Link link) {
        var sections = EnumSet.noneOf(ShareSection.class);
        link.sections().forEach(value -> ShareSection.parse(value).ifPresent(sections::add));
        return sections;
    }

    /** What a browser says it is, as a line of printable text of bounded length. */
    static String clean(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        String printable = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() <= USER_AGENT_LENGTH ? printable : printable.substring(0, USER_AGENT_LENGTH);
    }
}
