package dev.foyer.identity.social;

/**
 * Who a provider says the token's holder is, after the token has been verified.
 *
 * @param provider   {@code "google"} or {@code "facebook"}
 * @param subject    the provider's stable id of the user: Google's {@code sub}, Facebook's user id
 * @param email      Google's address only when Google marks it verified; Facebook's as given; may be null
 * @param name       the display name, may be null
 * @param pictureUrl the profile picture, may be null
 */
public record ExternalIdentity(String provider, String subject, String email, String name, String pictureUrl) {

    public static final String GOOGLE = "google";
    public static final String FACEBOOK = "facebook";
}
