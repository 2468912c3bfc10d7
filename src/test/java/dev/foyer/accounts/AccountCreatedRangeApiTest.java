package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.LockWaits;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The account list narrowed to the days accounts were created, both ends included. */
@FoyerIntegrationTest
class AccountCreatedRangeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SignedInClient owner;
    String march;
    String aprilFirst;
    String aprilLast;

    @BeforeEach
    void threeAccountsOfSpring() throws SQLException {
        owner = SignedInClient.signUp(new ApiClient(port));
        march = created(AccountApi.create(owner, "March Kestrel"), "2025-03-31T23:59:59Z");
        aprilFirst = created(AccountApi.create(owner, "April Kestrel"), "2025-04-01T00:00:00Z");
        aprilLast = created(AccountApi.create(owner, "Late April Kestrel"), "2025-04-30T23:59:59.999Z");
    }

    @Test
    void bothDaysOfTheRangeAreIncluded() {
        var april = owner.get("/api/accounts?createdFrom=2025-04-01&createdTo=2025-04-30");

        assertThat(AccountApi.ids(april)).containsExactly(aprilLast, aprilFirst);
        assertThat(april.json().path("total").asLong()).isEqualTo(2);
        assertThat(AccountApi.ids(owner.get("/api/accounts?createdTo=2025-04-01"))).containsExactly(aprilFirst, march);
        assertThat(AccountApi.ids(owner.get("/api/accounts?createdFrom=2025-04-02"))).containsExactly(aprilLast);
        assertThat(AccountApi.ids(owner.get("/api/accounts?createdFrom=2025-03-31&createdTo=2025-03-31")))
                .containsExactly(march);
    }

    @Test
    void aRangeCombinesWithASearchAndAType() {
        assertThat(AccountApi.ids(owner.get("/api/accounts?q=kestrel&createdFrom=2025-04-01")))
                .containsExactlyInAnyOrder(aprilFirst, aprilLast);
        assertThat(AccountApi.ids(owner.get("/api/accounts?q=kestrel&type=Residential&createdFrom=2025-04-01")))
                .isEmpty();
    }

    @Test
    void anotherUsersAccountsAreOutsideEveryRange() {
        var stranger = SignedInClient.signUp(owner.api());

        assertThat(stranger.get("/api/accounts?createdFrom=2025-01-01&createdTo=2025-12-31").json().path("total")
                .asLong()).isZero();
    }

    @Test
    void aMalformedOrReversedRangeIsNamed() {
        assertThat(owner.get("/api/accounts?createdFrom=2025-13-01").errorFields()).containsExactly("createdFrom");
        assertThat(owner.get("/api/accounts?createdTo=yesterday").errorFields()).containsExactly("createdTo");
        assertThat(owner.get("/api/accounts?createdFrom=2025-04-02&createdTo=2025-04-01").errorFields())
                .containsExactly("createdTo");
        assertThat(owner.get("/api/accounts?createdFrom=2025-04-01T00:00:00Z").errorFields())
                .containsExactly("createdFrom");
    }

    @Test
    void aBadPageIsNamed() {
        assertThat(owner.get("/api/accounts?limit=0").errorFields()).containsExactly("limit");
        assertThat(owner.get("/api/accounts?limit=201").errorFields()).containsExactly("limit");
        assertThat(owner.get("/api/accounts?offset=-1").errorFields()).containsExactly("offset");
        assertThat(owner.get("/api/accounts?limit=ten").errorFields()).containsExactly("limit");
    }

    /** Backdates the account, as the superuser: nobody may write created_at through the API. */
    private String created(String account, String at) throws SQLException {
        try (var superuser = LockWaits.superuser(jdbc);
             var update = superuser.prepareStatement("update customer_accounts set created_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.parse(at));
            update.setObject(2, UUID.fromString(account));
            update.executeUpdate();
        }
        return account;
    }
}
