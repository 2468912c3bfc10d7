package dev.foyer.identity.sms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link SmsSender}, as {@code foyer.identity.sms.provider} says; a fresh install logs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    SmsSender smsSender(SmsProperties properties) {
        return switch (properties.provider()) {
            case LOG -> new LogSmsSender();
            case TWILIO -> new TwilioSmsSender(properties.twilio());
        };
    }
}
