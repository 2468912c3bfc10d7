package dev.foyer.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files go. The filesystem under the data directory by default, so a fresh install
 * needs nothing else.
 *
 * @param directory the root of the filesystem store
 */
@ConfigurationProperties("foyer.storage")
public record StorageProperties(@DefaultValue("data/objects") Path directory) {
}
