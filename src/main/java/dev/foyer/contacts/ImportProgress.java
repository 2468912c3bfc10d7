package dev.foyer.contacts;

/**
 * How far a running import has got: the rows read so far, and the bytes read of the file's size
 * (so a page can show a percentage); {@code phase} is {@code reading} while the file is read and
 * checked, then {@code saving} while its contacts are written.
 */
record ImportProgress(String phase, long rowsRead, long bytesRead, long totalBytes, int percent) {
}
