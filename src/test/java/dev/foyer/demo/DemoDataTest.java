package dev.foyer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.PhoneAccounts;
import dev.foyer.identity.TestPhones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo loader against the shared database, for a demo phone of this test's own. */
@FoyerIntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demo;

    @Autowired
    PhoneAccounts accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoUserSignsInByPhoneAndOwnsTheSeedsContactsTagsAndDeals() {
        String phone = TestPhones.next();

        UUID userId = demo.load(phone);

        assertThat(userOfPhone(phone)).contains(userId);
        assertSeedData(userId);
    }

    @Test
    void reloadingStartsAfreshWithTheSameData() {
        String phone = TestPhones.next();
        UUID first = demo.load(phone);
        users.runAs(ActingUser.of(first), () -> jdbc.sql("delete from contacts where first_name = 'Sarah'").update());

        UUID second = demo.load(phone);

        assertSeedData(second);
        assertThat(count(first, "select count(*) from users where id = :userId")).isZero();
        assertThat(userOfPhone(phone)).contains(second);
    }

    @Test
    void anotherNewUserStartsEmpty() {
        demo.load(TestPhones.next());
        var someoneElse = users.create();

        assertThat(count(someoneElse.id(), "select count(*) from contacts where user_id = :userId")).isZero();
        assertThat(count(someoneElse.id(), "select count(*) from contact_tags where user_id = :userId")).isZero();
        assertThat(count(someoneElse.id(), "select count(*) from deals where user_id = :userId")).isZero();
    }

    private void assertSeedData(UUID userId) {
        assertThat(count(userId, "select count(*) from contacts where user_id = :userId")).isEqualTo(10);
        assertThat(rows(userId, "select name || ' ' || color from contact_tags where user_id = :userId order by name"))
                .containsExactly("Customer #10B981", "Inactive #6B7280", "Lead #3B82F6", "Partner #8B5CF6", "VIP #F59E0B");
        assertThat(rows(userId, """
                select title || ' ' || stage || ' ' || status || ' ' || value::int || ' ' || currency
                  from deals where user_id = :userId order by value
                """)).containsExactly(
                "Enterprise License Prospecting active 5000 AUD",
                "Training Program Closed Lost lost 8000 AUD",
                "Consulting Package Qualification active 12000 AUD",
                "Annual Support Proposal active 25000 AUD",
                "Cloud Migration Closed Won won 50000 AUD");
        assertThat(rows(userId, """
                select d.title || ': ' || e.event_type || ' in ' || (e.metadata ->> 'stage') || ', '
                       || (e.metadata ->> 'value') || ' ' || (e.metadata ->> 'currency') || ', by the demo user '
                       || (e.created_by = :userId)
                  from deals d join deal_events e on e.deal_id = d.id
                 where d.user_id = :userId order by d.value, e.created_at
                """)).as("each deal's timeline: its creation, and nothing else").containsExactly(
                "Enterprise License: created in Prospecting, 5000 AUD, by the demo user true",
                "Training Program: created in Closed Lost, 8000 AUD, by the demo user true",
                "Consulting Package: created in Qualification, 12000 AUD, by the demo user true",
                "Annual Support: created in Proposal, 25000 AUD, by the demo user true",
                "Cloud Migration: created in Closed Won, 50000 AUD, by the demo user true");
        assertThat(count(userId, """
                select count(*) from (select contact_id from contacts_to_tags where user_id = :userId
                                       group by contact_id having count(*) > 1) several
                """)).isEqualTo(3);
        assertThat(count(userId, "select count(distinct contact_id) from deals where user_id = :userId")).isEqualTo(2);
        assertThat(rows(userId, """
                select concat_ws(' ', first_name, last_name, email, phone, company, job_title, notes)
                  from contacts where user_id = :userId and last_name = 'Chen'
                """)).containsExactly("Sarah Chen sarah.chen@example.com +61 412 345 678 TechCorp Australia CTO "
                + "Met at DevConf 2024. Interested in AI features.");
    }

    /** The user a phone sign-in would find, looked up as sign-in looks it up. */
    private java.util.Optional<UUID> userOfPhone(String phone) {
        return transactions.execute(status -> accounts.find(phone));
    }

    private long count(UUID userId, String sql) {
        return users.inTransactionAs(ActingUser.of(userId),
                () -> jdbc.sql(sql).param("userId", userId).query(Long.class).single());
    }

    private List<String> rows(UUID userId, String sql) {
        return users.inTransactionAs(ActingUser.of(userId),
                () -> jdbc.sql(sql).param("userId", userId).query(String.class).list());
    }
}
