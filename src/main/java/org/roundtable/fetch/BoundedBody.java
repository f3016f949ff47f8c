package org.roundtable.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Collects a response body and stops reading as soon as it would grow past its limit. */
final class BoundedBody {

    private final int maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[16 * 1024];

    BoundedBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Copies up to {@code length} bytes (to the end of the stream when it is shorter); false when over limit. */
    boolean copy(InputStream in, long length) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n == -1) {
                return true;
            }
            if (bytes.size() + n > maxBytes) {
                return false;
            }
            bytes.write(buffer, 0, n);
            left -= n;
        }
        return true;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
