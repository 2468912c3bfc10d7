package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * search_contacts(): substring search over name, email, company and phone that keeps to the current
 * user although its table has no per-user policy, and that the application role cannot go around.
 */
@FoyerIntegrationTest
class ContactSearchSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ActingUser owner;
    ActingUser other;

    @BeforeEach
    void setUp() {
        owner = users.create();
        other = users.create();
    }

    @Test
    void findsTheUsersContactsByAnyPartOfNameEmailCompanyOrPhoneInAnyCase() {
        UUID sarah = contact(owner, "Sarah", "Chen", "sarah.chen@example.com", "TechCorp Australia", "+61 412 345 678");
        contact(owner, "James", "Wilson", "james@wilson.example", "Wilson & Co", null);

        assertThat(search(owner, "ARAH")).containsExactly(sarah);
        assertThat(search(owner, "chen@exa")).containsExactly(sarah);
        assertThat(search(owner, "techcorp")).containsExactly(sarah);
        assertThat(search(owner, "412 345")).containsExactly(sarah);
        assertThat(search(owner, "412345678")).containsExactly(sarah);
    }

    @Test
    void findsFragmentsOfAnyLengthInAnyScript() {
        UUID zoe = contact(owner, "Zoë", "Ångström-Müller", null, "株式会社テスト", null);
        UUID ida = contact(owner, "Ida", "Abcd Xbcde", null, null, null);

        assertThat(search(owner, "Ë")).containsExactly(zoe);
        assertThat(search(owner, "zo")).containsExactly(zoe);
        assertThat(search(owner, "ÅNGSTRÖM-MÜ")).containsExactly(zoe);
        assertThat(search(owner, "会社テ")).containsExactly(zoe);
        assertThat(search(owner, "bcd")).containsExactly(ida);
        // Every three letters of "abcde" are in "abcd xbcde", the whole is not.
        assertThat(search(owner, "abcde")).isEmpty();
        assertThat(search(owner, "E")).containsExactlyInAnyOrder(zoe, ida);
    }

    @Test
    void neverReturnsAnotherUsersContacts() {
        contact(other, "Zebediah", "Quux", null, null, null);

        assertThat(search(owner, "zebediah")).isEmpty();
        assertThat(search(other, "zebediah")).hasSize(1);
    }

    @Test
    void nobodyFindsNothing() {
        contact(owner, "Ottoline", "Nobody", null, null, null);

        assertThat(users.inTransactionAsNobody(() -> jdbc.sql("select contact_id from search_contacts('ottoline')")
                .query(UUID.class).list())).isEmpty();
    }

    @Test
    void wildcardsInTheQueryAreTakenLiterally() {
        contact(owner, "Percy", "Cent", "percy@example.com", null, null);

        assertThat(search(owner, "%")).isEmpty();
        assertThat(search(owner, "_ercy")).isEmpty();
    }

    @Test
    void followsEditsAndDeletes() {
        UUID id = contact(owner, "Old", "Name", null, null, null);

        users.runAs(owner, () -> jdbc.sql("update contacts set last_name = 'Renamed' where id = :id").param("id", id).update());
        assertThat(search(owner, "renamed")).containsExactly(id);
        users.runAs(owner, () -> jdbc.sql("delete from contacts where id = :id").param("id", id).update());

        assertThat(search(owner, "renamed")).isEmpty();
    }

    @Test
    void theApplicationRoleCannotReadTheSearchTableDirectly() {
        assertThatThrownBy(() -> users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from contact_search")
                .query(Long.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for table contact_search");
    }

    @Test
    void theApplicationRoleCannotWalkAnotherUsersNamesThroughTheWalksOwnFunction() {
        ActingUser other = users.create();
        contact(other, "Hidden", "Walker", null, null, null);

        // It takes its owner as an argument, so only search_contacts_page(), its owner's function, may call it.
        assertThatThrownBy(() -> users.inTransactionAs(owner, () -> jdbc.sql("""
                select contact_search_walk_by_name(:other, '%walker%', 0, 100, 10)
                """).param("other", other.id()).query(String.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for function contact_search_walk_by_name");
    }

    private UUID contact(ActingUser user, String first, String last, String email, String company, String phone) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, email, company, phone)
                values (:user, :first, :last, :email, :company, :phone) returning id
                """).param("user", user.id()).param("first", first).param("last", last).param("email", email)
                .param("company", company).param("phone", phone).query(UUID.class).single());
    }

    private List<UUID> search(ActingUser user, String query) {
        return users.inTransactionAs(user, () -> jdbc.sql("select contact_id from search_contacts(:q)")
                .param("q", query).query(UUID.class).list());
    }
}
