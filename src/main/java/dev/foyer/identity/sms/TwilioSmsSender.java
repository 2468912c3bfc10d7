package dev.foyer.identity.sms;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/** Delivers through Twilio's Messages API: one form-encoded POST per message. */
class TwilioSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);

    private final SmsProperties.Twilio twilio;
    private final RestClient restClient;

    TwilioSmsSender(SmsProperties.Twilio twilio) {
        this.twilio = twilio;
        // The JDK client, not HttpURLConnection: the latter silently retries a POST whose answer
        // was lost, which would text the user a second time.
        var httpClient = HttpClient.newBuilder().connectTimeout(twilio.connectTimeout()).build();
        var requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(twilio.readTimeout());
        this.restClient = RestClient.builder()
                .baseUrl(twilio.baseUrl())
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> headers.setBasicAuth(twilio.accountSid(), twilio.authToken()))
                .build();
        log.info("SMS are delivered through Twilio at {}", twilio.baseUrl());
    }

    @Override
    public void send(String e164Phone, String text) {
        try {
            String messageSid = restClient.post()
                    .uri("/2010-04-01/Accounts/{accountSid}/Messages.json", twilio.accountSid())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form(e164Phone, text))
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw refused(response, text);
                        }
                        var accepted = response.bodyTo(Accepted.class);
                        return accepted == null ? null : accepted.sid();
                    });
            log.debug("Twilio accepted message {}", messageSid);
        } catch (ResourceAccessException e) {
            throw unreachable(e);
        }
    }

    private MultiValueMap<String, String> form(String e164Phone, String text) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("To", e164Phone);
        if (twilio.usesMessagingService()) {
            form.add("MessagingServiceSid", twilio.messagingServiceSid());
        } else {
            form.add("From", twilio.fromNumber());
        }
        form.add("Body", text);
        return form;
    }

    private static SmsDeliveryException refused(ConvertibleClientHttpResponse response, String text)
            throws IOException {
        HttpStatusCode status = response.getStatusCode();
        Refusal refusal = readRefusal(response);
        String code = refusal.code() == null ? "http-" + status.value() : refusal.code().toString();
        String message = refusal.message() == null ? "no error message" : refusal.message();
        // Twilio does not echo the body today; the code must stay out of the logs even if it ever does.
        message = message.replace(text, "[message text]");
        return new SmsDeliveryException(code, "Twilio refused the SMS with HTTP " + status.value()
                + ", code " + code + ": " + message);
    }

    private static Refusal readRefusal(ConvertibleClientHttpResponse response) {
        try {
            Refusal refusal = response.bodyTo(Refusal.class);
            return refusal == null ? Refusal.NONE : refusal;
        } catch (RestClientException e) {
            // A proxy's HTML error page, say: the status alone must do.
            return Refusal.NONE;
        }
    }

    private static SmsDeliveryException unreachable(ResourceAccessException e) {
        Throwable cause = e.getCause();
        boolean timedOut = cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException;
        return timedOut
                ? new SmsDeliveryException(SmsDeliveryException.TIMEOUT, "Twilio did not answer in time", e)
                : new SmsDeliveryException(SmsDeliveryException.UNREACHABLE, "Twilio could not be reached", e);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accepted(String sid) {
    }

    /** Twilio's error body: {@code {"code": 21211, "message": "...", "more_info": "...", "status": 400}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refusal(Integer code, String message) {

        static final Refusal NONE = new Refusal(null, null);
    }
}
