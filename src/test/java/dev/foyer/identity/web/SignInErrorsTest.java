package dev.foyer.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class SignInErrorsTest {

    @Test
    void aShortWaitIsSaidInSecondsRoundedUp() {
        var errors = phoneErrors();

        SignInErrors.rejectSend(ApiException.tooManyRequests("wait", Duration.ofMillis(41_200)), errors, "phone");

        assertThat(errors.getGlobalError().getCode()).isEqualTo("signIn.wait.seconds");
        assertThat(errors.getGlobalError().getArguments()).containsExactly(42L);
    }

    @Test
    void aLongWaitIsSaidInMinutes() {
        var errors = phoneErrors();

        SignInErrors.rejectSend(ApiException.tooManyRequests("wait", Duration.ofMinutes(59).plusSeconds(1)), errors,
                "phone");

        assertThat(errors.getGlobalError().getCode()).isEqualTo("signIn.wait.minutes");
        assertThat(errors.getGlobalError().getArguments()).containsExactly(60L);
    }

    @Test
    void aBadNumberGoesNextToThePhoneField() {
        var errors = phoneErrors();

        SignInErrors.rejectSend(ApiException.invalid("phone", "is not a phone number"), errors, "phone");

        assertThat(errors.getFieldError("phone").getCode()).isEqualTo("signIn.phone.invalid");
    }

    @Test
    void aWrongCodeGoesNextToTheCodeAndABadHiddenPhoneOnTheForm() {
        var wrong = codeErrors();
        var badPhone = codeErrors();

        SignInErrors.rejectCode(new ApiException(ProblemType.INVALID_CREDENTIALS, "wrong"), wrong);
        SignInErrors.rejectCode(ApiException.invalid(List.of(new ApiException.FieldError("phone", "bad"))), badPhone);

        assertThat(wrong.getFieldError("code").getCode()).isEqualTo("signIn.code.wrong");
        assertThat(badPhone.getFieldErrors()).isEmpty();
        assertThat(badPhone.getGlobalError().getCode()).isEqualTo("signIn.phone.invalid");
    }

    private static BindingResult phoneErrors() {
        return new BeanPropertyBindingResult(PhoneForm.empty(), "phoneForm");
    }

    private static BindingResult codeErrors() {
        return new BeanPropertyBindingResult(CodeForm.forPhone("+61412345678"), "codeForm");
    }
}
