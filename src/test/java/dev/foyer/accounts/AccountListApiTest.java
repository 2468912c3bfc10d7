package dev.foyer.accounts;

import static dev.foyer.accounts.AccountApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.LockWaits;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Listing, filtering and searching customer accounts through GET /api/accounts. */
@FoyerIntegrationTest
class AccountListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient owner;

    @BeforeEach
    void signUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void listsNewestFirstInStablePages() {
        String oldest = AccountApi.create(owner, "One");
        String middle = AccountApi.create(owner, "Two");
        String newest = AccountApi.create(owner, "Three");

        var first = owner.get("/api/accounts?limit=2");
        var second = owner.get("/api/accounts?limit=2&offset=2");

        assertThat(first.json().path("total").asLong()).isEqualTo(3);
        assertThat(AccountApi.ids(first)).containsExactly(newest, middle);
        assertThat(AccountApi.ids(second)).containsExactly(oldest);
        assertThat(first.json().path("items").get(0).has("contacts")).isFalse();
    }

    @Test
    void filtersByCustomerType() {
        String home = AccountApi.create(owner, account("Home", "Residential"));
        AccountApi.create(owner, account("Shop", "Commercial"));

        assertThat(AccountApi.ids(owner.get("/api/accounts?type=Residential"))).containsExactly(home);
        var refused = owner.get("/api/accounts?type=Industrial");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("type");
    }

    @Test
    void tagFilterMatchesAnyTagByDefaultOrAllOfThem() {
        String both = AccountApi.create(owner, account("Both", "Commercial", "tags", List.of("VIP", "north")));
        String vipOnly = AccountApi.create(owner, account("Vip only", "Commercial", "tags", List.of("vip")));
        String northOnly = AccountApi.create(owner, account("North only", "Commercial", "tags", List.of("north")));
        AccountApi.create(owner, account("Untagged", "Commercial"));

        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=vip&tag=north")))
                .containsExactlyInAnyOrder(both, vipOnly, northOnly);
        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=vip&tag=north&match=any")))
                .containsExactlyInAnyOrder(both, vipOnly, northOnly);
        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=vip&tag=North&match=all"))).containsExactly(both);
        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=vip&match=all")))
                .containsExactlyInAnyOrder(both, vipOnly);
        assertThat(owner.get("/api/accounts?tag=vip&match=most").errorFields()).containsExactly("match");
    }

    @Test
    void aTagFilterFindsTheTagHoweverItsLettersAreCased() {
        // Java lowers a final capital sigma to ς, PostgreSQL to σ: the filter must lower as the tags are.
        String greek = AccountApi.create(owner, account("Odos", "Commercial", "tags", List.of("ΟΔΟΣ")));

        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=ΟΔΟΣ"))).containsExactly(greek);
        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=οδοσ"))).containsExactly(greek);
        assertThat(AccountApi.ids(owner.get("/api/accounts?tag=ΟΔΟΣ&match=all"))).containsExactly(greek);
    }

    @Test
    void searchRanksACompanyNameMatchFirstAndFindsByContactName() {
        String throughContact = AccountApi.create(owner, "Harbour Electrical");
        AccountApi.addContact(owner, throughContact, Map.of("name", "Quinton Marlowe"));
        String byName = AccountApi.create(owner, "Marlowe Landscaping");
        AccountApi.create(owner, "Unrelated Cleaning");

        var found = owner.get("/api/accounts?q=marlowe");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("total").asLong()).isEqualTo(2);
        assertThat(AccountApi.ids(found)).containsExactly(byName, throughContact);
        assertThat(AccountApi.ids(owner.get("/api/accounts?q=quinton"))).containsExactly(throughContact);
    }

    @Test
    void aSearchCountsEveryMatchOnEachPageAndPastTheLast() {
        for (int i = 0; i < 5; i++) {
            AccountApi.create(owner, "Kestrel Plumbing " + i);
        }
        String other = AccountApi.create(owner, "Osprey Glazing");
        AccountApi.addContact(owner, other, Map.of("name", "Kestrel Young"));
        AccountApi.create(owner, "Heron Tiling");

        var first = owner.get("/api/accounts?q=kestrel&limit=4");
        var second = owner.get("/api/accounts?q=kestrel&limit=4&offset=4");
        var past = owner.get("/api/accounts?q=kestrel&limit=4&offset=8");

        assertThat(first.json().path("total").asLong()).isEqualTo(6);
        assertThat(AccountApi.ids(first)).hasSize(4);
        assertThat(second.json().path("total").asLong()).isEqualTo(6);
        assertThat(AccountApi.ids(second)).hasSize(2).doesNotContainAnyElementsOf(AccountApi.ids(first));
        assertThat(past.json().path("total").asLong()).as("a page past the last match still says how many").isEqualTo(6);
        assertThat(AccountApi.ids(past)).isEmpty();
    }

    @Test
    void aSearchAloneIsPagedAsTheSearchWithAFilterIs() {
        // Ranks that differ (a name said twice, a match through a contact only) and ranks that tie.
        AccountApi.create(owner, "Kestrel Kestrel Haulage");
        for (int i = 0; i < 4; i++) {
            AccountApi.create(owner, "Kestrel Plumbing");
        }
        AccountApi.addContact(owner, AccountApi.create(owner, "Osprey Glazing"), Map.of("name", "Kestrel Young"));
        AccountApi.create(owner, "Kestrel Plumbing");
        AccountApi.create(owner, "Heron Tiling");

        // Every account is Commercial: the filter changes how the page is read, not what it holds.
        for (int offset = 0; offset < 9; offset += 3) {
            var alone = owner.get("/api/accounts?q=kestrel&limit=3&offset=" + offset);
            var filtered = owner.get("/api/accounts?q=kestrel&type=Commercial&limit=3&offset=" + offset);

            assertThat(AccountApi.ids(alone)).as("offset " + offset).isEqualTo(AccountApi.ids(filtered));
            assertThat(alone.json().path("total").asLong()).as("offset " + offset).isEqualTo(7);
            assertThat(filtered.json().path("total").asLong()).as("offset " + offset).isEqualTo(7);
        }
        var first = owner.get("/api/accounts?q=kestrel&limit=3");
        assertThat(first.json().path("items").get(0).path("companyName").asString()).isEqualTo("Kestrel Kestrel Haulage");
        assertThat(first.json().path("items").get(1).path("companyName").asString()).isEqualTo("Kestrel Plumbing");
        var last = owner.get("/api/accounts?q=kestrel&limit=3&offset=6");
        assertThat(last.json().path("items").get(0).path("companyName").asString()).isEqualTo("Osprey Glazing");
    }

    @Test
    void aSearchCountsEachAccountsContactsAsTheAccountItselfDoes() {
        String roofing = AccountApi.create(owner, "Plover Roofing");
        String fencing = AccountApi.create(owner, "Plover Fencing");
        String paving = AccountApi.create(owner, "Plover Paving");
        AccountApi.addContact(owner, fencing, Map.of("name", "Ada One"));
        String leaving = AccountApi.addContact(owner, fencing, Map.of("name", "Bea Two"));
        AccountApi.addContact(owner, fencing, Map.of("name", "Cy Three"));
        assertThat(owner.delete("/api/accounts/" + fencing + "/contacts/" + leaving).status()).isEqualTo(204);
        String moving = AccountApi.addContact(owner, paving, Map.of("name", "Dee Four"));
        // No endpoint moves a contact to another account; any other writer may, and both follow.
        users.runAs(ActingUser.of(owner.userId()), () -> jdbc.sql("""
                update customer_contacts set customer_account_id = :roofing where id = :moving
                """).param("roofing", UUID.fromString(roofing)).param("moving", UUID.fromString(moving)).update());

        var found = owner.get("/api/accounts?q=plover").json().path("items");
        var filtered = owner.get("/api/accounts?q=plover&type=Commercial").json().path("items");

        assertThat(found.size()).isEqualTo(3);
        for (int i = 0; i < found.size(); i++) {
            String id = found.get(i).path("id").asString();
            long contacts = owner.get("/api/accounts/" + id).json().path("contactCount").asLong();
            assertThat(found.get(i).path("contactCount").asLong()).as(id).isEqualTo(contacts);
            assertThat(filtered.get(i).path("contactCount").asLong()).as(id).isEqualTo(contacts);
        }
        assertThat(owner.get("/api/accounts/" + roofing).json().path("contactCount").asLong()).isEqualTo(1);
        assertThat(owner.get("/api/accounts/" + fencing).json().path("contactCount").asLong()).isEqualTo(2);
        assertThat(owner.get("/api/accounts/" + paving).json().path("contactCount").asLong()).isZero();
    }

    @Test
    void twoContactsAddedAtOnceToOneAccountAreBothFoundAndCounted() throws Exception {
        // The API locks the account before it adds a contact; two writers that do not are held
        // apart by the search row's lock (V30), and the second recomputes it with the first's contact.
        String account = AccountApi.create(owner, "Avocet Joinery");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = LockWaits.actingAs(dataSource, owner.userId());
             Connection second = LockWaits.actingAs(dataSource, owner.userId())) {
            addContact(first, account, "Quillon Marsh");
            Future<?> adding = pool.submit(() -> {
                addContact(second, account, "Zephyrine Vale");
                second.commit();
                return null;
            });
            LockWaits.awaitWaiting(first, 1, adding);
            first.commit();
            adding.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        for (String name : new String[] {"quillon", "zephyrine"}) {
            var found = owner.get("/api/accounts?q=" + name);
            assertThat(AccountApi.ids(found)).as(name).containsExactly(account);
            assertThat(found.json().path("items").get(0).path("contactCount").asLong()).as(name).isEqualTo(2);
        }
    }

    private static void addContact(Connection connection, String account, String name) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into customer_contacts (customer_account_id, contact_name) values (?, ?)")) {
            insert.setObject(1, UUID.fromString(account));
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    @Test
    void searchCombinesWithFiltersAndFollowsEdits() {
        String account = AccountApi.create(owner, account("Pelican Pools", "Residential", "tags", List.of("summer")));
        AccountApi.create(owner, account("Pelican Storage", "Commercial"));

        assertThat(AccountApi.ids(owner.get("/api/accounts?q=pelican&type=Residential&tag=summer")))
                .containsExactly(account);

        owner.patch("/api/accounts/" + account, Map.of("companyName", "Albatross Pools"));
        assertThat(AccountApi.ids(owner.get("/api/accounts?q=pelican&type=Residential"))).isEmpty();
        assertThat(AccountApi.ids(owner.get("/api/accounts?q=albatross"))).containsExactly(account);
    }

    @Test
    void searchNeverFindsAnotherUsersAccounts() {
        var other = SignedInClient.signUp(new ApiClient(port));
        String theirs = AccountApi.create(other, "Zanzibar Roofing");
        AccountApi.addContact(other, theirs, Map.of("name", "Ignatius Fairweather"));

        assertThat(owner.get("/api/accounts?q=zanzibar").json().path("total").asLong()).isZero();
        assertThat(owner.get("/api/accounts?q=fairweather").json().path("total").asLong()).isZero();
        assertThat(owner.get("/api/accounts").json().path("total").asLong()).isZero();
    }

    @Test
    void aBlankQueryListsEverythingAndAnOverlongOneIsRefused() {
        AccountApi.create(owner, "Anything");

        assertThat(owner.get("/api/accounts?q=%20").json().path("total").asLong()).isEqualTo(1);
        var refused = owner.get("/api/accounts?q=" + "x".repeat(201));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("q");
    }
}
