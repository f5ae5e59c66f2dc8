package io.frontline.channels.email.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderMalfunctionError;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Charset labels as they occur in real mail, mapped to Java charsets, and decoding that never fails. The label mapping
 * follows the WHATWG Encoding Standard where it differs from Java's (ISO-8859-1 and US-ASCII decode as windows-1252,
 * GB2312 as GB18030, EUC-KR as windows-949), because mail clients label text the way browsers read it.
 */
final class MailCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * UTF-7 comes from jutf7. Its provider is looked up directly: Charset.forName only sees providers on the system
     * class path, which a Spring Boot fat jar's nested jars are not.
     */
    private static final Charset UTF_7 = new com.beetstra.jutf7.CharsetProvider().charsetForName("UTF-7");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("tis-620", "x-windows-874"),
            Map.entry("windows-874", "x-windows-874"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("iso-gb2312", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"),
            Map.entry("csgb2312", "GB18030"),
            Map.entry("euc-cn", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"),
            Map.entry("chinese", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("ksc5601", "x-windows-949"),
            Map.entry("korean", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"),
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"),
            Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            Map.entry("macintosh", "x-MacRoman"),
            Map.entry("mac", "x-MacRoman"),
            Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("unicode", "UTF-16LE"),
            Map.entry("utf8", "UTF-8"));

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Set<String> CJK = Set.of(
            "GB18030",
            "BIG5",
            "EUC-JP",
            "SHIFT_JIS",
            "EUC-KR",
            "EUC-TW",
            "ISO-2022-JP",
            "ISO-2022-KR",
            "ISO-2022-CN",
            "HZ-GB-2312");

    private static final Pattern WINDOWS_CODE_PAGE = Pattern.compile("(?:cp|win|windows|x-cp)[-_]?(\\d{3,4})");

    private MailCharsets() {}

    /** The charset a label stands for, or null if nothing matches it. */
    static Charset resolve(String label) {
        String name = normalize(label);
        if (name.isEmpty()) {
            return null;
        }
        if (name.contains("utf-7") || name.contains("utf7")) {
            return UTF_7;
        }
        Charset charset = lookup(ALIASES.getOrDefault(name, name));
        if (charset != null) {
            return charset;
        }
        Matcher codePage = WINDOWS_CODE_PAGE.matcher(name);
        if (codePage.matches() && (charset = lookup("windows-" + codePage.group(1))) != null) {
            return charset;
        }
        if (name.replace("-", "").replace("_", "").contains("utf8")) {
            return StandardCharsets.UTF_8;
        }
        return null;
    }

    /**
     * Decodes text in the labelled charset, or, when the label is missing, unknown or wrong, in the charset
     * {@link #guess(byte[])} finds. Each such workaround is reported to {@code problems}.
     */
    static String decode(byte[] bytes, String label, Consumer<String> problems) {
        Charset charset = resolve(label);
        boolean ascii = isAscii(bytes);
        if (charset == null) {
            if (ascii) {
                return new String(bytes, StandardCharsets.US_ASCII);
            }
            Charset guessed = guess(bytes);
            problems.accept(
                    (label == null || label.isBlank() ? "no charset for 8-bit text" : "unknown charset " + label)
                            + ", decoded as " + guessed.name());
            return new String(bytes, guessed);
        }
        if (ascii && !charset.equals(UTF_7) && !isStateful(charset)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String declared = normalize(label);
        if (isStateful(charset) && declared.contains("2022-jp") && !ascii) {
            // ISO-2022-JP is 7-bit; 8-bit bytes under that label are Shift_JIS or EUC-JP in practice
            Charset actual = isUtf8(bytes)
                    ? StandardCharsets.UTF_8
                    : decodesStrictly(bytes, SHIFT_JIS)
                            ? SHIFT_JIS
                            : decodesStrictly(bytes, EUC_JP) ? EUC_JP : SHIFT_JIS;
            problems.accept("8-bit text labelled " + label + ", decoded as " + actual.name());
            return new String(bytes, actual);
        }
        if ((declared.contains("ascii") || declared.equals("ansi_x3.4-1968")) && isUtf8(bytes)) {
            problems.accept("8-bit text labelled " + label + ", decoded as UTF-8");
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
            if (!hasUtf8Sequence(bytes)) {
                problems.accept("text labelled " + label + " is not UTF-8, decoded as windows-1252");
                return new String(bytes, WINDOWS_1252);
            }
            problems.accept("invalid UTF-8 in text labelled " + label + ", those bytes decoded as windows-1252");
            return utf8OrWindows1252(bytes);
        }
        if (charset.equals(UTF_7) && !ascii) {
            problems.accept("8-bit text labelled " + label + ", decoded as "
                    + guess(bytes).name());
            return new String(bytes, guess(bytes));
        }
        return text(bytes, charset, problems);
    }

    /**
     * Decodes with replacement of bad input. A decoder that throws instead (jutf7 does on malformed UTF-7) costs the
     * text its charset, not the message.
     */
    private static String text(byte[] bytes, Charset charset, Consumer<String> problems) {
        if (charset.getClass().getModule().isNamed()) {
            return new String(bytes, charset);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | CoderMalfunctionError e) {
            problems.accept("broken " + charset.name() + " text, decoded as windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The charset of unlabelled 8-bit text: UTF-8 if it is valid UTF-8, a CJK multi-byte charset if a detector is
     * confident about one, else windows-1252. Detected single-byte charsets are not trusted: on short Western text the
     * detector picks Cyrillic code pages.
     */
    static Charset guess(byte[] bytes) {
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset cjk = detectCjk(bytes);
        return cjk != null ? cjk : WINDOWS_1252;
    }

    static Charset detectCjk(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !CJK.contains(name.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return resolve(name);
    }

    private static boolean decodesStrictly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The label trimmed, unquoted and lower-cased, without leading junk such as {@code -utf-8}. */
    static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < name.length() && !Character.isLetterOrDigit(name.charAt(start))) {
            start++;
        }
        int end = name.length();
        while (end > start && !Character.isLetterOrDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8 text in which some bytes are not UTF-8: those are read as windows-1252, the usual culprit. */
    private static String utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isMalformed() || result.isUnmappable()) {
                byte[] bad = new byte[result.length()];
                in.get(bad);
                out.put(new String(bad, WINDOWS_1252));
            } else {
                break;
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Whether the bytes contain at least one well-formed multi-byte UTF-8 sequence. */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int continuation = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : 0;
            if (lead >= 0xF5 || continuation == 0 || i + continuation >= bytes.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= continuation; k++) {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStateful(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.contains("2022") || name.contains("utf-16") || name.contains("utf-32");
    }

    /**
     * Charset.forName scans every charset provider on the class path for a name it does not know, each time; labels
     * come from senders, so the cache is bounded.
     */
    private static final Map<String, Optional<Charset>> LOOKUPS = new ConcurrentHashMap<>();

    private static Charset lookup(String name) {
        Optional<Charset> cached = LOOKUPS.get(name);
        if (cached != null) {
            return cached.orElse(null);
        }
        Charset charset;
        try {
            charset = Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            charset = null;
        }
        if (LOOKUPS.size() < 1024) {
            LOOKUPS.put(name, Optional.ofNullable(charset));
        }
        return charset;
    }
}
