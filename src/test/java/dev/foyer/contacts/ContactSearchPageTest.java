package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search without tags is answered page by page by search_contacts_page() and
 * count_contact_matches() (V18, V20); a search with a tag still goes through search_contacts(). Both must
 * give the same contacts in the same order, count the same, and keep to the user.
 */
@FoyerIntegrationTest
class ContactSearchPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestUsers users;

    SignedInClient alice;
    String everyone;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void everyOrderPagesTheMatchesAsTheTaggedListDoes() {
        // Names and companies repeat, differ only in case, or are missing, so that every tie-break counts.
        String[][] people = {
                {"Ann", "Mason", "Harbour Co"}, {"ann", "mason", "harbour co"}, {"Bob", "Mason", null},
                {null, "Masonry", "Stone & Son"}, {"Carla", null, "Madison Lane"}, {"Dana", "Smithson", "Harbour Co"},
                {"Eve", "Wilson", null}, {"Finn", "Jameson", "ACME"}, {"Gus", "Allison", "acme"},
                {"Hana", "Nelson", "Bay Son"}, {"Ivan", "Son", "Zeta"}, {"Jo", "Sonder", "Alpha"},
                {"Kai", "Brown", "Unrelated"}, {"Lee", "Green", "Nothing here"}};
        for (int round = 0; round < 3; round++) {
            for (String[] person : people) {
                alice.post("/api/contacts", contact(person));
            }
        }
        tagEveryContact();

        for (String sort : new String[] {"name", "company", "created"}) {
            for (String direction : new String[] {"asc", "desc"}) {
                String order = "&sort=" + sort + "&direction=" + direction;
                List<String> bySearch = allPages("/api/contacts?q=SON" + order);
                List<String> byTaggedSearch = allPages("/api/contacts?q=SON&tag=" + everyone + order);

                assertThat(bySearch).as(order).hasSize(36).isEqualTo(byTaggedSearch);
                // Walked as far as it takes, walked and cut off short of the user's last contacts
                // (2 or 1 rows a match: 14 or 7 of the 42 for the first page), or never walked and
                // sorted: the same pages.
                assertThat(pagesWalking(sort, direction, 100)).as(order).isEqualTo(bySearch);
                assertThat(pagesWalking(sort, direction, 2)).as(order).isEqualTo(bySearch);
                assertThat(pagesWalking(sort, direction, 1)).as(order).isEqualTo(bySearch);
                assertThat(pagesWalking(sort, direction, 0)).as(order).isEqualTo(bySearch);
            }
        }
    }

    private List<String> pagesWalking(String sort, String direction, int rowsPerMatch) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 36; offset += 7) {
            int from = offset;
            ids.addAll(users.inTransactionAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                    select contact_id::text from search_contacts_page('son', :sort, :descending, 7, :offset, 1000, :rows)
                     order by place
                    """).param("sort", sort).param("descending", direction.equals("desc")).param("offset", from)
                    .param("rows", rowsPerMatch).query(String.class).list()));
        }
        return ids;
    }

    private static final String RARELY = "570 110";
    private static final String SELDOM = "570 20";

    @Test
    void aFragmentThatFillsThePageEarlyIsWalkedAndARareOneIsSorted() {
        for (int i = 0; i < 30; i++) {
            alice.post("/api/contacts", Map.of("firstName", "Walker", "lastName", "Anders " + i));
        }
        // Found by digits alone, these are not narrowed to the last names that could hold them (V32).
        alice.post("/api/contacts", Map.of("firstName", "Rarely", "lastName", "Zed", "phone", "0491 570 110"));
        for (int i = 0; i < 3; i++) {
            alice.post("/api/contacts", Map.of("firstName", "Seldom", "lastName", "Zed " + i, "phone", "0491 570 20" + i));
        }

        assertThat(howRead("anders", "name", false, 20)).isEqualTo("walked, more than the page");
        assertThat(howRead("anders", "company", false, 20)).isEqualTo("walked, more than the page");
        assertThat(howRead("anders", "created", true, 20)).isEqualTo("walked, more than the page");
        assertThat(howRead("anders", "name", false, 0)).as("walking turned off").isEqualTo("sorted");
        assertThat(howRead("anders", "name", false, 100_000)).as("a walk past 10,000 rows is cut there, not dropped")
                .isEqualTo("walked, more than the page");
        // No index gives these orders, so walking them would sort every contact first.
        assertThat(howRead("anders", "name", true, 20)).isEqualTo("sorted");
        assertThat(howRead("anders", "created", false, 20)).isEqualTo("sorted");
        // A first page of ten walks 200 rows, and first a fifth of them, which here is every contact.
        // One match there promises 5 in the whole walk, too few to fill the page and show there is
        // more: the walk is not taken. Three promise 15, but the walk finds no more than three.
        assertThat(howRead(RARELY, "name", false, 20)).isEqualTo("sorted, the first stretch fell short");
        assertThat(howRead(SELDOM, "name", false, 20)).isEqualTo("sorted, the walk fell short");
        assertThat(alice.get("/api/contacts?q=570%2020&limit=10").json().path("total").asLong()).isEqualTo(3);
        // By default the walk goes sqrt(20 x 10 x 34) rows, 83, and first 16 of them: there "anders"
        // fills the page and the three last contacts are not met.
        assertThat(howRead("anders", "name", false, null)).isEqualTo("walked, more than the page");
        assertThat(howRead(SELDOM, "name", false, null)).isEqualTo("sorted, the first stretch fell short");

        var walked = alice.get("/api/contacts?q=ANDERS&limit=10");
        assertThat(walked.json().path("items").size()).isEqualTo(10);
        assertThat(walked.json().path("total").asLong()).as("more than the page, not counted").isEqualTo(10);
        assertThat(walked.json().path("totalCapped").asBoolean()).isTrue();
        assertThat(walked.json().path("items").get(0).path("lastName").asString()).isEqualTo("Anders 0");
        var lastPage = alice.get("/api/contacts?q=ANDERS&limit=10&offset=20");
        assertThat(lastPage.json().path("total").asLong()).as("walked to the page's end and counted").isEqualTo(30);
        assertThat(lastPage.json().path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aContactTooLongForTheNameIndexIsSavedAndWalkedOnTheRows() {
        for (int i = 0; i < 30; i++) {
            alice.post("/api/contacts", Map.of("firstName", "Walker", "lastName", "Anders " + i));
        }
        TooLongForTheNameIndex.insert(users, jdbc, alice.userId(), "Long", "Anders");

        // The walk reads alice's rows, not idx_contact_search_name_document (ContactSearchPlanTest),
        // and meets the long contact first, as the list orders it.
        assertThat(howRead("anders", "name", false, null)).isEqualTo("walked, more than the page");
        var page = alice.get("/api/contacts?q=anders&limit=10");
        assertThat(page.json().path("items").size()).isEqualTo(10);
        assertThat(page.json().path("items").get(0).path("firstName").asString()).isEqualTo("Long");
        assertThat(page.json().path("items").get(1).path("lastName").asString()).isEqualTo("Anders 0");
        assertThat(alice.get("/api/contacts?q=anders&limit=10&offset=30").json().path("total").asLong())
                .as("the last page, counted").isEqualTo(31);
    }

    /** How search_contacts_page() read a first page of ten, as it says at debug level. */
    private String howRead(String fragment, String sort, boolean descending, Integer rowsPerMatch) {
        return SearchPageDebug.howRead(users, dataSource, ActingUser.of(alice.userId()),
                "select count(*) from search_contacts_page('%s', '%s', %s, 10, 0, 1000, %d)"
                        .formatted(fragment, sort, descending, rowsPerMatch));
    }

    @Test
    void anotherUsersMatchesAreNeitherListedNorCounted() {
        var bob = SignedInClient.signUp(new ApiClient(port));
        for (int i = 0; i < 5; i++) {
            bob.post("/api/contacts", Map.of("firstName", "Quentin", "lastName", "Bobson " + i));
        }
        alice.post("/api/contacts", Map.of("firstName", "Quentin", "lastName", "Alison"));

        var page = alice.get("/api/contacts?q=quentin&limit=2");

        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("items").get(0).path("lastName").asString()).isEqualTo("Alison");
        assertThat(page.json().path("total").asLong()).isEqualTo(1);
        assertThat(users.inTransactionAs(ActingUser.of(alice.userId()), () ->
                jdbc.sql("select count_contact_matches('quentin', 100)").query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void aFullPageSaysThereIsMoreTheLastIsCountedAndWildcardsAreLiteral() {
        for (int i = 0; i < 4; i++) {
            alice.post("/api/contacts", Map.of("firstName", "Percy", "lastName", "Cent " + i));
        }

        var full = alice.get("/api/contacts?q=percy&limit=2");
        var last = alice.get("/api/contacts?q=percy&limit=2&offset=2");
        var wildcard = alice.get("/api/contacts?q=%25&limit=2");
        var underscore = alice.get("/api/contacts?q=_ercy&limit=2");

        assertThat(full.json().path("items").size()).isEqualTo(2);
        assertThat(full.json().path("total").asLong()).isEqualTo(2);
        assertThat(full.json().path("totalCapped").asBoolean()).isTrue();
        assertThat(last.json().path("total").asLong()).isEqualTo(4);
        assertThat(last.json().path("totalCapped").asBoolean()).isFalse();
        assertThat(wildcard.json().path("items").size()).isZero();
        assertThat(underscore.json().path("items").size()).isZero();
    }

    @Test
    void aPageFarPastTheEndIsEmptyNotAnError() {
        alice.post("/api/contacts", Map.of("firstName", "Percy"));

        var far = alice.get("/api/contacts?q=percy&limit=50&offset=2147483600");

        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().path("items").size()).isZero();
    }

    @Test
    void nobodyFindsNothingAndAnUnknownOrderIsRefused() {
        alice.post("/api/contacts", Map.of("firstName", "Ottoline"));

        assertThat(users.inTransactionAsNobody(() -> jdbc.sql(
                "select contact_id from search_contacts_page('ottoline', 'name', false, 10, 0, 10)")
                .query(UUID.class).list())).isEmpty();
        assertThat(users.inTransactionAsNobody(() -> jdbc.sql("select count_contact_matches('ottoline', 10)")
                .query(Long.class).single())).isZero();
        assertThatThrownBy(() -> users.inTransactionAs(ActingUser.of(alice.userId()), () -> jdbc.sql(
                "select contact_id from search_contacts_page('ottoline', 'c.id; drop table contacts', false, 10, 0, 10)")
                .query(UUID.class).list()))
                .rootCause().hasMessageStartingWith("ERROR: unknown sort: c.id; drop table contacts");
    }

    private List<String> allPages(String path) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
            var page = alice.get(path + "&limit=7&offset=" + offset);
            assertThat(page.status()).as(path).isEqualTo(200);
            page.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
            if (page.json().path("items").size() < 7) {
                assertThat(page.json().path("total").asLong()).as(path).isEqualTo(ids.size());
                return ids;
            }
        }
    }

    private void tagEveryContact() {
        everyone = alice.post("/api/tags", Map.of("name", "Everyone", "color", "#3B82F6")).text("id");
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                select id, :tag, user_id from contacts where user_id = :owner
                """).param("tag", UUID.fromString(everyone)).param("owner", alice.userId()).update());
    }

    private static Map<String, Object> contact(String[] person) {
        var fields = new java.util.HashMap<String, Object>();
        if (person[0] != null) {
            fields.put("firstName", person[0]);
        }
        if (person[1] != null) {
            fields.put("lastName", person[1]);
        }
        if (person[2] != null) {
            fields.put("company", person[2]);
        }
        return fields;
    }
}
