package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.NestedPlans;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The speed target of contact search: served by an index under row-level security, as the server's
 * role ({@link NestedPlans}), in every function that searches: the index of the owner's keys for a
 * fragment of three characters or more, the owner's own rows for a shorter one.
 */
@FoyerIntegrationTest
class ContactSearchPlanTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    /** A page of one by name: the owner's contact or two are enough for a walk to fill it. */
    private static final String WALK_BY_NAME = "select contact_id from search_contacts_page(?, 'name', false, 1, 0, 1000)";

    ActingUser owner;

    @BeforeEach
    void aContact() {
        owner = users.create();
        users.runAs(owner, () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name) values (:owner, 'Quokka', 'Cartage')
                """).param("owner", owner.id()).update());
    }

    @Test
    void everySearchReadsTheOwnersKeysFromTheirIndex() throws SQLException {
        for (String search : new String[] {
                "select contact_id from search_contacts(?)",
                // Descending by name: no walk, the matches are read and sorted.
                "select contact_id from search_contacts_page(?, 'name', true, 50, 0, 1000)",
                // By name: one contact could not fill a page of 50, so there is no walk; the matches are read.
                "select contact_id from search_contacts_page(?, 'name', false, 50, 0, 1000)",
                "select count_contact_matches(?, 1000)"}) {
            String plan = NestedPlans.of(jdbc, search, owner.id(), "okka cart");

            // The user is compared on the rows the keys give, not intersected with the user's entries.
            assertThat(plan).as(search).contains("Bitmap Index Scan on idx_contact_search_keys")
                    .doesNotContain("Seq Scan on contact_search").doesNotContain("idx_contact_search_user_name");
        }
    }

    @Test
    void aWalkByNameReadsTheDocumentsFromTheNameIndexAlone() throws SQLException {
        // For one owner's one contact both name indexes cost alike until the table has been vacuumed.
        NestedPlans.vacuum(jdbc, "contact_search");

        String plan = NestedPlans.of(jdbc, WALK_BY_NAME, owner.id(), "okka");

        assertThat(plan).contains("Index Only Scan using idx_contact_search_name_document");
    }

    @Test
    void aSearchByNameFindsItsRunsByTheirIndexAndWalksTheirsAloneInTheNameIndex() throws SQLException {
        // Two of the owner's three contacts are in runs that cannot hold "okka": the walk is narrowed.
        users.runAs(owner, () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name) values (:owner, 'Ann', 'Abbott'), (:owner, 'Bea', 'Abbott')
                """).param("owner", owner.id()).update());
        NestedPlans.vacuum(jdbc, "contact_search");

        String plan = NestedPlans.of(jdbc, WALK_BY_NAME, owner.id(), "okka");

        assertThat(plan).contains("Bitmap Index Scan on idx_contact_search_runs_keys")
                .doesNotContain("Seq Scan on contact_search_runs")
                .contains("AND (last_name_key = ANY ('{cartage}'::text[])))")
                .contains("Index Only Scan using idx_contact_search_name_document");
    }

    @Test
    void anOwnerWithAnEntryTooLongForTheNameIndexIsWalkedOnTheRows() throws SQLException {
        TooLongForTheNameIndex.insert(users, jdbc, owner.id(), "Quokka", "Longer");

        String plan = NestedPlans.of(jdbc, WALK_BY_NAME, owner.id(), "okka");

        assertThat(plan).contains("Index Scan using idx_contact_search_user_name")
                .doesNotContain("idx_contact_search_name_document");
    }

    @Test
    void aFragmentTooShortForKeysReadsTheOwnersRows() throws SQLException {
        String plan = NestedPlans.of(jdbc, "select contact_id from search_contacts(?)", owner.id(), "qu");

        assertThat(plan).contains("idx_contact_search_user_name").doesNotContain("Seq Scan on contact_search");
    }
}
