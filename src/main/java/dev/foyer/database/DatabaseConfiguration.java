package dev.foyer.database;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Two roles, two connections: Flyway migrates as the owner; the pool every request uses connects as
 * the application role, which owns no table and so stays under row-level security.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(FoyerDatabaseProperties properties) {
        return DatabaseServer.from(properties);
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseServer server, FoyerDatabaseProperties properties) {
        var location = server.location();
        var config = new HikariConfig();
        config.setPoolName("foyer");
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.appUser());
        config.setPassword(location.appPassword());
        // Seed 001's pool: at most 10 connections, idle ones closed after 20 s, 10 s to connect.
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(2, properties.poolSize()));
        config.setIdleTimeout(20_000);
        config.setConnectionTimeout(10_000);
        // uuid[] in binary once a statement is prepared (every list page carries its contacts' tag
        // ids as one): the driver parsed the text form, 14 % of what a search request allocated.
        config.addDataSourceProperty("binaryTransferEnable", "UUID_ARRAY");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseConfigurationException("Cannot connect to " + location.description()
                    + " as DATABASE_APP_USER " + location.appUser() + ": "
                    + DatabaseServer.firstLine(rootMessage(e)), e);
        }
        try {
            ApplicationRole.verify(dataSource, location);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(DatabaseServer server) {
        var location = server.location();
        return configuration -> configuration
                .dataSource(location.jdbcUrl(), location.ownerUser(), location.ownerPassword())
                .placeholders(Map.of("app_role", location.appUser()));
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, ObjectProvider<ActingUserResolver> resolvers) {
        return new RowLevelSecurityTransactionManager(dataSource, resolvers);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
