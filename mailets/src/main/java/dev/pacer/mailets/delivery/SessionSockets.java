package dev.pacer.mailets.delivery;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Optional;

import javax.net.SocketFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket factory javax.mail uses for one SMTP session. It keeps the socket, so that our local address (the
 * sending IP a provider's postmaster asks for) can be reported and the session can be closed from another thread,
 * and it bounds what the server may send: one reply longer than {@link #MAX_REPLY_BYTES} ends the session (a receiver
 * streaming an endless reply would otherwise fill the heap).
 */
final class SessionSockets extends SocketFactory {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionSockets.class);
    /** RFC 5321 allows 512 octets a reply line; a long EHLO answer is a few kilobytes. */
    static final int MAX_REPLY_BYTES = 64 * 1024;

    private volatile Socket socket;
    private volatile InetAddress connectedFrom;
    private volatile long replyBytes;

    /** A reply was read whole: the next one has the whole budget again. */
    void replyRead() {
        replyBytes = 0;
    }

    void close() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOGGER.debug("closing an aborted session failed", e);
            }
        }
    }

    Optional<String> localAddress() {
        InetAddress local = connectedFrom;
        if (local == null && socket != null && socket.isConnected() && !socket.isClosed()) {
            local = socket.getLocalAddress();
        }
        if (local == null || local.isAnyLocalAddress()) {
            return Optional.empty();
        }
        return Optional.of(local.getHostAddress());
    }

    private void count(long bytes) throws IOException {
        replyBytes += bytes;
        if (replyBytes > MAX_REPLY_BYTES) {
            throw new IOException("the server sent a reply longer than " + MAX_REPLY_BYTES + " bytes");
        }
    }

    /** A socket whose input is counted, noted at connect time (a refused greeting closes it before we could ask). */
    private final class BoundedSocket extends Socket {
        private InputStream input;

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            super.connect(endpoint, timeout);
            connectedFrom = getLocalAddress();
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int read = super.read(buffer, offset, length);
                        if (read > 0) {
                            count(read);
                        }
                        return read;
                    }
                };
            }
            return input;
        }
    }

    @Override
    public Socket createSocket() {
        BoundedSocket created = new BoundedSocket();
        socket = created;
        return created;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket created = createSocket();
        created.connect(target);
        return created;
    }
}
