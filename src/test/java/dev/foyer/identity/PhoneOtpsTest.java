package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.at;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 001's phone_otps: hashed one-time codes, linked to no user, because a code is asked for
 * before anyone has signed in. So the table has no row-level security: the sign-in flow, bound to
 * nobody, must read and write it.
 */
@FoyerIntegrationTest
class PhoneOtpsTest {

    static final OffsetDateTime IN_FIVE_MINUTES = at("2030-01-01T10:05:00.000001Z");

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void otpRoundTripsForSomeoneNotSignedIn() {
        String phone = uniquePhone();

        var row = users.inTransactionAsNobody(() -> {
            UUID id = insert(phone, "bcrypt:hash", IN_FIVE_MINUTES);
            return jdbc.sql("select *, now() as tx_time from phone_otps where id = :id")
                    .param("id", id).query().singleRow();
        });

        assertThat(row).containsEntry("phone_number", phone).containsEntry("otp_hash", "bcrypt:hash");
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(instant(row, "expires_at")).isEqualTo(IN_FIVE_MINUTES.toInstant());
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void expiredOtpsCanBeCleanedUpWithoutSigningIn() {
        String phone = uniquePhone();
        users.inTransactionAsNobody(() -> insert(phone, "old", at("2020-01-01T00:00:00Z")));
        users.inTransactionAsNobody(() -> insert(phone, "current", IN_FIVE_MINUTES));

        users.inTransactionAsNobody(() -> jdbc.sql("delete from phone_otps where expires_at < now()").update());

        assertThat(users.inTransactionAsNobody(() -> jdbc.sql("""
                select otp_hash from phone_otps where phone_number = :phone
                """).param("phone", phone).query(String.class).list())).containsExactly("current");
    }

    @Test
    void hashAndExpiryAreRequired() {
        assertThatThrownBy(() -> users.inTransactionAsNobody(() -> insert(uniquePhone(), null, IN_FIVE_MINUTES)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"otp_hash\"");
        assertThatThrownBy(() -> users.inTransactionAsNobody(() -> insert(uniquePhone(), "hash", null)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"expires_at\"");
    }

    @Test
    void phoneNumberLongerThan50CharactersIsRefused() {
        assertThatThrownBy(() -> users.inTransactionAsNobody(() -> insert("+" + "9".repeat(50), "hash", IN_FIVE_MINUTES)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("value too long for type character varying(50)");
    }

    private UUID insert(String phone, String hash, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                insert into phone_otps (phone_number, otp_hash, expires_at)
                values (:phone, :hash, :expiresAt)
                returning id
                """)
                .param("phone", phone).param("hash", hash).param("expiresAt", expiresAt)
                .query(UUID.class).single();
    }

    private static String uniquePhone() {
        return "+9198" + UserAuthIdentitiesTest.uniqueDigits();
    }
}
