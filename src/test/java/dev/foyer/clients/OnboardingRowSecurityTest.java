package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.RowVisibility;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-level security of an onboarding and its documents: the client fills it in, the realtor reads
 * it, a third user neither; documents follow their onboarding.
 */
@FoyerIntegrationTest
class OnboardingRowSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ClientRows rows;
    RowVisibility visibility;
    ActingUser realtor;
    ActingUser client;
    ActingUser stranger;
    UUID onboarding;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        visibility = new RowVisibility(users, jdbc);
        realtor = users.create();
        client = users.create();
        stranger = users.create();
        onboarding = rows.onboarding(realtor, client);
    }

    @Test
    void bothSidesSeeOnboardingAndAThirdUserDoesNot() {
        visibility.assertVisibleTo(realtor, "client_onboarding", onboarding);
        visibility.assertVisibleTo(client, "client_onboarding", onboarding);
        visibility.assertInvisibleTo(stranger, client, "client_onboarding", onboarding);
    }

    @Test
    void onboardingIsHiddenFromNobody() {
        visibility.assertHiddenFromNobody(client, "client_onboarding", onboarding);
    }

    @Test
    void adminReadsEveryOnboarding() {
        visibility.assertVisibleTo(users.create("admin"), "client_onboarding", onboarding);
    }

    @Test
    void userCannotCreateOnboardingBetweenTwoOtherUsers() {
        var otherClient = users.create();

        assertRefusedByRowSecurity("client_onboarding", () -> users.runAs(stranger, () -> jdbc.sql("""
                insert into client_onboarding (realtor_id, client_id) values (:realtorId, :clientId)
                """).param("realtorId", realtor.id()).param("clientId", otherClient.id()).update()));
    }

    @Test
    void clientFillsInOnboardingAndRealtorCannotChangeIt() {
        int byClient = users.inTransactionAs(client, () -> jdbc.sql("""
                update client_onboarding set job_title = 'Nurse', submitted_at = now() where id = :id
                """).param("id", onboarding).update());
        int byRealtor = users.inTransactionAs(realtor, () -> jdbc.sql("""
                update client_onboarding set job_title = 'Changed by realtor' where id = :id
                """).param("id", onboarding).update());

        assertThat(byClient).isEqualTo(1);
        assertThat(byRealtor).isZero();
        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("select job_title from client_onboarding where id = :id")
                .param("id", onboarding).query(String.class).single())).isEqualTo("Nurse");
    }

    @Test
    void clientCannotDeleteOnboarding() {
        assertThat(users.inTransactionAs(client, () -> jdbc.sql("delete from client_onboarding where id = :id")
                .param("id", onboarding).update())).isZero();
        visibility.assertVisibleTo(client, "client_onboarding", onboarding);
    }

    @Test
    void bothSidesSeeDocumentAndAThirdUserDoesNot() {
        UUID document = rows.document(client, onboarding);

        visibility.assertVisibleTo(client, "client_documents", document);
        visibility.assertVisibleTo(realtor, "client_documents", document);
        visibility.assertInvisibleTo(stranger, client, "client_documents", document);
    }

    @Test
    void documentIsHiddenFromNobody() {
        visibility.assertHiddenFromNobody(client, "client_documents", rows.document(client, onboarding));
    }

    @Test
    void adminReadsEveryDocument() {
        visibility.assertVisibleTo(users.create("admin"), "client_documents", rows.document(client, onboarding));
    }

    @Test
    void userCannotAddDocumentToAnotherUsersOnboarding() {
        assertRefusedByRowSecurity("client_documents",
                () -> users.inTransactionAs(stranger, () -> rows.insertDocument(onboarding, ClientRows.uniqueS3Key())));
    }

    @Test
    void realtorReadsButCannotAddChangeOrDeleteDocuments() {
        UUID document = rows.document(client, onboarding);

        assertRefusedByRowSecurity("client_documents",
                () -> users.inTransactionAs(realtor, () -> rows.insertDocument(onboarding, ClientRows.uniqueS3Key())));
        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("""
                update client_documents set title = 'Renamed' where id = :id
                """).param("id", document).update())).isZero();
        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("delete from client_documents where id = :id")
                .param("id", document).update())).isZero();
        visibility.assertVisibleTo(realtor, "client_documents", document);
    }
}
