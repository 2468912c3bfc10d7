package dev.foyer.contacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The imports running in this instance, one a user, and how far each has got, so that the page that
 * sent a file can show more than a finished upload while the server reads and saves it. Kept in
 * memory: it lives only as long as the request doing the import, and a user asks about their own.
 */
@Component
class ImportProgressBoard {

    private final ConcurrentMap<UUID, Tracker> running = new ConcurrentHashMap<>();

    /**
     * Starts tracking a user's import; closing the tracker ends it. A second import of the user's
     * while one runs is refused (409) once its file is read, so it is tracked by nobody and the
     * first one's progress stays the one shown.
     */
    Tracker start(UUID userId, long totalBytes) {
        var tracker = new Tracker(userId, totalBytes);
        running.putIfAbsent(userId, tracker);
        return tracker;
    }

    Optional<ImportProgress> of(UUID userId) {
        return Optional.ofNullable(running.get(userId)).map(Tracker::progress);
    }

    final class Tracker implements AutoCloseable {

        private final UUID userId;
        private final long totalBytes;
        private final AtomicLong bytesRead = new AtomicLong();
        // Written by the import's thread alone, read by whoever asks.
        private volatile long rowsRead;
        private volatile boolean saving;

        private Tracker(UUID userId, long totalBytes) {
            this.userId = userId;
            this.totalBytes = totalBytes;
        }

        /** The file as the import reads it, counting its bytes on the way. */
        InputStream counting(InputStream file) {
            return new FilterInputStream(file) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytesRead.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        bytesRead.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        void rowRead() {
            rowsRead++;
        }

        void saving() {
            saving = true;
        }

        private ImportProgress progress() {
            long bytes = bytesRead.get();
            int percent = totalBytes <= 0 ? 0 : (int) Math.min(100, 100 * bytes / totalBytes);
            return new ImportProgress(saving ? "saving" : "reading", rowsRead, bytes, totalBytes, percent);
        }

        @Override
        public void close() {
            running.remove(userId, this);
        }
    }
}
