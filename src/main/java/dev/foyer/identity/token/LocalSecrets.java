package dev.foyer.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Secrets a single-server install keeps next to its data when the operator configured none, so that
 * a restart does not sign everybody out. Servers that run side by side must be given the same
 * secrets by configuration instead.
 */
public final class LocalSecrets {

    private LocalSecrets() {
    }

    public static String loadOrCreate(Path file, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String secret = generator.get();
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".secret", ".tmp");
            ownerOnly(temporary);
            Files.writeString(temporary, secret);
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException raced) {
                // Another server process on the same data directory wrote it first: use theirs.
                Files.delete(temporary);
                return Files.readString(file).strip();
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a secret in " + file.toAbsolutePath(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the directory's own protection applies.
        }
    }
}
