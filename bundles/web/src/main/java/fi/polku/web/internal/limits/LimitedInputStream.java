package fi.polku.web.internal.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body without a declared length, cut off when it grows past the limit. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }

    private void count(long n) throws BodyTooLargeException {
        read += n;
        if (read > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
