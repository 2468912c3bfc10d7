package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Share link tokens: 256 random bits in a URL, and what the database keeps of them. */
class ShareTokensTest {

    @Test
    void aTokenIs256BitsOfBase64url() {
        String token = ShareTokens.generate();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(ShareTokens.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashIsTheSha256OfTheTokenInHex() {
        assertThat(ShareTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyTheShapeOfATokenIsLookedUp() {
        assertThat(ShareTokens.wellFormed(ShareTokens.generate())).isTrue();
        assertThat(ShareTokens.wellFormed("short")).isFalse();
        assertThat(ShareTokens.wellFormed(ShareTokens.generate() + "x")).isFalse();
        assertThat(ShareTokens.wellFormed("../../../../../../../../../../../../etc/passwd")).isFalse();
        assertThat(ShareTokens.wellFormed(null)).isFalse();
    }
}
