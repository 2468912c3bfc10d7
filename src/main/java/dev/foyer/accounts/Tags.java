package dev.foyer.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.foyer.api.ApiException.FieldError;

/**
 * An account's tags as the user means them: trimmed, each once (whatever its case: "VIP" and "vip"
 * are one tag, the first spelling kept), 1 to {@value #MAX_LENGTH} characters, at most
 * {@value #MAX_TAGS}. No commas: the account form and the list's {@code tags} filter separate tags
 * with them, so a tag "Sales, West" would come back from an edit as two.
 */
final class Tags {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 40;

    private Tags() {
    }

    /** The clean tags, or {@code null} when the request has none; problems go to {@code errors}. */
    static List<String> read(List<String> raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String tag = raw.get(i) == null ? "" : raw.get(i).strip();
            if (tag.isEmpty() || tag.length() > MAX_LENGTH || tag.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("tags[" + i + "]", "must be 1 to " + MAX_LENGTH + " characters of text"));
            } else if (tag.indexOf(',') >= 0) {
                errors.add(new FieldError("tags[" + i + "]", "must not contain a comma, which separates tags"));
            } else if (seen.add(key(tag))) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "must hold at most " + MAX_TAGS + " different tags"));
        }
        return tags;
    }

    /** The form two spellings of one tag share, when a change de-duplicates its tags. */
    static String key(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
