package dev.foyer.clients.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload as the service takes it, from the API or a page: its bytes are read once, as a
 * stream, from wherever the servlet container spooled them.
 */
public record NewDocument(String title, String originalFileName, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
