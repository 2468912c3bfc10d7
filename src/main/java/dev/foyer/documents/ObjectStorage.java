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
     * Stores the content under the key, replacing nothing: keys are unique by construction. A failed
     * write leaves no object behind.
     *
     * @param content the bytes, which a back end may read more than once (S3 retries a request that
     *                failed on the way, such as one sent on a pooled connection the server had closed)
     * @param size    the exact number of bytes the content gives
     */
    void put(String key, Content content, long size, String contentType) throws IOException;

    /** Bytes that can be read from the start as often as needed, such as a file the upload was spooled to. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

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
