package dev.foyer.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aTokenIsVerifiedOnceWhileItLives() {
        var verifications = new AtomicInteger();
        JwtDecoder verifier = token -> {
            verifications.incrementAndGet();
            return jwt(token, NOW.plus(Duration.ofMinutes(15)));
        };
        var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));

        tokens.decode("a");
        tokens.decode("a");
        tokens.decode("b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndSoRefused() {
        var clock = new Clock() {
            Instant now = NOW;

            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        JwtDecoder verifier = token -> {
            if (clock.now.isAfter(NOW.plus(Duration.ofMinutes(15)))) {
                throw new BadJwtException("expired");
            }
            return jwt(token, NOW.plus(Duration.ofMinutes(15)));
        };
        var tokens = new VerifiedTokens(verifier, clock);
        tokens.decode("a");

        clock.now = NOW.plus(Duration.ofMinutes(16));

        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        var verifications = new AtomicInteger();
        JwtDecoder verifier = token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "ES256").subject("user").issuedAt(NOW).expiresAt(expiresAt).build();
    }
}
