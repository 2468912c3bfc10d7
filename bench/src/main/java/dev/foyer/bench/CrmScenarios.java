package dev.foyer.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The CRM screens one user loads, each a scenario of one GET: a page of the contact list by name, a
 * search as typed (3–6 letters of a name or company), the list filtered by one tag, the pipeline
 * board, the dashboard, and account search by a company word.
 */
final class CrmScenarios {

    static final List<String> ALL = List.of("contacts-page", "search", "tag-filter", "pipeline", "dashboard",
            "account-search");

    /** What each scenario's row is called in the report. */
    static final Map<String, String> STEPS = Map.of(
            "contacts-page", "contacts?sort=name",
            "search", "contacts?q=",
            "tag-filter", "contacts?tag=",
            "pipeline", "pipeline?limit=20",
            "dashboard", "dashboard",
            "account-search", "accounts?q=");

    /** Offsets within the first pages, as a user pages on from the top. */
    private static final int PAGES = 10;
    private static final int PAGE_SIZE = 50;

    private final FoyerApi api;
    private final CrmSession session;
    private final List<String> tagIds;

    CrmScenarios(FoyerApi api, CrmSession session, List<String> tagIds) {
        this.api = api;
        this.session = session;
        this.tagIds = tagIds;
    }

    /** The request path and query of one iteration, drawn afresh each time. */
    String path(String scenario, ThreadLocalRandom random) {
        return switch (scenario) {
            case "contacts-page" -> "/api/contacts?sort=name&limit=" + PAGE_SIZE + "&offset=" + PAGE_SIZE * random.nextInt(PAGES);
            case "search" -> "/api/contacts?limit=" + PAGE_SIZE + "&q=" + encode(WordLists.searchFragment(random));
            case "tag-filter" -> "/api/contacts?limit=" + PAGE_SIZE + "&tag=" + tagIds.get(random.nextInt(tagIds.size()));
            case "pipeline" -> "/api/pipeline?limit=20";
            case "dashboard" -> "/api/dashboard";
            case "account-search" -> "/api/accounts?q=" + encode(WordLists.companyWord(random));
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    LoadRun.Client client(String scenario) {
        String step = STEPS.get(scenario);
        return tally -> {
            String path = path(scenario, ThreadLocalRandom.current());
            String token = session.accessToken();
            long start = System.nanoTime();
            FoyerApi.Reply reply = api.get(path, token);
            long took = System.nanoTime() - start;
            if (reply.is(200)) {
                tally.ok(step, took);
                return;
            }
            tally.failed(step, reply.status());
            if (reply.is(401)) {
                session.renew(token);
            }
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
