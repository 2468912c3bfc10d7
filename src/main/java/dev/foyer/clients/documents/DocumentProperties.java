package dev.foyer.clients.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a client may upload to an onboarding. The servlet's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) is the outer bound and must not be smaller.
 *
 * @param maxFileSize  the largest document; one byte more is refused with 413
 * @param allowedTypes the media types accepted, as detected from the file's bytes
 * @param orphanAge    how old an object with no row must be before the sweep removes it: an upload
 *                     stores its object a moment before its row commits
 */
@ConfigurationProperties("foyer.documents")
record DocumentProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png", "image/heic",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}) List<String> allowedTypes,
        @DefaultValue("1h") java.time.Duration orphanAge) {
}
