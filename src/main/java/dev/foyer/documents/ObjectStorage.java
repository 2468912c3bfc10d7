package dev.foyer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where uploaded bytes live, under keys the server makes. Metadata stays in the database with the
 * module that owns it; this interface only stores, reads and removes bytes. Implementations: the
 * local filesystem (the default) and S3-compatible storage.
 */
public interface ObjectStorage {

    /**
     * Stores the stream under the key, replacing nothing: keys are unique by construction. A failed
     * write leaves no object behind.
     *
     * @param size the exact number of bytes the stream will give
     */
    void put(String key, InputStream content, long size, String contentType) throws IOException;

    /** Opens the object for reading; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the object; removing a key that does not exist is not an error. */
    void delete(String key) throws IOException;

    /** Every object whose key starts with the prefix, in no particular order. */
    void list(String prefix, Consumer<StoredObject> each) throws IOException;

    record StoredObject(String key, long size, Instant lastModified) {
    }
}
