package prepdeck.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A load generator's HTTP/1.1 client: one keep-alive connection at a time, reopened after a failure, with the
 * cookies the server set kept like a browser's jar (name → value; no paths or expiry: one server, one run).
 * Much lighter than java.net.http, so on a small machine the figures measure the server rather than the
 * clients. Knows Content-Length and chunked bodies, which is all Jetty sends.
 */
final class LoopbackHttp implements AutoCloseable {
    /** A reply: status, the body as text, and the header values of {@code Location}. */
    record Reply(int status, String body, Optional<String> location) {}

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Socket socket;
    private OutputStream out;
    private DataInputStream in;

    LoopbackHttp(URI server, int timeoutMillis) {
        this.host = server.getHost();
        this.port = server.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    Reply get(String path, Map<String, String> headers) throws IOException {
        return send("GET", path, headers, null, null);
    }

    Reply postJson(String path, Map<String, String> headers, String json) throws IOException {
        return send("POST", path, headers, "application/json", json);
    }

    Reply postForm(String path, Map<String, String> headers, Map<String, String> fields) throws IOException {
        var form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return send("POST", path, headers, "application/x-www-form-urlencoded", form.toString());
    }

    /**
     * Sends one request and reads its whole reply. Any I/O failure closes the connection (the next request
     * opens another) and is thrown: the caller counts it as an error, and a request whose reply was lost has an
     * unknown outcome.
     */
    private Reply send(String method, String path, Map<String, String> headers, String contentType, String body) throws IOException {
        try {
            if (socket == null) open();
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ");
                boolean first = true;
                for (var c : cookies.entrySet()) {
                    head.append(first ? "" : "; ").append(c.getKey()).append('=').append(c.getValue());
                    first = false;
                }
                head.append("\r\n");
            }
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length).append("\r\n");
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return read(method);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException("a malformed reply: " + e, e);
        }
    }

    private Reply read(String method) throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP status line: " + statusLine);
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        String location = null;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).strip();
            String value = h.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
            else if (name.equalsIgnoreCase("Connection")) closes = value.equalsIgnoreCase("close");
            else if (name.equalsIgnoreCase("Location")) location = value;
            else if (name.equalsIgnoreCase("Set-Cookie")) keepCookie(value);
        }
        byte[] body;
        if (method.equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200)) body = new byte[0];
        else if (chunked) body = chunks();
        else if (length >= 0) {
            body = new byte[Math.toIntExact(length)];
            in.readFully(body);
        } else {
            body = in.readAllBytes();
            closes = true;
        }
        if (closes) close();
        return new Reply(status, new String(body, StandardCharsets.UTF_8), Optional.ofNullable(location));
    }

    /** A cookie set with Max-Age=0 (or an empty value) is removed, as a browser would. */
    private void keepCookie(String header) {
        String[] attributes = header.split(";");
        int eq = attributes[0].indexOf('=');
        if (eq <= 0) return;
        String name = attributes[0].substring(0, eq).strip();
        String value = attributes[0].substring(eq + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < attributes.length; i++) {
            if (attributes[i].strip().equalsIgnoreCase("Max-Age=0")) expired = true;
        }
        if (expired) cookies.remove(name);
        else cookies.put(name, value);
    }

    private byte[] chunks() throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            byte[] chunk = new byte[n];
            in.readFully(chunk);
            body.write(chunk);
            line();
        }
    }

    private String line() throws IOException {
        var b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new EOFException("the server closed the connection");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    private void open() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        out = new BufferedOutputStream(socket.getOutputStream());
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection we are giving up on: nothing to do
        }
        socket = null;
    }

    static Map<String, String> headers(String... namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) map.put(namesAndValues[i], namesAndValues[i + 1]);
        return map;
    }
}
