package dev.foyer.documents;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import dev.foyer.database.TransactionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the objects whose rows are gone. A trigger leaves a note in {@code storage_deletions} in
 * the transaction that deletes a row, however the row goes (a DELETE, a cascade from its onboarding
 * or its user); once that transaction has committed, the objects the notes name are removed and the
 * notes with them. A note is cleared only after its object is gone, so a crash in between leaves the
 * note for the next drain, never an orphan.
 */
@Component
public class StorageDeletions {

    private static final Logger log = LoggerFactory.getLogger(StorageDeletions.class);
    private static final int BATCH = 200;
    private static final RecordMapper<Note> NOTES = RecordMapper.of(Note.class);

    private final ObjectStorage storage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionSettings settings;

    StorageDeletions(ObjectStorage storage, JdbcClient jdbc, TransactionTemplate transactions,
                     TransactionSettings settings) {
        this.storage = storage;
        this.jdbc = jdbc;
        // Its own transaction even when called from afterCommit, where the finished one is still bound.
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
    }

    /**
     * Once the current transaction has committed, removes the objects it deleted rows for and their
     * notes; other notes wait for the sweep, so a request never pays for anyone else's. A rolled back
     * transaction left no notes, so nothing goes.
     */
    public void drainAfterCommit(List<String> objectKeys) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drainBatch(objectKeys);
            }
        });
    }

    /** Removes the objects of every note and the notes; answers how many objects went. */
    public int drain() {
        int removed = 0;
        int batch;
        do {
            batch = drainBatch(null);
            removed += batch;
        } while (batch == BATCH); // a short batch: drained, or the rest failed and waits for the next drain
        return removed;
    }

    /** Up to a batch of notes, those naming the keys or, with none given, the oldest. */
    private int drainBatch(List<String> objectKeys) {
        Integer removed = transactions.execute(status -> {
            settings.set("app.maintenance", "storage");
            // No row locks (the table has no update policy, so FOR UPDATE would see nothing): two servers
            // draining at once remove the same objects twice, which is harmless.
            List<Note> notes = jdbc.sql("""
                    select id, object_key from storage_deletions
                     where cast(:keys as text[]) is null or object_key = any (cast(:keys as text[]))
                     order by requested_at
                     limit :batch
                    """).param("keys", objectKeys == null ? null : objectKeys.toArray(String[]::new))
                    .param("batch", BATCH).query(NOTES).list();
            List<UUID> done = notes.stream().filter(this::removeObject).map(Note::id).toList();
            if (!done.isEmpty()) {
                jdbc.sql("delete from storage_deletions where id in (:ids)").param("ids", done).update();
            }
            return done.size();
        });
        return removed == null ? 0 : removed;
    }

    private boolean removeObject(Note note) {
        try {
            storage.delete(note.objectKey());
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove object {} yet; its note stays for the next drain", note.objectKey(), e);
            return false;
        }
    }

    private record Note(UUID id, String objectKey) {
    }
}
