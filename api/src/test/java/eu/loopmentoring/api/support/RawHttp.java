package eu.loopmentoring.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange on a connection of its own ({@code Connection: close}), read to the end,
 * so that a test can tell a complete answer from a cut one: a client library would retry, pool
 * connections or hide a short body. Used where a test's subject is the connection itself (an
 * instance stopping under load); everything else goes through {@link Api}.
 */
public final class RawHttp {

    private RawHttp() {}

    public record Answer(int status, Map<String, String> headers, String body) {}

    /** The connection ended before a single byte of answer: the request was not taken. */
    public static final class NoAnswer extends IOException {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Some of an answer, not all of it. */
    public static final class HalfAnswer extends IOException {
        HalfAnswer(String message) {
            super(message);
        }
    }

    /**
     * Sends the request; a refused connection throws {@link java.net.ConnectException}, a connection
     * closed before any answer {@link NoAnswer}, an incomplete answer {@link HalfAnswer}.
     */
    public static Answer exchange(int port, String method, String path, String bearer, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(port)
                .append("\r\n")
                .append("Connection: close\r\nAccept: application/json, application/problem+json\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        byte[] received;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(30_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (SocketException e) {
                throw new NoAnswer("closed while the request was sent", e);
            }
            received = readAll(socket.getInputStream());
        }
        return parse(received);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            if (bytes.size() == 0) {
                throw new NoAnswer("reset before any answer", e);
            }
            throw new HalfAnswer("reset after " + bytes.size() + " bytes: " + bytes);
        }
        if (bytes.size() == 0) {
            throw new NoAnswer("closed before any answer", null);
        }
        return bytes.toByteArray();
    }

    static Answer parse(byte[] received) throws HalfAnswer {
        String all = new String(received, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new HalfAnswer("no end of headers: " + all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new HalfAnswer("not a status line: " + lines[0]);
        }
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(received, end + 4, received.length);
        byte[] body;
        if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            if (rest.length != length) {
                throw new HalfAnswer("body of " + rest.length + " bytes, Content-Length " + length + ": " + all);
            }
            body = rest;
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(rest, all);
        } else {
            body = rest;
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] rest, String all) throws HalfAnswer {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(rest, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                throw new HalfAnswer("chunked body cut: " + all);
            }
            int size =
                    Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            if (lineEnd + 2 + size + 2 > rest.length) {
                throw new HalfAnswer("chunk cut: " + all);
            }
            body.write(rest, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
