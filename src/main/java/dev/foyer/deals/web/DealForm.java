package dev.foyer.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.deals.CreateDealRequest;
import dev.foyer.deals.DealPatch;
import dev.foyer.deals.DealResponse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The deal form's fields, with the limits of the JSON API (numeric(12,2) for the value). A bean with
 * setters rather than a record: a value that does not convert (letters for the amount) must leave
 * the rest of the form bound, to show it again with the error beside that one field. An emptied
 * optional field clears it: the form always sends every field, unlike a PATCH.
 */
class DealForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 10, fraction = 2)
    private BigDecimal value;

    @NotBlank
    @Size(max = 3)
    private String currency;

    /** The linked contact, or none; settled from {@link #contactName} by {@code DealFormChoices#resolveContact}. */
    private UUID contactId;

    /** What the contact box shows: the linked contact's name, or what the user typed. */
    @Size(max = 200)
    private String contactName;

    @NotBlank
    @Size(max = 60)
    private String stage;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedCloseDate;

    @Size(max = 10_000)
    private String description;

    static DealForm empty(String currency, String stage, UUID contactId) {
        var form = new DealForm();
        form.currency = currency;
        form.stage = stage;
        form.contactId = contactId;
        return form;
    }

    static DealForm of(DealResponse deal) {
        var form = empty(deal.currency(), deal.stage(), deal.contact() == null ? null : deal.contact().id());
        form.contactName = deal.contact() == null ? null : deal.contact().name();
        form.title = deal.title();
        form.value = deal.value();
        form.expectedCloseDate = deal.expectedCloseDate();
        form.description = deal.description();
        return form;
    }

    /** Whether the currency is an ISO 4217 code, in any case: {@code aud} is read as AUD. */
    boolean knownCurrency() {
        try {
            return currency != null && currency.strip().length() == 3
                    && Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)) != null;
        } catch (IllegalArgumentException notIso) {
            return false;
        }
    }

    CreateDealRequest toCreate() {
        return new CreateDealRequest(title, value, currency.strip(), contactId, null, null, stage, null,
                expectedCloseDate, null, null, blankToNull(description));
    }

    /** Every field of the form; the optional ones left empty are named in {@code clear}. */
    DealPatch toPatch() {
        var clear = new ArrayList<String>();
        if (contactId == null) {
            clear.add("contactId");
        }
        if (expectedCloseDate == null) {
            clear.add("expectedCloseDate");
        }
        if (blankToNull(description) == null) {
            clear.add("description");
        }
        return new DealPatch(title, value, currency.strip(), contactId, null, null, stage, null, expectedCloseDate,
                null, null, blankToNull(description), clear);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public UUID getContactId() {
        return contactId;
    }

    public void setContactId(UUID contactId) {
        this.contactId = contactId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
