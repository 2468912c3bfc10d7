package dev.foyer.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.contacts.ContactInput;
import dev.foyer.contacts.ContactService;
import dev.foyer.contacts.TagService;
import dev.foyer.deals.CreateDealRequest;
import dev.foyer.deals.DealService;
import dev.foyer.identity.PhoneAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the demo user and what it owns, in one transaction. Loading again first deletes the demo
 * user with everything it owns, so a reload always ends in the same state whatever was changed.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String DEMO_NAME = "Demo User";

    private final PhoneAccounts accounts;
    private final ContactService contacts;
    private final TagService tags;
    private final DealService deals;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DemoProperties properties;

    DemoData(PhoneAccounts accounts, ContactService contacts, TagService tags, DealService deals,
             TransactionTemplate transactions, Clock clock, DemoProperties properties) {
        this.properties = properties;
        this.accounts = accounts;
        this.contacts = contacts;
        this.tags = tags;
        this.deals = deals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** (Re)creates the demo user of the configured phone ({@code foyer.demo.phone}) and says how to sign in. */
    public UUID reload() {
        UUID userId = load(properties.phone());
        log.info("Demo data loaded: sign in with the phone number {}. With the development SMS sender "
                + "(foyer.identity.sms.provider=log) the code appears in this log. "
                + "'java -jar foyer.jar demo' restores the demo data.", properties.phone());
        return userId;
    }

    /** (Re)creates the demo user of this phone with its data; answers the user's id. */
    public UUID load(String phone) {
        return transactions.execute(status -> {
            accounts.find(phone).ifPresent(accounts::delete);
            UUID userId = accounts.signUp(phone, DEMO_NAME);
            Map<String, UUID> tagIds = new HashMap<>();
            DemoContent.TAGS.forEach(t -> tagIds.put(t.name(), tags.create(userId, t.name(), t.color()).id()));
            List<UUID> contactIds = DemoContent.CONTACTS.stream().map(c -> contact(userId, c, tagIds)).toList();
            DemoContent.DEALS.forEach(d -> deal(userId, d, d.contact() < 0 ? null : contactIds.get(d.contact())));
            return userId;
        });
    }

    private UUID contact(UUID userId, DemoContent.DemoContact c, Map<String, UUID> tagIds) {
        UUID id = contacts.create(userId, new ContactInput(c.firstName(), c.lastName(), c.email(), c.phone(),
                c.company(), c.jobTitle(), c.notes())).id();
        c.tags().forEach(tag -> tags.assign(userId, id, tagIds.get(tag)));
        return id;
    }

    /** In the configured default currency, with its "created" event, as a user's new deal. */
    private void deal(UUID userId, DemoContent.DemoDeal d, UUID contactId) {
        deals.create(userId, new CreateDealRequest(d.title(), BigDecimal.valueOf(d.value()), null, contactId, null,
                null, d.stage(), null, LocalDate.now(clock).plusDays(d.closesInDays()), null, null, d.description()));
    }
}
