package dev.foyer.clients.documents;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.foyer.database.TransactionSettings;
import dev.foyer.documents.ObjectStorage;
import dev.foyer.documents.StorageDeletions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciles object storage with {@code client_documents}, on a schedule: removes the objects of
 * deletion notes a crash left behind, removes objects no row names once they are older than an
 * upload can take (a younger one may be an upload whose row is about to commit), and reports rows
 * whose object is missing, in the log and in {@code system_logs}, for an operator to restore. Several
 * servers may run it; an advisory lock lets one of them do the work each time.
 */
@Component
public class DocumentStorageSweep {

    static final String PREFIX = "onboardings/";
    private static final Logger log = LoggerFactory.getLogger(DocumentStorageSweep.class);
    private static final long LOCK_KEY = 0x466f796572_02L; // "Foyer" 02: the storage sweep's advisory lock
    private static final int REPORTED_KEYS = 100;

    private final ObjectStorage storage;
    private final StorageDeletions deletions;
    private final JdbcClient jdbc;
    private final TransactionSettings settings;
    private final TransactionTemplate transactions;
    private final DocumentProperties properties;
    private final Clock clock;
    private final JsonMapper json;

    DocumentStorageSweep(ObjectStorage storage, StorageDeletions deletions, JdbcClient jdbc, TransactionSettings settings,
                         TransactionTemplate transactions, DocumentProperties properties, Clock clock, JsonMapper json) {
        this.storage = storage;
        this.deletions = deletions;
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${foyer.documents.sweep-interval:1h}",
            initialDelayString = "${foyer.documents.sweep-interval:1h}")
    public void runScheduled() {
        run();
    }

    /** One reconciliation; {@link Result#ran()} is false when another server holds the lock. */
    public Result run() {
        return run(clock.instant());
    }

    /** One reconciliation as at {@code now}, which an object's age is counted to. */
    Result run(Instant now) {
        int drained = deletions.drain();
        return transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Boolean.class).single()) {
                return new Result(false, drained, List.of(), List.of());
            }
            settings.set("app.maintenance", "storage");
            // Objects first, rows second: a row committed in between names an object already listed.
            Map<String, ObjectStorage.StoredObject> objects = listObjects();
            Set<String> rowKeys = new HashSet<>(jdbc.sql("select s3_key from client_documents").query(String.class).list());
            var removed = removeOrphans(objects, rowKeys, now.minus(properties.orphanAge()));
            var missing = rowKeys.stream().filter(key -> !objects.containsKey(key)).filter(this::stillMissing).sorted().toList();
            if (!missing.isEmpty()) {
                report(missing);
            }
            if (!removed.isEmpty()) {
                log.info("Removed {} objects that no document names", removed.size());
            }
            return new Result(true, drained, removed, missing);
        });
    }

    private Map<String, ObjectStorage.StoredObject> listObjects() {
        Map<String, ObjectStorage.StoredObject> objects = new HashMap<>();
        try {
            storage.list(PREFIX, object -> objects.put(object.key(), object));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not list the stored documents", e);
        }
        return objects;
    }

    private List<String> removeOrphans(Map<String, ObjectStorage.StoredObject> objects, Set<String> rowKeys, Instant cutoff) {
        var removed = new ArrayList<String>();
        for (var object : objects.values()) {
            if (!rowKeys.contains(object.key()) && object.lastModified().isBefore(cutoff)) {
                try {
                    storage.delete(object.key());
                    removed.add(object.key());
                } catch (IOException e) {
                    log.warn("Could not remove orphaned object {}", object.key(), e);
                }
            }
        }
        return removed;
    }

    /** A row inserted after the listing names an object that exists; only a second look tells. */
    private boolean stillMissing(String key) {
        try {
            return !storage.exists(key);
        } catch (IOException e) {
            return false;
        }
    }

    private void report(List<String> missing) {
        log.error("{} documents have no object in storage, among them {}", missing.size(),
                missing.subList(0, Math.min(10, missing.size())));
        var details = Map.of("missingObjects", missing.size(),
                "keys", missing.subList(0, Math.min(REPORTED_KEYS, missing.size())));
        jdbc.sql("""
                insert into system_logs (level, source, message, details)
                values ('error', 'documents.storage-sweep', :message, cast(:details as jsonb))
                """).param("message", missing.size() + " documents have no object in storage")
                .param("details", json.writeValueAsString(details)).update();
    }

    /**
     * @param ran     false when another server was sweeping
     * @param drained objects removed for deletion notes
     * @param removed orphaned objects removed
     * @param missing keys of rows whose object is missing
     */
    public record Result(boolean ran, int drained, List<String> removed, List<String> missing) {
    }
}
