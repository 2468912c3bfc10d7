package dev.foyer.identity.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development default: nothing is sent, each message is written to the server log so the
 * developer can sign in with the code. This is the one place a sign-in code is logged, which is
 * why the line says loudly that it is not a real delivery.
 */
class LogSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LogSmsSender.class);

    LogSmsSender() {
        log.warn("SMS are NOT being delivered: foyer.identity.sms.provider is log, so each message is written "
                + "to this log instead. Set it to twilio to deliver them.");
    }

    @Override
    public void send(String e164Phone, String text) {
        log.warn("DEVELOPMENT SMS (not sent) to {}: {}", e164Phone, text);
    }
}
