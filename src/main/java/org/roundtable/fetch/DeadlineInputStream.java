package org.roundtable.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.Socket;

/**
 * A socket's input that gives up at one fixed moment: each read may wait only for the time left, so a server
 * that trickles a byte now and then cannot stretch the fetch past its deadline.
 */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final long deadline;

    DeadlineInputStream(Socket socket, long deadline) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        socket.setSoTimeout(PinnedExchange.remaining(deadline));
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        socket.setSoTimeout(PinnedExchange.remaining(deadline));
        return super.read(b, off, len);
    }
}
