package dev.foyer.documents;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files go. The filesystem under the data directory by default, so a fresh install
 * needs nothing else; S3-compatible storage (AWS S3, MinIO) when several servers share the files.
 *
 * @param type      {@code filesystem} or {@code s3}
 * @param directory the root of the filesystem store
 * @param s3        the bucket and how to reach it, for {@code type: s3}
 */
@ConfigurationProperties("foyer.storage")
public record StorageProperties(@DefaultValue("filesystem") Type type,
                                @DefaultValue("data/objects") Path directory,
                                @DefaultValue S3 s3) {

    public enum Type { FILESYSTEM, S3 }

    /**
     * @param endpoint  the S3 API's address; empty for AWS S3 itself (the region picks it)
     * @param bucket    the bucket, which must exist
     * @param region    the bucket's region; MinIO accepts any
     * @param accessKey the access key id; empty to use the SDK's default credentials (environment, instance role)
     * @param secretKey the secret key of that id
     * @param pathStyle addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}, as MinIO wants
     */
    public record S3(URI endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey, @DefaultValue("false") boolean pathStyle) {
    }
}
