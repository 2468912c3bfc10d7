package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The binding of transactions to users, seen from the application role: what a user sees, what
 * nobody sees, and what a pooled connection remembers from the transaction before.
 */
@FoyerIntegrationTest
class RowLevelSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseServer server;

    @Test
    void authUidReturnsTheTransactionsUser() {
        var alice = users.create();

        UUID uid = users.inTransactionAs(alice, () -> jdbc.sql("select auth.uid()").query(UUID.class).single());

        assertThat(uid).isEqualTo(alice.id());
    }

    @Test
    void noUserSetSeesNoRowsAndNoError() {
        var alice = users.create();
        users.runAs(alice, () -> insertContact(jdbc, alice.id(), "Alice's contact"));

        List<String> seen = users.inTransactionAsNobody(() -> jdbc.sql("select first_name from contacts")
                .query(String.class).list());
        boolean nobody = users.inTransactionAsNobody(() -> jdbc.sql("select auth.uid() is null")
                .query(Boolean.class).single());

        assertThat(seen).isEmpty();
        assertThat(nobody).isTrue();
    }

    @Test
    void statementsOutsideATransactionActForNobody() {
        var alice = users.create();
        users.runAs(alice, () -> insertContact(jdbc, alice.id(), "Outside"));

        assertThat(jdbc.sql("select count(*) from contacts").query(Long.class).single()).isZero();
    }

    @Test
    void aReusedConnectionCarriesNothingIntoTheNextTransaction() {
        var alice = users.create();
        var bob = users.create();
        users.runAs(alice, () -> insertContact(jdbc, alice.id(), "Alice's"));
        users.runAs(bob, () -> insertContact(jdbc, bob.id(), "Bob's"));

        // One connection, so that every transaction below runs on the connection the one before used.
        try (var single = singleConnectionPool()) {
            var pooled = JdbcClient.create(single);
            var transactions = new TransactionTemplate(new RowLevelSecurityTransactionManager(single, noResolver()));
            String backendPid = "select pg_backend_pid()";

            int alicePid = RowLevelSecurity.callAs(alice, () -> transactions.execute(s -> {
                assertThat(pooled.sql("select first_name from contacts").query(String.class).list())
                        .containsExactly("Alice's");
                return pooled.sql(backendPid).query(Integer.class).single();
            }));
            var bobSees = RowLevelSecurity.callAs(bob, () -> transactions.execute(
                    s -> pooled.sql("select first_name from contacts").query(String.class).list()));
            var nobodySees = transactions.execute(s -> pooled.sql("select first_name from contacts")
                    .query(String.class).list());
            var setting = transactions.execute(s -> pooled.sql("select current_setting('app.user_id', true)")
                    .query(String.class).single());
            int lastPid = transactions.execute(s -> pooled.sql(backendPid).query(Integer.class).single());

            assertThat(lastPid).isEqualTo(alicePid);
            assertThat(bobSees).containsExactly("Bob's");
            assertThat(nobodySees).isEmpty();
            assertThat(setting).isEmpty();
        }
    }

    @Test
    void aRolledBackTransactionAlsoForgetsItsUser() {
        var alice = users.create();
        users.runAs(alice, () -> insertContact(jdbc, alice.id(), "Kept"));

        try (var single = singleConnectionPool()) {
            var pooled = JdbcClient.create(single);
            var transactions = new TransactionTemplate(new RowLevelSecurityTransactionManager(single, noResolver()));
            RowLevelSecurity.runAs(alice, () -> transactions.executeWithoutResult(s -> {
                pooled.sql("select 1").query(Integer.class).single();
                s.setRollbackOnly();
            }));

            var nobodySees = pooled.sql("select count(*) from contacts").query(Long.class).single();

            assertThat(nobodySees).isZero();
        }
    }

    static void insertContact(JdbcClient jdbc, UUID owner, String firstName) {
        jdbc.sql("insert into contacts (user_id, first_name) values (:owner, :name)")
                .param("owner", owner)
                .param("name", firstName)
                .update();
    }

    private HikariDataSource singleConnectionPool() {
        var location = server.location();
        var pool = new HikariDataSource();
        pool.setJdbcUrl(location.jdbcUrl());
        pool.setUsername(location.appUser());
        pool.setPassword(location.appPassword());
        pool.setMaximumPoolSize(1);
        return pool;
    }

    @SuppressWarnings("unchecked")
    private static ObjectProvider<ActingUserResolver> noResolver() {
        return new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(ActingUserResolver.class);
    }
}
