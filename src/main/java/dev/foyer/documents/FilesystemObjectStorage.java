package dev.foyer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Objects as files under one directory, a key's slashes as subdirectories. A write goes to a
 * temporary file first and is moved into place only once every byte arrived, so a failed or
 * short upload never leaves a partial object under its key.
 */
public class FilesystemObjectStorage implements ObjectStorage {

    private final Path root;

    public FilesystemObjectStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Content content, long size, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try (InputStream in = content.open()) {
            long written = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (written != size) {
                throw new IOException("expected " + size + " bytes for " + key + ", got " + written);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public void list(String prefix, Consumer<StoredObject> each) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".upload-"))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .filter(key -> key.startsWith(prefix))
                    .forEach(key -> each.accept(describe(key)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private StoredObject describe(String key) {
        try {
            var attributes = Files.readAttributes(resolve(key), BasicFileAttributes.class);
            return new StoredObject(key, attributes.size(), attributes.lastModifiedTime().toInstant());
        } catch (NoSuchFileException gone) {
            return new StoredObject(key, 0, java.time.Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(ObjectKeys.require(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not an object key: " + key);
        }
        return path;
    }
}
