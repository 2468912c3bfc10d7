package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 3: phone codes are six digits, kept only as a keyed hash, short-lived, single-use and few-tries. */
@FoyerIntegrationTest
class OtpTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        OtpWindows.startAFreshAddressWindow();
    }

    @Test
    void theCodeSentBySmsIsSixDigits() {
        String phone = TestPhones.next();

        assertThat(send(phone).status()).isEqualTo(202);

        var numbers = Pattern.compile("\\d+").matcher(FakeProviders.messagesTo(phone).get(0)).results()
                .map(m -> m.group()).filter(n -> n.length() > 2).toList();
        assertThat(numbers).singleElement().asString().hasSize(6);
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() throws Exception {
        String phone = TestPhones.next();
        send(phone);
        String code = FakeProviders.lastCode(phone);

        String stored = users.inTransactionAsNobody(() -> jdbc.sql(
                "select otp_hash from phone_otps where phone_number = :phone").param("phone", phone)
                .query(String.class).single());

        assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(code);
        String plainHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(code.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isNotEqualTo(plainHash);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String phone = TestPhones.next();
        send(phone);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertProblem(verify(phone, FakeProviders.lastCode(phone)), 401, "invalid-credentials");
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String phone = TestPhones.next();
        send(phone);
        String code = FakeProviders.lastCode(phone);

        assertThat(verify(phone, code).status()).isEqualTo(200);
        assertProblem(verify(phone, code), 401, "invalid-credentials");
    }

    @Test
    void theSixthTryFailsEvenWithTheRightCodeAfterFiveWrongOnes() {
        String phone = TestPhones.next();
        send(phone);
        String code = FakeProviders.lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertProblem(verify(phone, wrong), 401, "invalid-credentials");
        }

        assertProblem(verify(phone, code), 401, "invalid-credentials");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        String phone = TestPhones.next();
        send(phone);
        String first = FakeProviders.lastCode(phone);
        clock.advance(Duration.ofSeconds(61));
        send(phone);
        String second = FakeProviders.lastCode(phone);
        assumeThat(second).isNotEqualTo(first);

        assertProblem(verify(phone, first), 401, "invalid-credentials");
        assertThat(verify(phone, second).status()).isEqualTo(200);
    }

    @Test
    void anInvalidPhoneIs400NamingPhone() {
        assertNamesField(send("12345"), 400, "phone");
        assertNamesField(send(""), 400, "phone");
        assertNamesField(verify("not a phone", "123456"), 400, "phone");
    }

    @Test
    void aMissingOrFiveDigitCodeIs400NamingCode() {
        String phone = TestPhones.next();

        assertNamesField(api.post("/api/auth/otp/verify", Map.of("phone", phone)), 400, "code");
        assertNamesField(verify(phone, "12345"), 400, "code");
        assertNamesField(verify(phone, "12a456"), 400, "code");
    }

    @Test
    void aPhoneWithAnAccountGetsTheSameAnswersAsOneWithout() {
        String member = TestPhones.next();
        new SignIn(api, clock).phone(member);
        clock.advance(Duration.ofSeconds(61));
        String stranger = TestPhones.next();

        var sentToMember = send(member);
        var sentToStranger = send(stranger);
        var wrongForMember = verify(member, wrongCode(member));
        var wrongForStranger = verify(stranger, wrongCode(stranger));

        assertThat(sentToMember.status()).isEqualTo(sentToStranger.status()).isEqualTo(202);
        assertThat(sentToMember.json()).isEqualTo(sentToStranger.json());
        assertThat(wrongForMember.status()).isEqualTo(wrongForStranger.status()).isEqualTo(401);
        assertThat(wrongForMember.json()).isEqualTo(wrongForStranger.json());
    }

    private String wrongCode(String phone) {
        return FakeProviders.lastCode(phone).equals("000000") ? "111111" : "000000";
    }

    private ApiClient.Response send(String phone) {
        return api.post("/api/auth/otp", Map.of("phone", phone));
    }

    private ApiClient.Response verify(String phone, String code) {
        return api.post("/api/auth/otp/verify", Map.of("phone", phone, "code", code));
    }
}
