package io.frontline.channels.email.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Content-Transfer-Encoding decoding, done here rather than by Jakarta Mail, whose decoders fail on unpadded base64,
 * garble a dangling "=" in quoted-printable and insist on uuencode's "begin" line.
 */
final class TransferDecoding {

    private TransferDecoding() {}

    static byte[] decode(byte[] raw, String encoding, Consumer<String> problems) {
        String name = MailCharsets.normalize(encoding);
        switch (name) {
            case "binary", "8bit", "8-bit" -> {
                return raw;
            }
            case "", "7bit", "7-bit" -> {
                return toLf(raw);
            }
            case "base64" -> {
                return HeaderText.decodeBase64(raw);
            }
            case "quoted-printable" -> {
                return quotedPrintable(raw);
            }
            case "x-uuencode", "uuencode", "x-uue" -> {
                return uudecode(raw);
            }
            default -> {
                if (name.contains("base64")) {
                    return HeaderText.decodeBase64(raw);
                }
                if (name.contains("quoted")) {
                    return quotedPrintable(raw);
                }
                problems.accept("unknown transfer encoding " + encoding.strip().toLowerCase(Locale.ROOT)
                        + ", content kept as is");
                return raw;
            }
        }
    }

    /**
     * 7bit content is line-oriented text by definition, so it gets the LF line ends that decoded text bodies get; 8bit
     * and binary content may be arbitrary octets and is kept byte for byte, as are base64 and quoted-printable.
     */
    static byte[] toLf(byte[] data) {
        int crlf = 0;
        for (int i = 0; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                crlf++;
            }
        }
        if (crlf == 0) {
            return data;
        }
        byte[] out = new byte[data.length - crlf];
        int o = 0;
        for (int i = 0; i < data.length; i++) {
            if (!(data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n')) {
                out[o++] = data[i];
            }
        }
        return out;
    }

    /**
     * Uudecodes the lines of a uuencoded body; "begin" and "end" lines are optional and lines that do not decode are
     * skipped.
     */
    static byte[] uudecode(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4);
        for (String line : new String(raw, StandardCharsets.ISO_8859_1).split("\r?\n|\r")) {
            if (line.isEmpty() || line.startsWith("begin ") || line.strip().equals("end")) {
                continue;
            }
            int length = (line.charAt(0) - ' ') & 0x3F;
            int[] group = new int[4];
            int written = 0;
            for (int i = 1; written < length; i += 4) {
                for (int k = 0; k < 4; k++) {
                    group[k] = i + k < line.length() ? (line.charAt(i + k) - ' ') & 0x3F : 0;
                }
                int[] bytes = {
                    (group[0] << 2) | (group[1] >> 4),
                    ((group[1] & 0xF) << 4) | (group[2] >> 2),
                    ((group[2] & 0x3) << 6) | group[3]
                };
                for (int k = 0; k < 3 && written < length; k++, written++) {
                    out.write(bytes[k] & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    /** Lenient quoted-printable: an "=" that starts no valid escape or soft line break is kept as it is. */
    static byte[] quotedPrintable(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int n = in.length;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            int j = i + 1;
            while (j < n && (in[j] == ' ' || in[j] == '\t')) {
                j++;
            }
            if (j < n && (in[j] == '\r' || in[j] == '\n')) {
                i = in[j] == '\r' && j + 1 < n && in[j + 1] == '\n' ? j + 1 : j;
                continue;
            }
            if (j >= n) {
                i = j;
                continue;
            }
            if (i + 2 < n) {
                int hi = Character.digit(in[i + 1], 16);
                int lo = Character.digit(in[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
