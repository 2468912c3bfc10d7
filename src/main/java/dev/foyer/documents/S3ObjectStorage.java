package dev.foyer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible store. A PutObject is atomic: a failed or short upload
 * leaves no object under the key. SDK failures surface as {@link IOException}s, as the filesystem's do.
 */
public class S3ObjectStorage implements ObjectStorage, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStorage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Content content, long size, String contentType) throws IOException {
        // A known length streams the body as it is read; nothing is buffered whole. Each attempt
        // reads the content afresh, so that a retry sends the same bytes again.
        ContentStreamProvider attempt = () -> {
            try {
                return new ExactLengthInputStream(content.open(), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            s3.putObject(request -> request.bucket(bucket).key(ObjectKeys.require(key)).contentType(contentType).contentLength(size),
                    RequestBody.fromContentProvider(attempt, size, contentType));
        } catch (SdkException | UncheckedIOException e) {
            throw new IOException("could not store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(ObjectKeys.require(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("could not read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(request -> request.bucket(bucket).key(ObjectKeys.require(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("could not look up " + key, e);
        } catch (SdkException e) {
            throw new IOException("could not look up " + key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(ObjectKeys.require(key)));
        } catch (SdkException e) {
            throw new IOException("could not delete " + key, e);
        }
    }

    @Override
    public void list(String prefix, Consumer<StoredObject> each) throws IOException {
        try {
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents()
                    .forEach(object -> each.accept(new StoredObject(object.key(), object.size(), object.lastModified())));
        } catch (SdkException e) {
            throw new IOException("could not list " + prefix, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
