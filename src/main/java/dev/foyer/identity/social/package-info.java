/**
 * Verification of the tokens that Google and Facebook hand to a signing-in user: a token goes in, a
 * verified {@link dev.foyer.identity.social.ExternalIdentity} comes out, or an exception says why
 * not. Nothing here knows Foyer's users or sessions; the sign-in endpoints build on this.
 */
package dev.foyer.identity.social;
