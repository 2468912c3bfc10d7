package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * contact_search_runs (V32): for each user and last name, how many contacts have it and the keys
 * their documents could be found by. A search by name walks only the last names that could hold a
 * match; it must find what the search without them finds, in the same order, and count it.
 */
@FoyerIntegrationTest
class ContactSearchRunsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestUsers users;

    SignedInClient alice;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void runsFollowContactsAsTheyAreAddedRenamedEditedAndDeleted() {
        String ann = alice.post("/api/contacts", Map.of("firstName", "Ann", "lastName", "Quigley")).text("id");
        alice.post("/api/contacts", Map.of("firstName", "Bea", "lastName", "QUIGLEY", "company", "Harbour Realty"));
        String cy = alice.post("/api/contacts", Map.of("firstName", "Cy")).text("id");
        // Several contacts in one statement, as an import's chunk inserts them.
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name)
                values (:owner, 'Dee', 'Okoro'), (:owner, 'Eli', 'Okoro'), (:owner, 'Flo', null)
                """).param("owner", alice.userId()).update());

        assertThat(runs(alice.userId())).containsExactly(
                Map.entry("", 2L), Map.entry("okoro", 2L), Map.entry("quigley", 2L));
        assertThat(runHolds(alice.userId(), "quigley", "harbour realty ann bea")).isTrue();
        assertThat(runHolds(alice.userId(), "quigley", "okoro")).isFalse();

        alice.patch("/api/contacts/" + ann, Map.of("firstName", "Ann", "lastName", "Okoro"));
        alice.patch("/api/contacts/" + cy, Map.of("firstName", "Cy", "company", "Wattle Dental"));

        assertThat(runs(alice.userId())).containsExactly(
                Map.entry("", 2L), Map.entry("okoro", 3L), Map.entry("quigley", 1L));
        assertThat(runHolds(alice.userId(), "", "wattle dental")).as("an edited document's keys join its run").isTrue();
        assertThat(runHolds(alice.userId(), "okoro", "ann")).isTrue();

        for (var contact : alice.get("/api/contacts?q=quigley").json().path("items")) {
            alice.delete("/api/contacts/" + contact.path("id").asString());
        }

        assertThat(runs(alice.userId())).as("an emptied run is gone")
                .containsExactly(Map.entry("", 2L), Map.entry("okoro", 3L));
    }

    @Test
    void aChunkSharingWordsGivesEachRunTheKeysOfEveryOneOfItsDocumentsAndNoOthers() {
        // Words shared across contacts and runs are keyed once a run, as a CSV import's chunk brings them.
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, email, company)
                values (:owner, 'Olivia', 'Nguyen', 'olivia@harbour.com.au', 'Harbour Realty'),
                       (:owner, 'Olivia', 'Nguyen', 'liv@wattle.com.au', 'Wattle Dental'),
                       (:owner, 'Noah', 'Okafor', 'noah@harbour.com.au', 'Harbour Realty'),
                       (:owner, 'Mia', null, null, 'Café Zürich 2')
                """).param("owner", alice.userId()).update());

        List<String> differing = asSuperuser(superuser -> superuser.sql("""
                select r.last_name_key
                  from contact_search_runs r
                  join (select s.user_id, coalesce(s.last_name_key, '') as run,
                               array_agg(distinct k) as keys
                          from contact_search s, unnest(contact_search_run_keys(s.user_id, s.document)) k
                         where s.user_id = :owner
                         group by 1, 2) d on d.user_id = r.user_id and d.run = r.last_name_key
                 where r.user_id = :owner and not (r.keys @> d.keys and d.keys @> r.keys)
                """).param("owner", alice.userId()).query(String.class).list());

        assertThat(runs(alice.userId())).containsExactly(
                Map.entry("", 1L), Map.entry("nguyen", 2L), Map.entry("okafor", 1L));
        assertThat(differing).isEmpty();
        assertThat(runHolds(alice.userId(), "", "café zürich")).isTrue();
        assertThat(runHolds(alice.userId(), "okafor", "wattle")).isFalse();
    }

    @Test
    void aLastNameFarDownTheOrderIsWalkedAloneAndPagedAsTheSortedSearchPagesIt() {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(person("Abel " + i, "Abbott", null));
        }
        for (int i = 0; i < 12; i++) {
            people.add(person("Zane " + i, "Zimmer", null));
        }
        // Found by their company, ahead of the Zimmers in the name order; and one without a last
        // name, found by its first, after them.
        for (int i = 0; i < 3; i++) {
            people.add(person("Bo " + i, "Brown", "Zimmer Homes"));
        }
        people.add(person("Zimmerman", null, null));
        people.forEach(p -> alice.post("/api/contacts", p));

        // 16 of the 40 contacts are in runs that could match "zimmer": the Abbotts are passed by, and
        // a first page's walk (57 rows) reaches past the 16, so all are walked and counted.
        assertThat(howRead("zimmer", 10, 0)).isEqualTo("walked every run that could match");
        assertThat(howRead("zimmer", 10, 10)).as("the last page").isEqualTo("walked every run that could match");

        List<String> byRuns = pages("zimmer", null);
        List<String> sorted = pages("zimmer", 0);
        assertThat(byRuns).hasSize(16).isEqualTo(sorted);
        var names = new ArrayList<String>();
        alice.get("/api/contacts?q=ZIMMER&limit=20").json().path("items").forEach(item ->
                names.add(item.path("firstName").asString()));
        assertThat(names).hasSize(16).startsWith("Bo 0", "Bo 1", "Bo 2", "Zane 0", "Zane 1", "Zane 10")
                .endsWith("Zane 9", "Zimmerman");

        var firstPage = alice.get("/api/contacts?q=zimmer&limit=10").json();
        assertThat(firstPage.path("items").size()).isEqualTo(10);
        assertThat(firstPage.path("total").asLong()).isEqualTo(16);
        assertThat(firstPage.path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aRunLongerThanTheWalkIsWalkedOnlyUntilThePageIsFull() {
        // In one statement each, as an import's chunks are written.
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name)
                select :owner, 'Abel ' || g, 'Abbott' from generate_series(1, 310) g
                """).param("owner", alice.userId()).update());
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name)
                select :owner, 'Zane ' || g, 'Zimmer' from generate_series(1, 300) g
                """).param("owner", alice.userId()).update());

        // The 300 Zimmers are under half of the 610 contacts; a first page of ten walks 245 rows of
        // them, and fills the page in its first fifth.
        assertThat(howRead("zimmer", 10, 0)).isEqualTo("walked, more than the page");
        assertThat(pages("zimmer", null)).hasSize(40).isEqualTo(pages("zimmer", 0));
        var firstPage = alice.get("/api/contacts?q=zimmer&limit=10").json();
        assertThat(firstPage.path("items").get(0).path("firstName").asString()).isEqualTo("Zane 1");
        assertThat(firstPage.path("totalCapped").asBoolean()).as("more than the page, not counted").isTrue();
        assertThat(alice.get("/api/contacts?q=zimmer&limit=10&offset=290").json().path("total").asLong())
                .as("the last page, counted").isEqualTo(300);
    }

    @Test
    void aFragmentNoRunHoldsFindsNothingWithoutReadingAndAnEditIsFoundAtOnce() {
        for (int i = 0; i < 6; i++) {
            alice.post("/api/contacts", person("Abel " + i, "Abbott", null));
        }
        String last = alice.post("/api/contacts", person("Cleo", "Yates", null)).text("id");

        assertThat(howRead("xylophone", 10, 0)).isEqualTo("no run could match");
        var none = alice.get("/api/contacts?q=xylophone").json();
        assertThat(none.path("items").size()).isZero();
        assertThat(none.path("total").asLong()).isZero();

        alice.patch("/api/contacts/" + last, Map.of("firstName", "Cleo", "lastName", "Yates", "company", "Xylophone Hire"));

        var found = alice.get("/api/contacts?q=xylophone").json();
        assertThat(found.path("items").size()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(last);
    }

    @Test
    void anotherUsersRunsAreNeverWalked() {
        var bob = SignedInClient.signUp(new ApiClient(port));
        for (int i = 0; i < 4; i++) {
            bob.post("/api/contacts", person("Bob " + i, "Vantongeren", null));
        }
        for (int i = 0; i < 6; i++) {
            alice.post("/api/contacts", person("Abel " + i, "Abbott", null));
        }

        assertThat(howRead("vantongeren", 10, 0)).isEqualTo("no run could match");
        assertThat(alice.get("/api/contacts?q=vantongeren").json().path("items").size()).isZero();
        assertThat(bob.get("/api/contacts?q=vantongeren").json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    void theApplicationRoleCannotReadTheRunsNorWalkThem() {
        alice.post("/api/contacts", person("Ann", "Quigley", null));
        var owner = ActingUser.of(alice.userId());

        assertThatThrownBy(() -> users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from contact_search_runs")
                .query(Long.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for table contact_search_runs");
        assertThatThrownBy(() -> users.inTransactionAs(owner, () -> jdbc.sql("""
                select contact_search_walk_runs(:owner, '%', '{quigley}', true, 0, 10, 10)
                """).param("owner", alice.userId()).query(String.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for function contact_search_walk_runs");
    }

    private static Map<String, Object> person(String first, String last, String company) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("firstName", first);
        if (last != null) {
            fields.put("lastName", last);
        }
        if (company != null) {
            fields.put("company", company);
        }
        return fields;
    }

    /** Every page of ten of a search by name, as search_contacts_page() returns it. */
    private List<String> pages(String fragment, Integer rowsPerMatch) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 40; offset += 10) {
            int from = offset;
            ids.addAll(users.inTransactionAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                    select contact_id::text from search_contacts_page(:q, 'name', false, 10, :offset, 1000, :rows)
                     order by place
                    """).param("q", fragment).param("offset", from).param("rows", rowsPerMatch)
                    .query(String.class).list()));
        }
        return ids;
    }

    /** How search_contacts_page() read a page by name, as it says at debug level. */
    private String howRead(String fragment, int limit, int offset) {
        return SearchPageDebug.howRead(users, dataSource, ActingUser.of(alice.userId()),
                "select count(*) from search_contacts_page('%s', 'name', false, %d, %d, 1000)"
                        .formatted(fragment, limit, offset));
    }

    /** The user's runs and their counts, read past row-level security as the cluster's superuser. */
    private List<Map.Entry<String, Long>> runs(UUID owner) {
        return asSuperuser(superuser -> superuser.sql("""
                select last_name_key, contacts from contact_search_runs where user_id = :owner order by last_name_key
                """).param("owner", owner)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list());
    }

    /** Whether the run's keys hold every key of the text, as a search for it would ask. */
    private boolean runHolds(UUID owner, String run, String text) {
        return asSuperuser(superuser -> superuser.sql("""
                select keys @> contact_search_run_keys(:owner, :text) from contact_search_runs
                 where user_id = :owner and last_name_key = :run
                """).param("owner", owner).param("text", text).param("run", run).query(Boolean.class).single());
    }

    private <T> T asSuperuser(Function<JdbcClient, T> work) {
        try (Connection superuser = LockWaits.superuser(jdbc)) {
            return work.apply(JdbcClient.create(new SingleConnectionDataSource(superuser, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
