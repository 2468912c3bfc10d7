/**
 * The identity pages of the web UI: signing in with a phone code (or Google and Facebook when they
 * are configured), choosing the account type once, the devices signed in to the account, and
 * signing out. They use the same services and sessions as the JSON API; the tokens live in the
 * HttpOnly cookies of {@link dev.foyer.identity.security.WebSessionCookies}.
 * <p>
 * Google and Facebook hand their tokens to JavaScript in the browser, through their SDKs. Foyer
 * ships no SDK (it serves no third-party script, and its Content-Security-Policy allows none), so
 * the sign-in page renders each button as a form with an empty token field; a deployer who turns a
 * provider on adds the provider's SDK and a script that fills the field ({@code idToken} or
 * {@code accessToken}) and submits the form, and widens the policy for the SDK's origin.
 */
package dev.foyer.identity.web;
