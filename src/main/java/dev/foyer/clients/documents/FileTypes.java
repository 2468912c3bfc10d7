package dev.foyer.clients.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.foyer.api.ApiException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what an upload is from its first bytes, never from what the client declares, and accepts
 * it only when that type is allowed and the file name's extension is one of that type's. A PDF named
 * {@code .png} or an executable named {@code .pdf} is refused, and so is an SVG sent as
 * {@code image/png}: the declared type plays no part.
 *
 * <p>An Office document is a ZIP archive. Its bytes say "Office Open XML" (the archive starts with
 * {@code [Content_Types].xml}) and the name then tells which one; a ZIP without that entry stays a
 * ZIP, however it is named, and is refused.
 */
final class FileTypes {

    /** Office Open XML, as the bytes show it; which one (DOCX, XLSX, ...) only the name says. */
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private final MimeTypes registry = MimeTypes.getDefaultMimeTypes();
    private final Set<MediaType> allowed;

    FileTypes(Iterable<String> allowedTypes) {
        var types = new java.util.LinkedHashSet<MediaType>();
        allowedTypes.forEach(type -> types.add(MediaType.parse(type.strip().toLowerCase(Locale.ROOT))));
        this.allowed = Set.copyOf(types);
    }

    /**
     * The type of the upload whose first bytes the stream gives; the stream must support mark and
     * reset, and is back at its start afterwards.
     */
    MediaType check(InputStream head, String fileName) throws IOException {
        MediaType detected = registry.detect(head, new Metadata()).getBaseType();
        if (OOXML.equals(detected) || registry.getMediaTypeRegistry().isSpecializationOf(detected, OOXML)) {
            detected = byName(fileName);
        }
        if (!allowed.contains(detected)) {
            throw ApiException.unsupportedType("file", "is " + describe(detected) + "; allowed are " + allowedList());
        }
        if (!extensions(detected).contains(extension(fileName))) {
            throw ApiException.unsupportedType("file", "is " + describe(detected) + " but its name ends in "
                    + (extension(fileName).isEmpty() ? "no extension" : extension(fileName))
                    + "; name it " + String.join(" or ", extensions(detected)));
        }
        return detected;
    }

    private MediaType byName(String fileName) throws IOException {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType named = registry.detect(null, metadata).getBaseType();
        return registry.getMediaTypeRegistry().isSpecializationOf(named, OOXML) ? named : OOXML;
    }

    private Set<String> extensions(MediaType type) {
        try {
            return registry.forName(type.toString()).getExtensions().stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        } catch (MimeTypeException e) {
            return Set.of();
        }
    }

    private String describe(MediaType type) {
        try {
            String description = registry.forName(type.toString()).getDescription();
            return description == null || description.isBlank() ? type.toString() : description + " (" + type + ")";
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }

    private String allowedList() {
        return allowed.stream().flatMap(type -> extensions(type).stream().limit(1)).sorted().collect(Collectors.joining(", "));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
