package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The role gate every module's role-only endpoints call. No API endpoint is gated by account type
 * yet, so the gate is proven here, without a server.
 */
class SignedInUserTest {

    @Test
    void aUserWithoutARoleIsToldToChooseOne() {
        var user = user(null);

        assertThatThrownBy(() -> user.requireRole(AccountRole.REALTOR))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.ROLE_REQUIRED);
                    assertThat(e.type().type()).hasToString("/problems/role-required");
                    assertThat(e.type().status().value()).isEqualTo(403);
                });
    }

    @Test
    void aUserWithAnotherRoleIsForbidden() {
        var user = user(AccountRole.CLIENT);

        assertThatThrownBy(() -> user.requireRole(AccountRole.REALTOR, AccountRole.AGENCY))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
                    assertThat(e.getMessage()).contains("realtor or agency");
                });
    }

    @Test
    void aUserWithOneOfTheRolesPasses() {
        var user = user(AccountRole.AGENCY);

        assertThatCode(() -> user.requireRole(AccountRole.REALTOR, AccountRole.AGENCY)).doesNotThrowAnyException();
    }

    private static SignedInUser user(AccountRole role) {
        return new SignedInUser(UUID.randomUUID(), UUID.randomUUID(), role, "user");
    }
}
