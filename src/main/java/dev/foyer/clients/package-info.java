/**
 * Realtor clients (seed 000): realtor-client pairs and invitations, the client's onboarding
 * form, its documents, and share links that show a client's profile to a landlord.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Realtor clients")
package dev.foyer.clients;
