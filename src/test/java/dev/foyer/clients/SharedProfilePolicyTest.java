package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.database.TransactionSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a landlord's browser, signed in as nobody, reaches with a share link's hash bound to the
 * transaction (V13): the link itself, and while it is live the client's name, onboarding and, if
 * shared, documents. Nothing of anyone else's, and nothing at all with a wrong hash.
 */
@FoyerIntegrationTest
class SharedProfilePolicyTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionSettings settings;

    ClientRows rows;
    ActingUser realtor;
    ActingUser client;
    UUID onboarding;
    UUID document;
    String hash;
    UUID link;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        realtor = users.create();
        client = users.create();
        onboarding = rows.onboarding(realtor, client);
        document = rows.document(client, onboarding);
        hash = ClientRows.uniqueToken();
        link = users.inTransactionAs(realtor, () -> rows.insertShareToken(realtor.id(), client.id(), hash));
    }

    @Test
    void liveLinkShowsTheLinkTheNameTheOnboardingAndTheDocuments() {
        assertThat(withHash(hash, () -> ids("shareable_profile_tokens"))).containsExactly(link);
        assertThat(withHash(hash, () -> ids("users"))).containsExactly(client.id());
        assertThat(withHash(hash, () -> ids("client_onboarding"))).containsExactly(onboarding);
        assertThat(withHash(hash, () -> ids("client_documents"))).containsExactly(document);
    }

    @Test
    void wrongHashShowsNothing() {
        String wrong = ClientRows.uniqueToken();

        for (String table : List.of("shareable_profile_tokens", "users", "client_onboarding", "client_documents")) {
            assertThat(withHash(wrong, () -> ids(table))).as(table).isEmpty();
        }
    }

    @Test
    void revokedLinkShowsItselfAndNothingItShared() {
        users.runAs(realtor, () -> jdbc.sql("update shareable_profile_tokens set revoked_at = now() where id = :id")
                .param("id", link).update());

        assertThat(withHash(hash, () -> ids("shareable_profile_tokens"))).as("to tell revoked from unknown").containsExactly(link);
        assertThat(withHash(hash, () -> ids("users"))).isEmpty();
        assertThat(withHash(hash, () -> ids("client_onboarding"))).isEmpty();
        assertThat(withHash(hash, () -> ids("client_documents"))).isEmpty();
    }

    @Test
    void expiredLinkSharesNothing() {
        users.runAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
                 where id = :id
                """).param("id", link).update());

        assertThat(withHash(hash, () -> ids("client_onboarding"))).isEmpty();
        assertThat(withHash(hash, () -> ids("client_documents"))).isEmpty();
    }

    @Test
    void documentsStayHiddenWhenTheLinkLeavesThemOut() {
        users.runAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set sections = array['contact', 'address'] where id = :id
                """).param("id", link).update());

        assertThat(withHash(hash, () -> ids("client_onboarding"))).containsExactly(onboarding);
        assertThat(withHash(hash, () -> ids("client_documents"))).isEmpty();
    }

    @Test
    void linkShowsOnlyItsOwnPairsOnboarding() {
        ActingUser otherRealtor = users.create();
        UUID otherOnboarding = rows.onboarding(otherRealtor, client);

        assertThat(withHash(hash, () -> ids("client_onboarding"))).containsExactly(onboarding).doesNotContain(otherOnboarding);
    }

    @Test
    void aViewIsRecordedOnlyThroughALiveLink() {
        withHash(hash, () -> jdbc.sql("""
                insert into share_link_views (share_id, ip_prefix, user_agent) values (:id, '203.0.113.0/24', 'Firefox')
                """).param("id", link).update());

        assertThat(users.inTransactionAs(client, () -> jdbc.sql("select count(*) from share_link_views where share_id = :id")
                .param("id", link).query(Long.class).single())).as("the client sees who looked").isOne();
        assertRefusedByRowSecurity("share_link_views", () -> withHash(ClientRows.uniqueToken(), () -> jdbc.sql("""
                insert into share_link_views (share_id) values (:id)
                """).param("id", link).update()));
        assertThat(users.inTransactionAs(users.create(), () -> jdbc.sql("select count(*) from share_link_views")
                .query(Long.class).single())).as("a stranger sees no views").isZero();
    }

    @Test
    void sectionsAreChecked() {
        dev.foyer.DatabaseAssertions.assertViolates("shareable_profile_tokens_sections_check", () -> users.runAs(realtor,
                () -> jdbc.sql("update shareable_profile_tokens set sections = array['passport'] where id = :id")
                        .param("id", link).update()));
        dev.foyer.DatabaseAssertions.assertViolates("shareable_profile_tokens_sections_check", () -> users.runAs(realtor,
                () -> jdbc.sql("update shareable_profile_tokens set sections = '{}' where id = :id")
                        .param("id", link).update()));
    }

    private <T> T withHash(String tokenHash, Supplier<T> work) {
        return users.inTransactionAsNobody(() -> {
            settings.set("app.share_token_hash", tokenHash);
            return work.get();
        });
    }

    private List<UUID> ids(String table) {
        return jdbc.sql("select id from " + table).query(UUID.class).list();
    }
}
