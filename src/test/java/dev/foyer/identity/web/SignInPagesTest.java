package dev.foyer.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.foyer.identity.signin.SignInService;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The sign-in page offers Google and Facebook exactly when the server is configured for them. */
class SignInPagesTest {

    @Test
    void offersNeitherProviderWhenNoneIsConfigured() {
        var model = signInPage(false, false);

        assertThat(model).containsEntry("googleEnabled", false).containsEntry("facebookEnabled", false);
    }

    @Test
    void offersOnlyTheProviderThatIsConfigured() {
        var model = signInPage(true, false);

        assertThat(model).containsEntry("googleEnabled", true).containsEntry("facebookEnabled", false);
    }

    @Test
    void namesOnlyKnownProvidersInTheFailureMessage() {
        assertThat(ProviderSignInPages.errorMessage("facebook")).isEqualTo("signIn.facebook.failed");
        assertThat(ProviderSignInPages.errorMessage("<script>")).isNull();
        assertThat(ProviderSignInPages.errorMessage(null)).isNull();
    }

    private static ExtendedModelMap signInPage(boolean google, boolean facebook) {
        var signIn = mock(SignInService.class);
        when(signIn.googleEnabled()).thenReturn(google);
        when(signIn.facebookEnabled()).thenReturn(facebook);
        var pages = new SignInPages(signIn, null, null, null);
        var model = new ExtendedModelMap();

        pages.providers(model);
        String view = pages.phoneForm(null, model);

        assertThat(view).isEqualTo(SignInPages.PHONE_VIEW);
        return model;
    }
}
