package org.putright.bench;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load's HTTP client: HTTP/1.1 over one kept-alive socket, writing a request and reading the
 * answer's status and body, nothing more. The JDK's {@code HttpClient} (a selector thread for each
 * client, futures for each exchange) took a third of a core at 600 requests a second; on two cores
 * shared with Putright and its database, what the load costs comes off what is measured, while the
 * ceiling's JDBC client costs next to nothing. One instance per thread; not thread-safe.
 */
final class PlainHttpClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private Connection connection;

    private record Connection(Socket socket, InputStream in, OutputStream out) {}

    PlainHttpClient(URI base) throws IOException {
        this.host = base.getHost();
        this.port = base.getPort() == -1 ? 80 : base.getPort();
        this.connection = connect();
    }

    /** Posts a JSON body and returns the answer's status code; the answer's body is read and dropped. */
    int postJson(String path, String bearerToken, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\n"
                        + "Host: " + host + ":" + port + "\r\n"
                        + "Authorization: Bearer " + bearerToken + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Accept: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            return exchange(head, body);
        } catch (IOException e) {
            // The server may have closed a kept-alive connection between requests: once more, afresh.
            close();
            connection = connect();
            return exchange(head, body);
        }
    }

    private int exchange(byte[] head, byte[] body) throws IOException {
        OutputStream out = connection.out();
        out.write(head);
        out.write(body);
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closes = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers, if any
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closes = true; // the body runs to the end of the connection
        }
        if (closes) {
            close();
            connection = connect();
        }
        return status;
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = read(); c != '\n'; c = read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            if (position == limit) {
                fill();
            }
            int taken = (int) Math.min(left, limit - position);
            position += taken;
            left -= taken;
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            fill();
        }
        return buffer[position++] & 0xff;
    }

    private void fill() throws IOException {
        int read = connection.in().read(buffer);
        if (read < 0) {
            throw new EOFException("the server closed the connection");
        }
        position = 0;
        limit = read;
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        position = 0;
        limit = 0;
        return new Connection(
                socket, socket.getInputStream(), new BufferedOutputStream(socket.getOutputStream(), 8 * 1024));
    }

    @Override
    public void close() throws IOException {
        connection.socket().close();
    }
}
