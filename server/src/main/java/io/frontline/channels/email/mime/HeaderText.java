package io.frontline.channels.email.mime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decoding of header values: unfolding, raw 8-bit bytes, RFC 2047 encoded words, RFC 2045/2231 parameters and
 * Message-ID lists, all tolerant of what real mailers send. Raw values arrive as Jakarta Mail reads them: one char per
 * byte (ISO-8859-1), so the original bytes can be recovered.
 */
final class HeaderText {

    /** An encoded word; the text may hold spaces because some mailers fail to encode them. */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s\"]{1,80})\\?([bBqQ])\\?([^?]*)\\?=");

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>]*)>");
    private static final Pattern SPECIALS = Pattern.compile("[()<>@,;:\\\\\".\\[\\]]");

    private HeaderText() {}

    /** Removes folding line breaks, keeping the whitespace that follows them. */
    static String unfold(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.indexOf('\r') < 0 && raw.indexOf('\n') < 0) {
            return raw;
        }
        return raw.replace("\r", "").replace("\n", "");
    }

    /**
     * Turns the raw bytes of a header that carries unencoded 8-bit text into characters: UTF-8 when they are valid
     * UTF-8, otherwise whatever {@code eightBit} makes of them.
     */
    static String repair8bit(String raw, Function<byte[], String> eightBit) {
        if (raw == null) {
            return null;
        }
        boolean eightBitSeen = false;
        for (int i = 0; i < raw.length() && !eightBitSeen; i++) {
            eightBitSeen = raw.charAt(i) >= 0x80;
        }
        if (!eightBitSeen) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        return MailCharsets.isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : eightBit.apply(bytes);
    }

    /** Unfolds, repairs raw 8-bit text and decodes encoded words: a header value ready to show. */
    static String decode(String raw, Function<byte[], String> eightBit, Consumer<String> problems) {
        if (raw == null) {
            return null;
        }
        return decodeWords(repair8bit(unfold(raw).stripTrailing(), eightBit), problems);
    }

    /**
     * Decodes RFC 2047 encoded words anywhere in the text, also inside words and quotes. Whitespace between two
     * encoded words is dropped, and adjacent words in the same charset are decoded together, since many mailers split
     * a multi-byte character across two words. Line breaks inside decoded text are dropped.
     */
    static String decodeWords(String text, Consumer<String> problems) {
        return replaceWords(text, (decoded, inQuotes) -> decoded, problems);
    }

    private interface WordSink {
        String render(String decoded, boolean inQuotes);
    }

    private static String replaceWords(String text, WordSink sink, Consumer<String> problems) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        Matcher m = ENCODED_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean inQuotes = false;
        String runCharset = null;
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (m.find()) {
            String gap = text.substring(last, m.start());
            boolean adjacent = runCharset != null && gap.isBlank();
            String charset = m.group(1);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            if (!adjacent || !charset.equalsIgnoreCase(runCharset)) {
                if (runCharset != null) {
                    out.append(sink.render(finishRun(run, runCharset, problems), inQuotes));
                }
                if (!adjacent) {
                    inQuotes ^= countQuotes(gap) % 2 == 1;
                    out.append(gap);
                }
                runCharset = charset;
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("b") ? decodeBase64(m.group(3)) : decodeQ(m.group(3));
            run.writeBytes(bytes);
            last = m.end();
        }
        if (runCharset != null) {
            out.append(sink.render(finishRun(run, runCharset, problems), inQuotes));
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static String finishRun(ByteArrayOutputStream run, String charset, Consumer<String> problems) {
        String decoded = MailCharsets.decode(run.toByteArray(), charset, problems);
        run.reset();
        return decoded.replace("\r", "").replace("\n", "").replace("\0", "");
    }

    private static int countQuotes(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    /**
     * Decodes encoded words in an address header so that an address parser can read it: decoded text that holds
     * characters with a meaning in addresses (a comma in "Müller, Bernd") is quoted.
     */
    static String decodeWordsForAddresses(String text, Consumer<String> problems) {
        return replaceWords(
                text,
                (decoded, inQuotes) -> {
                    String escaped = decoded.replace("\\", "\\\\").replace("\"", "\\\"");
                    if (inQuotes) {
                        return escaped;
                    }
                    return SPECIALS.matcher(decoded).find() ? "\"" + escaped + "\"" : decoded;
                },
                problems);
    }

    /** Lenient base64: ignores characters outside the alphabet, missing padding and a dangling last character. */
    static byte[] decodeBase64(String text) {
        return decodeBase64(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** As {@link #decodeBase64(String)}; padding in the middle ends a block, as when mailers concatenate blocks. */
    static byte[] decodeBase64(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4);
        byte[] block = new byte[in.length];
        int n = 0;
        for (byte b : in) {
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/') {
                block[n++] = b;
            } else if (b == '=' && n > 0) {
                writeBlock(block, n, out);
                n = 0;
            }
        }
        writeBlock(block, n, out);
        return out.toByteArray();
    }

    private static void writeBlock(byte[] block, int length, ByteArrayOutputStream out) {
        int usable = length % 4 == 1 ? length - 1 : length;
        if (usable > 0) {
            ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(block, 0, usable));
            out.write(decoded.array(), decoded.arrayOffset() + decoded.position(), decoded.remaining());
        }
    }

    /** The "Q" encoding of RFC 2047: quoted-printable with underscores for spaces. */
    private static byte[] decodeQ(String text) {
        return TransferDecoding.quotedPrintable(text.replace('_', ' ').getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A Content-Type or Content-Disposition value: the lower-cased main value and the decoded parameters. */
    record Parameterized(String value, Map<String, String> params) {

        String param(String name) {
            return params.get(name);
        }
    }

    /**
     * Parses {@code value; name=value; name*=charset'lang'%XX; name*0*=...} leniently: unquoted values may hold any
     * character but the semicolon, an unclosed quote runs to the end, RFC 2231 continuations and charsets are honoured,
     * and encoded words in values (a common violation) are decoded.
     */
    static Parameterized parameterized(String raw, Function<byte[], String> eightBit, Consumer<String> problems) {
        if (raw == null) {
            return new Parameterized("", Map.of());
        }
        String text = repair8bit(unfold(raw), eightBit);
        List<String> segments = splitOutsideQuotes(text, ';');
        String value = segments.getFirst().strip().toLowerCase(Locale.ROOT);
        Map<String, String> simple = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> extended = new LinkedHashMap<>();
        for (String segment : segments.subList(1, segments.size())) {
            int eq = segment.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = segment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String paramValue = unquote(segment.substring(eq + 1).strip());
            int star = name.indexOf('*');
            if (star < 0) {
                simple.putIfAbsent(name, paramValue);
                continue;
            }
            String base = name.substring(0, star);
            String rest = name.substring(star + 1);
            boolean encoded = rest.endsWith("*") || rest.isEmpty();
            String number = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
            int index;
            try {
                index = number.isEmpty() ? 0 : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                continue;
            }
            extended.computeIfAbsent(base, k -> new TreeMap<>())
                    .put(index, new String[] {paramValue, encoded ? "*" : ""});
        }
        Map<String, String> params = new LinkedHashMap<>();
        simple.forEach((name, v) -> params.put(name, decodeWords(v, problems)));
        extended.forEach((name, parts) -> params.put(name, joinExtended(parts, problems)));
        return new Parameterized(value, params);
    }

    private static String joinExtended(TreeMap<Integer, String[]> parts, Consumer<String> problems) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String[] part : parts.values()) {
            String v = part[0];
            if (!part[1].isEmpty()) {
                if (charset == null) {
                    int q1 = v.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        charset = v.substring(0, q1);
                        v = v.substring(q2 + 1);
                    }
                }
                bytes.writeBytes(percentDecode(v));
            } else {
                bytes.writeBytes(v.getBytes(StandardCharsets.UTF_8));
            }
        }
        String label = charset == null || charset.isBlank() ? "utf-8" : charset;
        return decodeWords(MailCharsets.decode(bytes.toByteArray(), label, problems), problems);
    }

    private static byte[] percentDecode(String v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length()) {
                int hi = Character.digit(v.charAt(i + 1), 16);
                int lo = Character.digit(v.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String v) {
        if (v.length() >= 1 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            char quote = v.charAt(0);
            StringBuilder out = new StringBuilder(v.length());
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\' && quote == '"' && i + 1 < v.length()) {
                    out.append(v.charAt(++i));
                } else if (c == quote) {
                    return out.toString();
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return v;
    }

    /**
     * The message ids of a Message-ID, In-Reply-To or References header, without angle brackets. Text between ids is
     * ignored; a header without brackets is read as whitespace-separated ids.
     */
    static List<String> messageIds(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = ANGLE_ID.matcher(value);
        while (m.find()) {
            String id = m.group(1).replaceAll("\\s+", "");
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            for (String token : value.strip().split("[\\s,;]+")) {
                String id = token.replace("<", "").replace(">", "");
                if (id.contains("@") && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty() && !value.isBlank() && !value.strip().contains(" ")) {
                ids.add(value.strip());
            }
        }
        return List.copyOf(ids);
    }
}
