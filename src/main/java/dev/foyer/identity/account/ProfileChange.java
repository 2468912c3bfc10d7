package dev.foyer.identity.account;

/**
 * A change to a profile: {@code null} leaves a field as it is, an empty string clears it.
 * Values arrive validated by the controller.
 */
public record ProfileChange(String fullName, String email, String avatarUrl) {
}
