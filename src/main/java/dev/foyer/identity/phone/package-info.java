/**
 * Phone numbers as Foyer stores and compares them: E.164, read with a default region for numbers
 * written the local way. Exposed to other modules because contacts search on the same normalised
 * form that sign-in uses.
 */
@org.springframework.modulith.NamedInterface("phone")
package dev.foyer.identity.phone;
