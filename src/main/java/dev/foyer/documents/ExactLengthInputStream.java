package dev.foyer.documents;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails the read that ends a stream early. An S3 client sends what the stream gives; without this
 * a short stream would be stored as a short object instead of failing the upload.
 */
final class ExactLengthInputStream extends FilterInputStream {

    private final long expected;
    private long read;

    ExactLengthInputStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        return n;
    }

    private void count(int n) throws IOException {
        if (n < 0 && read < expected) {
            throw new EOFException("the stream ended after " + read + " of " + expected + " bytes");
        }
        read += Math.max(n, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
