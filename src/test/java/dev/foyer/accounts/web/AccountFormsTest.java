package dev.foyer.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.foyer.accounts.Address;
import org.junit.jupiter.api.Test;

/** The page logic that needs no server: reading the list's address, the form's boxes, an address's lines. */
class AccountFormsTest {

    @Test
    void anUnknownOrMissingTypeListsEveryType() {
        assertThat(AccountSearch.of(null, null, null, null, null).type()).isEmpty();
        assertThat(AccountSearch.of(null, "Industrial", null, null, -5)).isEqualTo(new AccountSearch("", "", "", false, 0));
        assertThat(AccountSearch.of(" harbour ", "Commercial", "vip,, retail ", "all", 25).toFilter().tags())
                .containsExactly("vip", "retail");
    }

    @Test
    void pageLinksKeepTheSearchAndTagChipsStartAFreshOne() {
        var search = AccountSearch.of("ann lee", "Residential", "vip", "all", 25);

        assertThat(search.pageUrl(50)).isEqualTo("/accounts?q=ann%20lee&type=Residential&tags=vip&match=all&offset=50");
        assertThat(search.tagUrl("Key account")).isEqualTo("/accounts?tags=Key%20account");
    }

    @Test
    void theExportLinkKeepsTheSearchAndFilters() {
        assertThat(AccountSearch.of("ann lee", "Residential", "vip, key account", "all", 25).exportUrl())
                .isEqualTo("/api/accounts/export?q=ann%20lee&type=Residential&tag=vip&tag=key%20account&match=all");
        assertThat(AccountSearch.of(null, null, null, null, null).exportUrl()).isEqualTo("/api/accounts/export");
    }

    @Test
    void sameAsBillingCopiesTheBillingAddressWithoutAnyScript() {
        var billing = new AddressForm("1 Quay St", "Sydney", "NSW", "2000", "Australia");
        var form = new AccountForm("Harbour", "Commercial", billing, AddressForm.EMPTY, true, "", "VIP, , Retail");

        var change = form.toChange();

        assertThat(change.serviceAddress()).isEqualTo(change.billingAddress());
        assertThat(change.serviceAddress().zip()).isEqualTo("2000");
        assertThat(change.tags()).containsExactly("VIP", "Retail");
    }

    @Test
    void anAddressReadsAsEnvelopeLinesWithoutStrayCommas() {
        assertThat(AddressLines.of(new Address("1 Quay St", "Sydney", "NSW", "2000", "Australia")))
                .containsExactly("1 Quay St", "Sydney, NSW 2000", "Australia");
        assertThat(AddressLines.of(new Address(null, null, "NSW", null, null))).containsExactly("NSW");
        assertThat(AddressLines.of(Address.EMPTY)).isEqualTo(List.of());
    }
}
