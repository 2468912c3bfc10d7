package dev.foyer.clients.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The first bytes of real files of each kind, padded to a size, as a client's device would send them. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return pdf(600);
    }

    public static byte[] pdf(int size) {
        return padded("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII), size, "\n%%EOF\n");
    }

    public static byte[] png() {
        return padded(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 400, "");
    }

    public static byte[] jpeg() {
        return padded(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0}, 400, "");
    }

    public static byte[] heic() {
        return padded(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1'}, 400, "");
    }

    /** A Word document: an Office Open XML archive that starts with its content types. */
    public static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    /** Any ZIP archive, such as one a client renames to .docx. */
    public static byte[] zip() {
        return zip("notes.txt", "run.sh");
    }

    /** A Linux executable. */
    public static byte[] elf() {
        return padded(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0}, 400, "");
    }

    /** A Windows executable. */
    public static byte[] windowsExecutable() {
        byte[] head = new byte[128];
        head[0] = 'M';
        head[1] = 'Z';
        head[0x3c] = 0x40;
        head[0x40] = 'P';
        head[0x41] = 'E';
        return padded(head, 400, "");
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(document.cookie)</script></svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String... entries) {
        try {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (String entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(("<x>" + entry + "</x>").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] padded(byte[] head, int size, String tail) {
        byte[] file = new byte[Math.max(size, head.length + tail.length())];
        java.util.Arrays.fill(file, head.length, file.length, (byte) ' ');
        System.arraycopy(head, 0, file, 0, head.length);
        byte[] end = tail.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, file, file.length - end.length, end.length);
        return file;
    }
}
