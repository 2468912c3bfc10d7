package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The total of all a user's contacts is exact at any size. A search's or a tag's total counts to
 * 1,000 (or to the end of the page asked for, if further) and then says it stopped with
 * {@code totalCapped}; below that, and on a last page, it is exact. A search whose walk finds more
 * than its page is not counted: the total is the page's end, capped.
 */
@FoyerIntegrationTest
class ContactListTotalTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient alice;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void aThousandMatchesAreCountedExactly() {
        contacts(1_000, "Harbour");

        var page = alice.get("/api/contacts?limit=50");

        assertThat(page.json().path("total").asLong()).isEqualTo(1_000);
        assertThat(page.json().path("totalCapped").asBoolean()).isFalse();
        assertThat(page.json().path("items").size()).isEqualTo(50);
    }

    @Test
    void everyContactIsCountedExactlyAndOnlyTheUsersOwn() {
        contacts(2_345, "Harbour");
        var bob = SignedInClient.signUp(new ApiClient(port));
        bob.post("/api/contacts", java.util.Map.of("firstName", "Bob's", "lastName", "Only"));

        for (String page : new String[] {"", "&offset=1000", "&offset=2300&sort=company"}) {
            var list = alice.get("/api/contacts?limit=50" + page);

            assertThat(list.json().path("total").asLong()).as(page).isEqualTo(2_345);
            assertThat(list.json().path("totalCapped").asBoolean()).as(page).isFalse();
        }
        assertThat(alice.get("/api/contacts?limit=50&offset=2300").json().path("items").size()).isEqualTo(45);
        var pastTheEnd = alice.get("/api/contacts?limit=50&offset=5000").json();
        assertThat(pastTheEnd.path("items").size()).isZero();
        assertThat(pastTheEnd.path("total").asLong()).isEqualTo(2_345);
        assertThat(bob.get("/api/contacts").json().path("total").asLong()).isOne();
    }

    @Test
    void pastAThousandMatchesTheTotalIsCappedWhateverFiltersThem() {
        contacts(1_001, "Harbour");
        String tag = alice.post("/api/tags", java.util.Map.of("name", "Common", "color", "#3B82F6")).text("id");
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                select id, :tag, user_id from contacts where user_id = :owner
                """).param("tag", java.util.UUID.fromString(tag)).param("owner", alice.userId()).update());

        for (String query : new String[] {"&tag=" + tag, "&q=arbou&tag=" + tag}) {
            var page = alice.get("/api/contacts?limit=50" + query);

            assertThat(page.json().path("total").asLong()).as(query).isEqualTo(1_000);
            assertThat(page.json().path("totalCapped").asBoolean()).as(query).isTrue();
        }
    }

    @Test
    void aSearchThatFindsMoreThanItsPageEarlyIsNotCountedAndItsLastPageIs() {
        contacts(120, "Harbour");

        var first = alice.get("/api/contacts?limit=50&q=arbou").json();
        var second = alice.get("/api/contacts?limit=50&offset=50&q=arbou").json();
        var last = alice.get("/api/contacts?limit=50&offset=100&q=arbou").json();

        assertThat(first.path("total").asLong()).isEqualTo(50);
        assertThat(first.path("totalCapped").asBoolean()).isTrue();
        assertThat(second.path("total").asLong()).isEqualTo(100);
        assertThat(second.path("totalCapped").asBoolean()).isTrue();
        assertThat(last.path("items").size()).isEqualTo(20);
        assertThat(last.path("total").asLong()).isEqualTo(120);
        assertThat(last.path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aSearchThatJustFillsItsPageIsCountedExactly() {
        contacts(50, "Harbour");

        var page = alice.get("/api/contacts?limit=50&q=arbou").json();

        assertThat(page.path("items").size()).isEqualTo(50);
        assertThat(page.path("total").asLong()).isEqualTo(50);
        assertThat(page.path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aPageBeyondTheCeilingCountsToItsEndAndTheLastPageIsExact() {
        contacts(1_101, "Harbour");

        var deep = alice.get("/api/contacts?limit=50&offset=1000&q=arbou");
        var last = alice.get("/api/contacts?limit=50&offset=1100&q=arbou");
        var past = alice.get("/api/contacts?limit=50&offset=1200&q=arbou");

        assertThat(deep.json().path("total").asLong()).isEqualTo(1_050);
        assertThat(deep.json().path("totalCapped").asBoolean()).isTrue();
        assertThat(last.json().path("total").asLong()).isEqualTo(1_101);
        assertThat(last.json().path("totalCapped").asBoolean()).isFalse();
        assertThat(past.json().path("items").size()).isZero();
        assertThat(past.json().path("total").asLong()).isEqualTo(1_101);
        assertThat(past.json().path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aFewMatchesAmongManyAreCountedExactly() {
        contacts(1_100, "Harbour");
        // Last in name order, beyond the stretch a first page's walk reads, so they are counted.
        contacts(60, "Quayside", "Zed");

        var page = alice.get("/api/contacts?limit=50&q=quaysid");

        assertThat(page.json().path("total").asLong()).isEqualTo(60);
        assertThat(page.json().path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aTagOnAFewOfManyContactsCountsThemExactlyAndOnlyTheirs() {
        contacts(1_100, "Harbour");
        String tag = alice.post("/api/tags", java.util.Map.of("name", "Few", "color", "#3B82F6")).text("id");
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                select id, :tag, user_id from contacts where user_id = :owner order by id limit 60
                """).param("tag", java.util.UUID.fromString(tag)).param("owner", alice.userId()).update());
        var bob = SignedInClient.signUp(new ApiClient(port));

        var page = alice.get("/api/contacts?limit=50&tag=" + tag);
        var bobs = bob.get("/api/contacts?limit=50&tag=" + tag);

        assertThat(page.json().path("items").size()).isEqualTo(50);
        assertThat(page.json().path("total").asLong()).isEqualTo(60);
        assertThat(page.json().path("totalCapped").asBoolean()).isFalse();
        assertThat(bobs.json().path("items").size()).isZero();
        assertThat(bobs.json().path("total").asLong()).isZero();
    }

    private void contacts(int count, String company) {
        contacts(count, company, "No");
    }

    private void contacts(int count, String company, String lastName) {
        users.runAs(ActingUser.of(alice.userId()), () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, company)
                select :owner, 'Person', :lastName || ' ' || n, :company from generate_series(1, :count) n
                """).param("owner", alice.userId()).param("company", company).param("lastName", lastName)
                .param("count", count).update());
    }
}
