package dev.foyer;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API in the test JVM (s3proxy, objects as files under target/), started once and
 * shared by the whole run like the other fakes. The server under test stores its documents here
 * through its real S3 client, with AWS signature v4.
 */
public final class FakeS3 {

    public static final String ACCESS_KEY = "foyer-test-access";
    public static final String SECRET_KEY = "foyer-test-secret";
    public static final String REGION = "us-east-1";
    private static final S3Proxy SERVER = start();

    private FakeS3() {
    }

    public static URI endpoint() {
        return URI.create("http://127.0.0.1:" + SERVER.getPort());
    }

    /** A new, empty bucket. */
    public static String newBucket() {
        String bucket = "foyer-" + UUID.randomUUID();
        try (S3Client s3 = client()) {
            s3.createBucket(request -> request.bucket(bucket));
        }
        return bucket;
    }

    /** The properties that point the server's storage at a new bucket here. */
    public static String[] serverProperties() {
        return new String[] {
                "foyer.storage.type=s3",
                "foyer.storage.s3.endpoint=" + endpoint(),
                "foyer.storage.s3.bucket=" + newBucket(),
                "foyer.storage.s3.region=" + REGION,
                "foyer.storage.s3.access-key=" + ACCESS_KEY,
                "foyer.storage.s3.secret-key=" + SECRET_KEY,
                "foyer.storage.s3.path-style=true"};
    }

    public static S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint())
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static S3Proxy start() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-s3", UUID.randomUUID().toString()));
            var proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(root.toAbsolutePath().toString()))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.onSpinWait();
            }
            return proxy;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-process S3 server", e);
        }
    }
}
