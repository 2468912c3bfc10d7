package dev.foyer.identity.sms;

/** Sends one text message. Which implementation runs is chosen by {@code foyer.identity.sms.provider}. */
public interface SmsSender {

    /**
     * Sends {@code text} to {@code e164Phone}, returning once the provider has accepted it.
     *
     * @param e164Phone the recipient, already normalised ({@code +61412345678})
     * @throws SmsDeliveryException when the provider refuses the message or cannot be reached
     */
    void send(String e164Phone, String text);
}
