package dev.foyer.contacts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a CSV import. The file size limit is the servlet's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}); this bounds the rows one transaction takes.
 *
 * @param maxRows  the most data rows one file may have; a longer file is refused whole
 * @param tagColor the color of tags an import creates
 */
@ConfigurationProperties("foyer.contacts.import")
record ContactImportProperties(@DefaultValue("100000") int maxRows, @DefaultValue("#64748B") String tagColor) {
}
