package io.frontline.channels.email.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One MIME entity as raw material: its header fields in order (values one char per byte, folding kept, not decoded)
 * and its body bytes, still transfer-encoded. Header blocks and multipart bodies are split here rather than by Jakarta
 * Mail, whose InternetHeaders and MimeMultipart look their stream provider up through a ServiceLoader class-path scan on
 * every instance, which dominated the cost of parsing.
 */
record MimeEntity(List<Field> fields, byte[] body) {

    /** A header field; {@code value} is null for a line that is not a header at all. */
    record Field(String name, String value) {}

    /** Reads a header block and the body after the blank line that ends it. */
    static MimeEntity read(byte[] bytes) {
        List<Field> fields = new ArrayList<>();
        StringBuilder name = null;
        StringBuilder value = null;
        int pos = 0;
        int n = bytes.length;
        while (pos < n) {
            int end = pos;
            while (end < n && bytes[end] != '\n') {
                end++;
            }
            int lineEnd = end > pos && bytes[end - 1] == '\r' ? end - 1 : end;
            int next = end < n ? end + 1 : n;
            if (lineEnd == pos) {
                pos = next;
                break;
            }
            String line = new String(bytes, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
                value.append("\r\n").append(line);
            } else {
                if (name != null) {
                    fields.add(new Field(name.toString(), value == null ? null : value.toString()));
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    name = new StringBuilder(line.substring(0, colon).strip());
                    value = new StringBuilder(line.substring(colon + 1).stripLeading());
                } else {
                    name = new StringBuilder(line);
                    value = null;
                }
            }
            pos = next;
        }
        if (name != null) {
            fields.add(new Field(name.toString(), value == null ? null : value.toString()));
        }
        return new MimeEntity(List.copyOf(fields), Arrays.copyOfRange(bytes, Math.min(pos, n), n));
    }

    /** The raw value of the first header with this name, or null. */
    String header(String name) {
        for (Field f : fields) {
            if (f.value() != null && f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * The body parts of a multipart body (RFC 2046): what lies between delimiter lines {@code --boundary}, up to the
     * close delimiter or, when that is missing, the end. Without a boundary parameter the first line starting with
     * {@code --} is taken as the delimiter.
     *
     * @throws IllegalStateException if no delimiter occurs, or more than {@code maxParts} parts do
     */
    List<MimeEntity> children(String boundary, int maxParts) {
        byte[] delimiter =
                ("--" + (boundary == null ? guessBoundary() : boundary)).getBytes(StandardCharsets.ISO_8859_1);
        if (delimiter.length <= 2) {
            throw new IllegalStateException("no boundary");
        }
        List<MimeEntity> parts = new ArrayList<>();
        int partStart = -1;
        int pos = 0;
        int n = body.length;
        while (pos < n) {
            int end = pos;
            while (end < n && body[end] != '\n') {
                end++;
            }
            if (startsWith(pos, delimiter)) {
                int after = pos + delimiter.length;
                boolean close = after + 1 < n && body[after] == '-' && body[after + 1] == '-';
                if (close || onlyWhitespace(after, end)) {
                    if (partStart >= 0) {
                        parts.add(read(Arrays.copyOfRange(body, partStart, lineBreakBefore(partStart, pos))));
                        if (parts.size() > maxParts) {
                            throw new IllegalStateException("too many parts");
                        }
                    }
                    if (close) {
                        return parts;
                    }
                    partStart = Math.min(end + 1, n);
                }
            }
            pos = end + 1;
        }
        if (partStart < 0) {
            throw new IllegalStateException("boundary not found");
        }
        parts.add(read(Arrays.copyOfRange(body, partStart, n)));
        return parts;
    }

    private String guessBoundary() {
        int pos = 0;
        while (pos < body.length) {
            int end = pos;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (end - pos > 2 && body[pos] == '-' && body[pos + 1] == '-') {
                return new String(body, pos + 2, end - pos - 2, StandardCharsets.ISO_8859_1).strip();
            }
            pos = end + 1;
        }
        return "";
    }

    private boolean startsWith(int pos, byte[] prefix) {
        if (pos + prefix.length > body.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[pos + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyWhitespace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The line break before a delimiter line belongs to the delimiter, not to the part. */
    private int lineBreakBefore(int partStart, int delimiterStart) {
        int end = delimiterStart;
        if (end > partStart && body[end - 1] == '\n') {
            end--;
            if (end > partStart && body[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }
}
