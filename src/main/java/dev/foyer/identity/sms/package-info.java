/**
 * Sending a sign-in code by SMS: one {@link dev.foyer.identity.sms.SmsSender}, chosen by
 * {@code foyer.identity.sms.provider}, writing to the server log in development or delivering
 * through Twilio; and {@link dev.foyer.identity.sms.OtpCodes}, which draws the codes. The OTP flow
 * of the identity module calls these; nothing here knows about users or throttles.
 */
package dev.foyer.identity.sms;
