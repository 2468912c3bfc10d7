package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.at;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 000's client_onboarding: the form a client fills in for one realtor. */
@FoyerIntegrationTest
class ClientOnboardingTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ClientRows rows;
    ActingUser realtor;
    ActingUser client;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        realtor = users.create();
        client = users.create();
        rows.acceptedPair(realtor, client);
    }

    @Test
    void everyColumnRoundTrips() {
        var row = users.inTransactionAs(client, () -> {
            UUID id = jdbc.sql("""
                    insert into client_onboarding (
                        client_id, realtor_id, phone, date_of_birth, current_address, current_city,
                        current_province, current_postal_code, employer_name, employer_phone, job_title,
                        monthly_income, employment_start_date, emergency_contact_name, emergency_contact_phone,
                        emergency_contact_relationship, number_of_occupants, has_pets, additional_notes, submitted_at)
                    values (
                        :clientId, :realtorId, '+14165550100', :dateOfBirth, '12 King St W', 'Toronto',
                        'ON', 'M5H 1A1', 'Acme Corp', '+14165550199', 'Engineer',
                        5000, :employmentStart, 'Sam Lee', '+14165550123',
                        'Sibling', 2, 'one cat', 'Prefers mornings', :submittedAt)
                    returning id
                    """)
                    .param("clientId", client.id()).param("realtorId", realtor.id())
                    .param("dateOfBirth", at("1990-04-01T00:00:00Z"))
                    .param("employmentStart", at("2019-09-15T00:00:00Z"))
                    .param("submittedAt", at("2026-01-10T12:30:45.123456Z"))
                    .query(UUID.class).single();
            return onboardingRow(id);
        });

        assertThat(row).containsEntry("client_id", client.id()).containsEntry("realtor_id", realtor.id())
                .containsEntry("phone", "+14165550100").containsEntry("current_address", "12 King St W")
                .containsEntry("current_city", "Toronto").containsEntry("current_province", "ON")
                .containsEntry("current_postal_code", "M5H 1A1").containsEntry("employer_name", "Acme Corp")
                .containsEntry("employer_phone", "+14165550199").containsEntry("job_title", "Engineer")
                .containsEntry("monthly_income", 5000).containsEntry("emergency_contact_name", "Sam Lee")
                .containsEntry("emergency_contact_phone", "+14165550123")
                .containsEntry("emergency_contact_relationship", "Sibling")
                .containsEntry("number_of_occupants", 2).containsEntry("has_pets", "one cat")
                .containsEntry("additional_notes", "Prefers mornings");
        assertThat(instant(row, "date_of_birth")).isEqualTo("1990-04-01T00:00:00Z");
        assertThat(instant(row, "employment_start_date")).isEqualTo("2019-09-15T00:00:00Z");
        assertThat(instant(row, "submitted_at")).isEqualTo("2026-01-10T12:30:45.123456Z");
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void onlyThePairIsRequiredAndNothingIsSubmittedYet() {
        UUID id = users.inTransactionAs(realtor, () -> jdbc.sql("""
                insert into client_onboarding (client_id, realtor_id) values (:clientId, :realtorId) returning id
                """).param("clientId", client.id()).param("realtorId", realtor.id()).query(UUID.class).single());

        var row = users.inTransactionAs(realtor, () -> onboardingRow(id));
        assertThat(row).containsEntry("phone", null).containsEntry("monthly_income", null)
                .containsEntry("submitted_at", null);
    }

    @Test
    void rejectsSecondOnboardingForSamePair() {
        rows.onboarding(realtor, client);

        assertViolates("client_onboarding_pair_key", () -> rows.onboarding(realtor, client));
    }

    @Test
    void acceptsOneOnboardingPerRealtorOfTheClient() {
        rows.onboarding(realtor, client);

        rows.onboarding(users.create(), client);

        assertThat(users.inTransactionAs(client, () -> jdbc.sql("""
                select count(*) from client_onboarding where client_id = :id
                """).param("id", client.id()).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void rejectsNegativeMonthlyIncome() {
        UUID id = rows.onboarding(realtor, client);

        assertViolates("client_onboarding_monthly_income_check", () -> update(id, "monthly_income = -1"));
        update(id, "monthly_income = 0");
    }

    @Test
    void rejectsFewerThanOneOccupant() {
        UUID id = rows.onboarding(realtor, client);

        assertViolates("client_onboarding_occupants_check", () -> update(id, "number_of_occupants = 0"));
        update(id, "number_of_occupants = 1");
    }

    @Test
    void rejectsOnboardingBeforeTheClientAccepted() {
        var other = users.create();
        rows.pair(other, client);

        assertRefusedByRowSecurity("client_onboarding", () -> users.inTransactionAs(client, () -> jdbc.sql("""
                insert into client_onboarding (client_id, realtor_id) values (:clientId, :realtorId)
                """).param("clientId", client.id()).param("realtorId", other.id()).update()));
    }

    @Test
    void rejectsOnboardingWithAnUnknownRealtor() {
        var ghost = ActingUser.of(UUID.randomUUID());

        // No pair can name an unknown user, so the policy refuses before the foreign key is asked.
        assertRefusedByRowSecurity("client_onboarding", () -> users.inTransactionAs(client, () -> jdbc.sql("""
                insert into client_onboarding (client_id, realtor_id) values (:clientId, :realtorId)
                """).param("clientId", client.id()).param("realtorId", ghost.id()).update()));
    }

    @Test
    void deletingClientCascadesToOnboardingAndItsDocuments() {
        var admin = users.create("admin");
        UUID onboarding = rows.onboarding(realtor, client);
        rows.document(client, onboarding);

        rows.deleteUser(client);

        assertThat(rows.countAsAdmin(admin, "client_onboarding", "id", onboarding)).isZero();
        assertThat(rows.countAsAdmin(admin, "client_documents", "onboarding_id", onboarding)).isZero();
    }

    @Test
    void deletingRealtorCascadesToOnboarding() {
        var admin = users.create("admin");
        UUID onboarding = rows.onboarding(realtor, client);

        rows.deleteUser(realtor);

        assertThat(rows.countAsAdmin(admin, "client_onboarding", "id", onboarding)).isZero();
    }

    private Map<String, Object> onboardingRow(UUID id) {
        return jdbc.sql("select *, now() as tx_time from client_onboarding where id = :id").param("id", id)
                .query().singleRow();
    }

    private void update(UUID id, String assignment) {
        users.runAs(client, () -> jdbc.sql("update client_onboarding set " + assignment + " where id = :id")
                .param("id", id).update());
    }
}
