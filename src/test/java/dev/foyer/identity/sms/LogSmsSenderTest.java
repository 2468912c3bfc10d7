package dev.foyer.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogSmsSenderTest {

    @Test
    void writesTheMessageToTheLogMarkedAsNotSent(CapturedOutput output) {
        new LogSmsSender().send("+61412345678", "Your Foyer code is 042917");

        assertThat(output.getOut()).containsPattern(
                "WARN.*DEVELOPMENT SMS \\(not sent\\) to \\+61412345678: Your Foyer code is 042917");
    }

    @Test
    void saysOnceAtStartThatNoSmsIsDelivered(CapturedOutput output) {
        var sender = new LogSmsSender();
        sender.send("+61412345678", "first");
        sender.send("+61412345678", "second");

        assertThat(output.getOut().split("SMS are NOT being delivered", -1)).hasSize(2);
    }
}
