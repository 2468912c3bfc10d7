package dev.foyer.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The account type chosen on the role page. */
record RoleForm(@NotBlank String role) {
}
