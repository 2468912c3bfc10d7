package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.foyer.FoyerApplication;
import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Foyer as an operator starts it: a separate process, configured by environment variables, judged
 * by its exit code and the lines it prints.
 */
@FoyerIntegrationTest
class CommandLineTest {

    @Autowired
    DatabaseServer server;

    @Test
    void malformedDatabaseUrlFailsInOneLineWithoutThePassword() throws Exception {
        var run = foyer(Map.of("DATABASE_URL", "postgresql://owner:hunter2@/nodatabase"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("DATABASE_URL is malformed: it names no host").doesNotContain("hunter2");
    }

    @Test
    void unreachableServerNamesTheVariableAndHostWithoutThePassword() throws Exception {
        var run = foyer(Map.of("DATABASE_URL", "postgresql://owner:hunter2@127.0.0.1:1/foyer"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output())
                .contains("Cannot connect to PostgreSQL at 127.0.0.1:1/foyer (DATABASE_URL, user owner)")
                .doesNotContain("hunter2");
    }

    @Test
    void anApplicationRoleThatBypassesRowLevelSecurityIsRefused() throws Exception {
        var scratch = new ScratchDatabases(server);
        String database = scratch.create();
        try {
            var run = foyer(Map.of(
                    "DATABASE_URL", scratch.postgresUrl(database).replace("//", "//" + EmbeddedDatabase.OWNER + ":x@"),
                    "DATABASE_APP_USER", "postgres"));

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.output()).contains("DATABASE_APP_USER postgres must not be a superuser");
        } finally {
            scratch.drop(database);
        }
    }

    @Test
    void migrateAppliesTheMigrationsAndExits() throws Exception {
        var scratch = new ScratchDatabases(server);
        String database = scratch.create();
        try {
            var run = foyer(Map.of(
                    "DATABASE_URL", scratch.postgresUrl(database).replace("//", "//" + EmbeddedDatabase.OWNER + ":x@"),
                    "DATABASE_APP_USER", server.location().appUser()), "migrate");

            assertThat(run.exitCode()).as(run.output()).isZero();
            var owner = JdbcClient.create(new DriverManagerDataSource(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, ""));
            assertThat(owner.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(7);
            assertThat(owner.sql("select count(*) from users").query(Long.class).single()).isZero();
        } finally {
            scratch.drop(database);
        }
    }

    @Test
    void demoRecreatesTheDemoUserWithItsDataEachTimeAndExits() throws Exception {
        var scratch = new ScratchDatabases(server);
        String database = scratch.create();
        try {
            var environment = Map.of(
                    "DATABASE_URL", scratch.postgresUrl(database).replace("//", "//" + EmbeddedDatabase.OWNER + ":x@"),
                    "DATABASE_APP_USER", server.location().appUser());
            var first = foyer(environment, "demo");
            var second = foyer(environment, "demo");

            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(second.exitCode()).as(second.output()).isZero();
            assertThat(second.output()).contains("Demo data loaded: sign in with the phone number +61491570156");
            // The superuser: row-level security is forced even on the tables' owner.
            var superuser = JdbcClient.create(new DriverManagerDataSource(scratch.jdbcUrl(database), "postgres", ""));
            assertThat(superuser.sql("""
                    select (select count(*) from users) || ' ' || (select count(*) from contacts) || ' '
                           || (select count(*) from contact_tags) || ' ' || (select count(*) from deals)
                    """).query(String.class).single()).isEqualTo("1 10 5 5");
        } finally {
            scratch.drop(database);
        }
    }

    @Test
    void theFirstStartOfAnEmptyEmbeddedDatabaseLoadsTheDemoAndSaysHowToSignIn() throws Exception {
        Path dataDirectory = Files.createTempDirectory("foyer-first-start");
        Path log = Files.createTempFile("foyer-run", ".log");
        var builder = new ProcessBuilder(java(List.of())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("FOYER_"));
        builder.environment().put("FOYER_DATA_DIR", dataDirectory.toString());
        var process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // The demo is loaded by a runner, after the "Started" line.
            while (!Files.readString(log).contains("Demo data loaded") && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(log))
                    .contains("Started FoyerApplication")
                    .contains("Demo data loaded: sign in with the phone number +61491570156");
        } finally {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            Files.delete(log);
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    record Run(int exitCode, String output) {
    }

    private static Run foyer(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("foyer-run", ".log");
        var builder = new ProcessBuilder(java(List.of(args))).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("FOYER_"));
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Foyer did not exit within 120 s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }

    private static List<String> java(List<String> args) {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), FoyerApplication.class.getName(), "--server.port=0"));
        command.addAll(args);
        return command;
    }

    private static String classpath() {
        // Surefire starts tests from a manifest-only jar; it passes the real class path separately.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
