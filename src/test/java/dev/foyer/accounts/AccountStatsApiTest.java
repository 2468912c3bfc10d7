package dev.foyer.accounts;

import static dev.foyer.accounts.AccountApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/accounts/stats: seed 002's customer stats, over the user's own accounts. */
@FoyerIntegrationTest
class AccountStatsApiTest {

    @LocalServerPort
    int port;

    @Test
    void countsAccountsByTypeAndContactsPerAccount() {
        var owner = SignedInClient.signUp(new ApiClient(port));
        String home = AccountApi.create(owner, account("Home", "Residential"));
        String shop = AccountApi.create(owner, account("Shop", "Commercial"));
        AccountApi.create(owner, account("Empty", "Commercial"));
        AccountApi.addContact(owner, home, Map.of("name", "A"));
        for (String name : new String[] {"B", "C", "D"}) {
            AccountApi.addContact(owner, shop, Map.of("name", name));
        }

        var stats = owner.get("/api/accounts/stats");

        assertThat(stats.status()).isEqualTo(200);
        var json = stats.json();
        assertThat(json.path("byType").path("Residential").asLong()).isEqualTo(1);
        assertThat(json.path("byType").path("Commercial").asLong()).isEqualTo(2);
        assertThat(json.path("totalAccounts").asLong()).isEqualTo(3);
        assertThat(json.path("totalContacts").asLong()).isEqualTo(4);
        assertThat(json.path("contactsPerAccount").path("average").decimalValue()).isEqualByComparingTo("1.33");
        assertThat(json.path("contactsPerAccount").path("max").asLong()).isEqualTo(3);
        assertThat(json.path("contactsPerAccount").path("withoutContacts").asLong()).isEqualTo(1);
    }

    @Test
    void neverCountsAnotherUsersAccounts() {
        var other = SignedInClient.signUp(new ApiClient(port));
        String theirs = AccountApi.create(other, account("Theirs", "Residential"));
        AccountApi.addContact(other, theirs, Map.of("name", "Them"));
        var owner = SignedInClient.signUp(new ApiClient(port));
        AccountApi.create(owner, account("Mine", "Commercial"));

        var json = owner.get("/api/accounts/stats").json();

        assertThat(json.path("byType").path("Residential").asLong()).isZero();
        assertThat(json.path("byType").path("Commercial").asLong()).isEqualTo(1);
        assertThat(json.path("totalAccounts").asLong()).isEqualTo(1);
        assertThat(json.path("totalContacts").asLong()).isZero();
        assertThat(json.path("contactsPerAccount").path("withoutContacts").asLong()).isEqualTo(1);
    }

    @Test
    void aUserWithoutAccountsHasZeroes() {
        var json = SignedInClient.signUp(new ApiClient(port)).get("/api/accounts/stats").json();

        assertThat(json.path("totalAccounts").asLong()).isZero();
        assertThat(json.path("contactsPerAccount").path("average").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.path("contactsPerAccount").path("max").asLong()).isZero();
    }
}
