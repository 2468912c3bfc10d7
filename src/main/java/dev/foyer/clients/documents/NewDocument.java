package dev.foyer.clients.documents;

import dev.foyer.documents.ObjectStorage;

/**
 * An upload as the service takes it, from the API or a page: its bytes are read as streams, as often
 * as needed (the type check, then storage), from wherever the servlet container spooled them.
 */
public record NewDocument(String title, String originalFileName, long size, ObjectStorage.Content content) {
}
