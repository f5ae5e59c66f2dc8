package io.frontline.channels.email.reply;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access to the mail corpus in {@code src/test/corpus/mail}; see its README.md for what each folder holds. */
final class Corpus {

    static final Path ROOT = Path.of("src/test/corpus/mail");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {}

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file decoded as UTF-8, bad sequences replaced, line endings untouched. */
    static String utf8(String relative) {
        return new String(bytes(relative), StandardCharsets.UTF_8);
    }

    static JsonNode expectations(String folder) {
        return JSON.readTree(bytes(folder + "/expected.json")).get("cases");
    }

    /** The first text/plain part of a raw message, transfer- and charset-decoded by Jakarta Mail. */
    static String firstTextPart(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            String text = firstTextPart(message);
            if (text == null) {
                throw new IllegalStateException("no text/plain part");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstTextPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = firstTextPart(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** All whitespace removed, for comparisons that must not depend on layout. */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200e' && c != '\u200b') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
