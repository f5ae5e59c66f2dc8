package io.frontline.bench.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One STOMP 1.2 frame, and its text form: a command line, {@code name:value} header lines, an empty line, the body and
 * a NUL octet. Header values are escaped ({@code \\}, {@code \n}, {@code \r}, {@code \c}) except in {@code CONNECT} and
 * {@code CONNECTED} frames, as the specification asks. A header repeated in a received frame keeps its first value.
 */
public record StompFrame(String command, Map<String, String> headers, String body) {

    public StompFrame {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name);
    }

    /**
     * The frame as the text of one WebSocket message. A non-empty body gets a {@code content-length} (in UTF-8 octets)
     * unless the caller gave one.
     */
    public String encode() {
        boolean escape = !command.equals("CONNECT") && !command.equals("CONNECTED");
        StringBuilder text = new StringBuilder(command.length() + body.length() + 128);
        text.append(command).append('\n');
        headers.forEach((name, value) -> text.append(escape ? escape(name) : name)
                .append(':')
                .append(escape ? escape(value) : value)
                .append('\n'));
        if (!body.isEmpty() && !headers.containsKey("content-length")) {
            text.append("content-length:")
                    .append(body.getBytes(StandardCharsets.UTF_8).length)
                    .append('\n');
        }
        return text.append('\n').append(body).append('\0').toString();
    }

    /**
     * Every frame in the text of one WebSocket message, in order; heart-beats (bare end-of-line octets between frames)
     * are skipped, so a message that is only a heart-beat gives an empty list. A body is read up to its
     * {@code content-length} when the frame has one, otherwise up to the first NUL.
     *
     * @throws IllegalArgumentException for text that is not a sequence of complete frames
     */
    public static List<StompFrame> decode(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        List<StompFrame> frames = new ArrayList<>(1);
        int at = 0;
        while (true) {
            while (at < bytes.length && (bytes[at] == '\n' || bytes[at] == '\r')) {
                at++;
            }
            if (at >= bytes.length) {
                return frames;
            }
            int commandEnd = lineEnd(bytes, at);
            String command = line(bytes, at, commandEnd);
            at = commandEnd + 1;
            boolean unescape = !command.equals("CONNECT") && !command.equals("CONNECTED");
            Map<String, String> headers = new LinkedHashMap<>();
            while (true) {
                int end = lineEnd(bytes, at);
                String header = line(bytes, at, end);
                at = end + 1;
                if (header.isEmpty()) {
                    break;
                }
                int colon = header.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("a STOMP header without a colon: " + header);
                }
                String name = header.substring(0, colon);
                String value = header.substring(colon + 1);
                headers.putIfAbsent(unescape ? unescape(name) : name, unescape ? unescape(value) : value);
            }
            int bodyEnd;
            String length = headers.get("content-length");
            if (length != null) {
                bodyEnd = at + Integer.parseInt(length.strip());
                if (bodyEnd >= bytes.length || bytes[bodyEnd] != 0) {
                    throw new IllegalArgumentException("a STOMP body shorter than its content-length " + length);
                }
            } else {
                bodyEnd = at;
                while (bodyEnd < bytes.length && bytes[bodyEnd] != 0) {
                    bodyEnd++;
                }
                if (bodyEnd >= bytes.length) {
                    throw new IllegalArgumentException("a STOMP frame without its closing NUL");
                }
            }
            frames.add(new StompFrame(command, headers, new String(bytes, at, bodyEnd - at, StandardCharsets.UTF_8)));
            at = bodyEnd + 1;
        }
    }

    public static StompFrame connect(String host, String visitorToken) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept-version", "1.2");
        headers.put("host", host);
        headers.put("heart-beat", "0,0");
        headers.put("visitor-token", visitorToken);
        return new StompFrame("CONNECT", headers, "");
    }

    public static StompFrame subscribe(String id, String destination) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("id", id);
        headers.put("destination", destination);
        return new StompFrame("SUBSCRIBE", headers, "");
    }

    public static StompFrame send(String destination, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", destination);
        headers.put("content-type", "application/json");
        return new StompFrame("SEND", headers, json);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ':' -> out.append("\\c");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= value.length()) {
                throw new IllegalArgumentException("a STOMP header ends in a lone backslash: " + value);
            }
            out.append(
                    switch (value.charAt(i)) {
                        case '\\' -> '\\';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'c' -> ':';
                        default ->
                            throw new IllegalArgumentException("an undefined STOMP escape in a header: " + value);
                    });
        }
        return out.toString();
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
            if (bytes[i] == 0) {
                break;
            }
        }
        throw new IllegalArgumentException("a STOMP frame cut off in its headers");
    }

    private static String line(byte[] bytes, int from, int newline) {
        int end = newline > from && bytes[newline - 1] == '\r' ? newline - 1 : newline;
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }
}
