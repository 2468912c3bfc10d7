package dev.foyer.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.foyer.SignedInClient;
import dev.foyer.web.Browser;

/** What the account pages' browser tests share: making an account quickly, and pictures of whole pages. */
final class AccountPageSteps {

    private AccountPageSteps() {
    }

    /** An account with a billing address, made through the API; answers its id. */
    static String createAccount(SignedInClient api, String company, String type, List<String> tags) {
        var created = api.post("/api/accounts", Map.of("companyName", company, "customerType", type, "tags", tags,
                "billingAddress", Map.of("street", "1 Long Road", "city", "Springfield", "zip", "12345")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("id");
    }

    /**
     * The whole page in one picture for a person to look at, under target/browser-screenshots: the
     * window grows to the page's height. The next test starts at desktop size again (see {@link Browser}).
     */
    static void fullPage(Browser browser, String file, int width, boolean mobile) throws IOException {
        long height = (Long) browser.script("return document.documentElement.scrollHeight");
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        browser.screenshot(Path.of("target", "browser-screenshots", file));
    }
}
