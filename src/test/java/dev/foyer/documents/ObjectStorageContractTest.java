package dev.foyer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.foyer.FakeS3;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What Foyer relies on from object storage, held against both back ends: the filesystem and S3. */
class ObjectStorageContractTest {

    static Stream<Named<ObjectStorage>> backEnds() {
        return Stream.of(
                Named.of("filesystem", new FilesystemObjectStorage(Path.of("target", "test-objects", UUID.randomUUID().toString()))),
                Named.of("s3", new S3ObjectStorage(FakeS3.client(), FakeS3.newBucket())));
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void storesReadsAndRemovesAnObject(ObjectStorage storage) throws IOException {
        String key = key();
        byte[] content = "%PDF-1.7 a pay stub".getBytes(StandardCharsets.UTF_8);

        storage.put(key, () -> new ByteArrayInputStream(content), content.length, "application/pdf");

        assertThat(storage.exists(key)).isTrue();
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void aStreamShorterThanItsSizeLeavesNoObject(ObjectStorage storage) {
        String key = key();
        byte[] content = new byte[1000];

        assertThatThrownBy(() -> storage.put(key, () -> new ByteArrayInputStream(content), 2000, "application/pdf"))
                .isInstanceOf(IOException.class);

        assertThat(exists(storage, key)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void aStreamFailingHalfwayLeavesNoObject(ObjectStorage storage) {
        String key = key();
        ObjectStorage.Content failing = () -> new FilterInputStream(new ByteArrayInputStream(new byte[300_000])) {
            int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 100_000) {
                    throw new IOException("the client went away");
                }
                int n = super.read(b, off, len);
                read += Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> storage.put(key, failing, 300_000, "application/pdf")).isInstanceOf(IOException.class);

        assertThat(exists(storage, key)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void aMissingObjectIsNotThereAndRemovingItIsNoError(ObjectStorage storage) throws IOException {
        String key = key();

        assertThat(storage.exists(key)).isFalse();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IOException.class);
        storage.delete(key);
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void listsTheObjectsUnderAPrefixWithSizeAndTime(ObjectStorage storage) throws IOException {
        String prefix = "onboardings/" + UUID.randomUUID() + "/";
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        storage.put(prefix + "a", () -> new ByteArrayInputStream(new byte[3]), 3, "image/png");
        storage.put(prefix + "b", () -> new ByteArrayInputStream(new byte[5]), 5, "image/png");
        storage.put(key(), () -> new ByteArrayInputStream(new byte[1]), 1, "image/png");

        List<ObjectStorage.StoredObject> listed = new ArrayList<>();
        storage.list(prefix, listed::add);

        assertThat(listed).extracting(ObjectStorage.StoredObject::key).containsExactlyInAnyOrder(prefix + "a", prefix + "b");
        assertThat(listed).extracting(ObjectStorage.StoredObject::size).containsExactlyInAnyOrder(3L, 5L);
        assertThat(listed).allSatisfy(object -> assertThat(object.lastModified()).isAfterOrEqualTo(before));
    }

    @ParameterizedTest
    @MethodSource("backEnds")
    void refusesKeysItDidNotMake(ObjectStorage storage) {
        assertThatThrownBy(() -> storage.exists("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete("onboardings/../secrets")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean exists(ObjectStorage storage, String key) {
        try {
            return storage.exists(key);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String key() {
        return "onboardings/" + UUID.randomUUID() + "/" + UUID.randomUUID();
    }
}
