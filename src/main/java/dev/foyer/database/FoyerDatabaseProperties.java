package dev.foyer.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Foyer's data lives.
 *
 * @param url          the owner's connection, {@code postgresql://user:pass@host:port/db} or a
 *                     {@code jdbc:postgresql://} URL; blank starts the embedded server
 * @param appUser      the role the server queries as: owns no table, not superuser, no BYPASSRLS
 * @param appPassword  that role's password
 * @param poolSize     maximum connections of the application pool
 * @param embedded     the embedded server's settings
 */
@ConfigurationProperties("foyer.database")
public record FoyerDatabaseProperties(
        String url,
        @DefaultValue("foyer_app") String appUser,
        String appPassword,
        @DefaultValue("10") int poolSize,
        @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /**
     * @param dataDirectory where the embedded cluster keeps its files; kept across restarts
     * @param port          the port it listens on, 0 for any free port
     * @param durable       whether commits wait for the disk (fsync); off only for throwaway clusters
     * @param sharedBuffers PostgreSQL's shared_buffers: its own cache, PostgreSQL's default unless raised
     */
    public record Embedded(
            @DefaultValue("data/postgres") Path dataDirectory,
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean durable,
            @DefaultValue("128MB") String sharedBuffers) {
    }
}
