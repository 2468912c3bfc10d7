package dev.foyer.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import dev.foyer.accounts.AccountFilter;
import dev.foyer.accounts.CustomerTypes;
import dev.foyer.api.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the account list was asked for, read leniently from the address (an unknown type is "all
 * types", not an error page), and the links that keep it while changing one thing. Tags come as one
 * comma-separated box, the way they are typed.
 */
record AccountSearch(String q, String type, String tags, boolean allTags, int offset) {

    static final int PAGE_SIZE = 25;
    private static final int MAX_TEXT = 200;

    static AccountSearch of(String q, String type, String tags, String match, Integer offset) {
        return new AccountSearch(clip(q), type != null && CustomerTypes.ALL.contains(type) ? type : "", clip(tags),
                "all".equals(match), offset == null || offset < 0 ? 0 : offset);
    }

    List<String> tagList() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    AccountFilter toFilter() {
        return new AccountFilter(q, type.isEmpty() ? null : type, tagList(), allTags, null, null);
    }

    PageRequest page() {
        return new PageRequest(PAGE_SIZE, offset);
    }

    public boolean narrowed() {
        return !q.isEmpty() || !type.isEmpty() || !tagList().isEmpty();
    }

    public String pageUrl(int pageOffset) {
        return url(q, type, tags, allTags, pageOffset);
    }

    /** The CSV file of every account this search lists; the API takes each tag as its own {@code tag}. */
    public String exportUrl() {
        return url("/api/accounts/export", q, type, url -> tagList().forEach(tag -> url.queryParam("tag", tag)), allTags, 0);
    }

    /** A tag chip in the list narrows the list to that tag, from the first page. */
    public String tagUrl(String tag) {
        return url("", "", tag, false, 0);
    }

    private static String url(String q, String type, String tags, boolean allTags, int pageOffset) {
        return url("/accounts", q, type, url -> {
            if (!tags.isEmpty()) {
                url.queryParam("tags", tags);
            }
        }, allTags, pageOffset);
    }

    private static String url(String path, String q, String type, Consumer<UriComponentsBuilder> tags, boolean allTags,
                              int pageOffset) {
        var url = UriComponentsBuilder.fromPath(path);
        if (!q.isEmpty()) {
            url.queryParam("q", q);
        }
        if (!type.isEmpty()) {
            url.queryParam("type", type);
        }
        tags.accept(url);
        if (allTags) {
            url.queryParam("match", "all");
        }
        if (pageOffset > 0) {
            url.queryParam("offset", pageOffset);
        }
        return url.encode().build().toUriString();
    }

    private static String clip(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }
}
