package io.frontline.channels.email.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of an RFC 3464 {@code message/delivery-status} body: one block per message, then one per recipient. */
final class DeliveryStatusFields {

    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

    /** One per-recipient block, values trimmed; type prefixes such as {@code rfc822;} removed. */
    record Recipient(String address, String action, String status, String diagnosticType, String diagnostic) {}

    private DeliveryStatusFields() {}

    static List<Recipient> parse(String body) {
        List<Recipient> recipients = new ArrayList<>();
        for (Map<String, String> block : blocks(body)) {
            String address = typed(block.get("final-recipient"))[1];
            if (address == null || address.isBlank()) {
                address = typed(block.get("original-recipient"))[1];
            }
            if (address == null || address.isBlank()) {
                continue;
            }
            String status = block.get("status");
            Matcher code = status == null ? null : STATUS.matcher(status);
            String[] diagnostic = typed(block.get("diagnostic-code"));
            recipients.add(new Recipient(
                    unbracket(address),
                    block.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT),
                    code != null && code.find() ? code.group() : null,
                    diagnostic[0],
                    diagnostic[1]));
        }
        return recipients;
    }

    /** Field blocks separated by blank lines, with folded lines joined and names lower-cased. */
    private static List<Map<String, String>> blocks(String body) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        String lastName = null;
        for (String line : body.replace("\r", "").split("\n")) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new LinkedHashMap<>();
                }
                lastName = null;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastName != null) {
                block.merge(lastName, line.strip(), (a, b) -> a + " " + b);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            block.putIfAbsent(lastName, line.substring(colon + 1).strip());
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** Splits {@code type; value}; a value without a type has a null type. */
    private static String[] typed(String value) {
        if (value == null) {
            return new String[] {null, null};
        }
        int semicolon = value.indexOf(';');
        if (semicolon < 0 || semicolon > 20) {
            return new String[] {null, value.strip()};
        }
        return new String[] {
            value.substring(0, semicolon).strip().toLowerCase(Locale.ROOT),
            value.substring(semicolon + 1).strip()
        };
    }

    private static String unbracket(String address) {
        String a = address.strip();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1);
        }
        return a.strip();
    }
}
