package io.frontline.channels.email.mime;

import io.frontline.channels.email.mime.HeaderText.Parameterized;
import io.frontline.channels.email.mime.MailRejectedException.Reason;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import java.net.URLConnection;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns raw RFC 5322 bytes into a {@link ParsedMail}, tolerant of broken MIME, charsets and headers: whatever can be
 * worked around is, and noted in {@link ParsedMail#problems()}. A message beyond the {@link MailLimits}, or bytes that
 * are not an e-mail message at all, are rejected with a {@link MailRejectedException}; nothing else is thrown.
 *
 * <p>Instances hold only their limits and are safe to share between threads.
 */
public final class MailParser {

    /** Headers of which a message must have at least one to count as e-mail. */
    private static final Set<String> MAIL_HEADERS = Set.of(
            "from",
            "to",
            "cc",
            "subject",
            "date",
            "message-id",
            "received",
            "return-path",
            "mime-version",
            "content-type",
            "sender",
            "reply-to",
            "delivered-to",
            "in-reply-to",
            "references",
            "x-mailer");

    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Pattern UU_BEGIN = Pattern.compile("begin [0-7]{3,4} (\\S[^\\n]*)");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");
    private static final Pattern CID_FILE = Pattern.compile("([^@]+\\.[^.@]{2,6})@.*");
    private static final Map<String, String[]> NAME_BY_TYPE = Map.of(
            "message/delivery-status", new String[] {"delivery-status", "txt"},
            "text/plain", new String[] {"document", "txt"},
            "text/html", new String[] {"document", "html"},
            "video/quicktime", new String[] {"video", "mov"},
            "image/jpeg", new String[] {"image", "jpg"},
            "image/jpg", new String[] {"image", "jpg"},
            "image/png", new String[] {"image", "png"},
            "image/gif", new String[] {"image", "gif"});

    private final MailLimits limits;
    private final LongSupplier nanoClock;

    /** A parser with {@link MailLimits#defaults()}. */
    public MailParser() {
        this(MailLimits.defaults());
    }

    public MailParser(MailLimits limits) {
        this(limits, System::nanoTime);
    }

    /** With a clock of its own, so that tests can show where the time budget is checked. */
    MailParser(MailLimits limits, LongSupplier nanoClock) {
        this.limits = Objects.requireNonNull(limits);
        this.nanoClock = Objects.requireNonNull(nanoClock);
    }

    public MailLimits limits() {
        return limits;
    }

    /**
     * Parses one raw message.
     *
     * @throws MailRejectedException if the message exceeds a limit or is not an e-mail message
     */
    public ParsedMail parse(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.length > limits.maxRawBytes()) {
            throw new MailRejectedException(
                    Reason.TOO_LARGE,
                    "message has " + raw.length + " bytes, more than the limit of " + limits.maxRawBytes());
        }
        return new Run(limits, nanoClock).parse(raw);
    }

    /**
     * Only the header block at the start of {@code raw}, decoded as {@link ParsedMail#headers()} is: for looking into
     * an embedded message or a quarantined one without parsing its body. Never throws on bad input.
     */
    public Map<String, List<String>> headers(byte[] raw) {
        Run run = new Run(limits, nanoClock);
        MimeEntity entity = MimeEntity.read(Run.withoutMboxLine(raw));
        return run.decodedHeaders(entity);
    }

    /** One leaf of the MIME tree, decoded from its transfer encoding. */
    private record Leaf(
            MimeEntity entity, String type, Parameterized contentType, Parameterized disposition, byte[] data) {

        boolean isAttachment() {
            return disposition.value().equals("attachment")
                    || disposition.param("filename") != null
                    || contentType.param("name") != null;
        }

        /** Parts are distinct even when their bytes are equal. */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        String contentId() {
            String id = entity.header("Content-ID");
            if (id == null) {
                return null;
            }
            id = HeaderText.unfold(id).strip();
            if (id.startsWith("<")) {
                id = id.substring(1);
            }
            if (id.endsWith(">")) {
                id = id.substring(0, id.length() - 1);
            }
            return id.isBlank() ? null : id.strip();
        }
    }

    /** The state of one parse call. */
    private static final class Run {

        private final MailLimits limits;
        private final LongSupplier clock;
        private final long started;
        private final Set<String> problems = new LinkedHashSet<>();
        private final List<Leaf> leaves = new ArrayList<>();
        private int parts;
        private boolean signed;
        private boolean encrypted;
        private String declaredCharset;
        private String partCharset;
        private Charset headerCjk;

        Run(MailLimits limits, LongSupplier clock) {
            this.limits = limits;
            this.clock = clock;
            this.started = clock.getAsLong();
        }

        /** Checks the time budget; called between parts and inside every loop whose length the message decides. */
        void tick() {
            if (clock.getAsLong() - started > limits.maxParseTime().toNanos()) {
                throw new MailRejectedException(
                        Reason.TOO_SLOW,
                        "parsing took longer than the limit of "
                                + limits.maxParseTime().toMillis() + " ms");
            }
        }

        private void problem(String problem) {
            problems.add(problem);
        }

        ParsedMail parse(byte[] raw) {
            byte[] bytes = withoutMboxLine(raw);
            MimeEntity top = MimeEntity.read(bytes);
            tick();
            checkIsMail(bytes, top);
            declaredCharset = HeaderText.parameterized(top.header("Content-Type"), Run::windows1252, p -> {})
                    .param("charset");

            walk(top, 0, "text/plain");
            tick();
            for (Leaf leaf : leaves) {
                if (partCharset == null && leaf.type().startsWith("text/")) {
                    partCharset = leaf.contentType().param("charset");
                }
            }

            java.io.ByteArrayOutputStream eightBitText = new java.io.ByteArrayOutputStream();
            for (MimeEntity.Field h : top.fields()) {
                byte[] value = h.value() == null ? new byte[0] : h.value().getBytes(StandardCharsets.ISO_8859_1);
                if (!MailCharsets.isAscii(value) && !MailCharsets.isUtf8(value)) {
                    eightBitText.writeBytes(value);
                    eightBitText.write(' ');
                }
            }
            headerCjk = eightBitText.size() == 0 ? null : MailCharsets.detectCjk(eightBitText.toByteArray());

            Map<String, List<String>> headers = decodedHeaders(top);

            String subject = HeaderText.decode(top.header("Subject"), this::eightBit, this::problem);
            List<String> messageIds = HeaderText.messageIds(HeaderText.unfold(top.header("Message-ID")));
            Body body = body();
            tick();

            return new ParsedMail(
                    messageIds.isEmpty() ? null : messageIds.getFirst(),
                    HeaderText.messageIds(HeaderText.unfold(top.header("In-Reply-To"))),
                    HeaderText.messageIds(HeaderText.unfold(top.header("References"))),
                    sender(top),
                    recipients(top, "Reply-To"),
                    recipients(top, "To"),
                    recipients(top, "Cc"),
                    subject,
                    date(top.header("Date")),
                    body.text,
                    body.html,
                    List.copyOf(body.attachments),
                    headers,
                    signed,
                    encrypted,
                    List.copyOf(problems));
        }

        Map<String, List<String>> decodedHeaders(MimeEntity top) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (MimeEntity.Field h : top.fields()) {
                if (h.value() == null) {
                    continue;
                }
                headers.computeIfAbsent(h.name().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(HeaderText.decode(h.value(), this::eightBit, this::problem));
            }
            headers.replaceAll((name, values) -> List.copyOf(values));
            return Collections.unmodifiableMap(headers);
        }

        /**
         * Raw 8-bit header text that is not UTF-8: in the message's declared charset, else a CJK charset detected
         * confidently in all raw header text together or in this value, else the charset of the first text part, else
         * windows-1252. A display name alone is too short to detect; together with the subject it is not.
         */
        private String eightBit(byte[] bytes) {
            String label = MailCharsets.resolve(declaredCharset) != null ? declaredCharset : null;
            if (label == null) {
                Charset cjk = headerCjk != null ? headerCjk : MailCharsets.detectCjk(bytes);
                label = cjk != null
                        ? cjk.name()
                        : MailCharsets.resolve(partCharset) != null ? partCharset : "windows-1252";
            }
            problem("unencoded 8-bit header text, decoded as " + label);
            return MailCharsets.decode(bytes, label, this::problem);
        }

        private static String windows1252(byte[] bytes) {
            return new String(bytes, MailCharsets.WINDOWS_1252);
        }

        private static String guessed(byte[] bytes) {
            return new String(bytes, MailCharsets.guess(bytes));
        }

        /**
         * The first From mailbox with a domain; failing that, Reply-To, Sender or Return-Path, as Zammad does for
         * messages without a usable From; failing that, whatever From holds.
         */
        private MailAddress sender(MimeEntity top) {
            MailAddress fallback = null;
            for (String header : List.of("From", "Reply-To", "Sender", "Return-Path")) {
                for (MimeEntity.Field h : top.fields()) {
                    if (!h.name().strip().equalsIgnoreCase(header) || h.value() == null) {
                        continue;
                    }
                    for (MailAddress address : addresses(h.value())) {
                        if (address.address().contains("@")) {
                            if (!header.equals("From")) {
                                problem("no usable From header, sender taken from " + header);
                            }
                            return address;
                        }
                        if (fallback == null && header.equals("From")) {
                            fallback = address;
                        }
                    }
                }
            }
            return fallback;
        }

        /** Recipients of a header; mailboxes without a domain ("To: Recipients") cannot receive mail and are left out. */
        private List<MailAddress> recipients(MimeEntity top, String header) {
            return addresses(top.header(header)).stream()
                    .filter(a -> a.address().contains("@"))
                    .toList();
        }

        static byte[] withoutMboxLine(byte[] raw) {
            int start = 0;
            while (start < raw.length && (raw[start] == '\r' || raw[start] == '\n')) {
                start++;
            }
            if (raw.length - start > 5 && new String(raw, start, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
                while (start < raw.length && raw[start] != '\n') {
                    start++;
                }
                start++;
            }
            return start == 0 ? raw : Arrays.copyOfRange(raw, Math.min(start, raw.length), raw.length);
        }

        private void checkIsMail(byte[] bytes, MimeEntity top) {
            if (bytes.length == 0) {
                throw new MailRejectedException(Reason.NOT_A_MAIL, "not an e-mail message: no content");
            }
            boolean known = false;
            for (MimeEntity.Field h : top.fields()) {
                String name = h.name().strip().toLowerCase(Locale.ROOT);
                known |= h.value() != null && HEADER_NAME.matcher(name).matches() && MAIL_HEADERS.contains(name);
            }
            if (!known) {
                throw new MailRejectedException(
                        Reason.NOT_A_MAIL, "not an e-mail message: no From, To, Subject, Date or other mail header");
            }
        }

        private void countPart() {
            if (++parts > limits.maxParts()) {
                throw new MailRejectedException(
                        Reason.TOO_MANY_PARTS, "message has more than " + limits.maxParts() + " MIME parts");
            }
        }

        private void walk(MimeEntity entity, int depth, String defaultType) {
            tick();
            countPart();
            if (depth > limits.maxDepth()) {
                throw new MailRejectedException(
                        Reason.TOO_DEEP, "MIME parts nested deeper than " + limits.maxDepth() + " levels");
            }
            Parameterized contentType =
                    HeaderText.parameterized(entity.header("Content-Type"), this::eightBit, this::problem);
            String type = mediaType(contentType.value(), defaultType);
            if (type.startsWith("multipart/")) {
                walkMultipart(entity, depth, type, contentType);
                return;
            }
            byte[] data =
                    TransferDecoding.decode(entity.body(), entity.header("Content-Transfer-Encoding"), this::problem);
            Parameterized disposition =
                    HeaderText.parameterized(entity.header("Content-Disposition"), this::eightBit, this::problem);
            if (type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime")) {
                Smime.Opened opened = Smime.open(data);
                if (opened.kind() == Smime.Kind.SIGNED) {
                    signed = true;
                    walk(MimeEntity.read(opened.content()), depth + 1, "text/plain");
                    return;
                }
                String smimeType =
                        String.valueOf(contentType.param("smime-type")).toLowerCase(Locale.ROOT);
                if (opened.kind() == Smime.Kind.ENCRYPTED || smimeType.contains("enveloped")) {
                    encrypted = true;
                } else {
                    problem("unreadable S/MIME part, kept as attachment");
                }
            } else if (type.equals("application/pgp-encrypted")) {
                encrypted = true;
            }
            leaves.add(new Leaf(entity, type, contentType, disposition, data));
        }

        private void walkMultipart(MimeEntity entity, int depth, String type, Parameterized contentType) {
            if (type.equals("multipart/signed")) {
                signed = true;
            } else if (type.equals("multipart/encrypted")) {
                encrypted = true;
            }
            List<MimeEntity> children;
            try {
                children = entity.children(contentType.param("boundary"), limits.maxParts() - parts);
            } catch (IllegalStateException e) {
                if (e.getMessage().equals("too many parts")) {
                    throw new MailRejectedException(
                            Reason.TOO_MANY_PARTS, "message has more than " + limits.maxParts() + " MIME parts");
                }
                problem("broken " + type + " without readable parts, read as text");
                leaves.add(new Leaf(
                        entity,
                        "text/plain",
                        new Parameterized("text/plain", contentType.params()),
                        new Parameterized("", Map.of()),
                        TransferDecoding.decode(
                                entity.body(), entity.header("Content-Transfer-Encoding"), this::problem)));
                return;
            }
            if (parts + children.size() > limits.maxParts()) {
                throw new MailRejectedException(
                        Reason.TOO_MANY_PARTS, "message has more than " + limits.maxParts() + " MIME parts");
            }
            String childDefault = type.equals("multipart/digest") ? "message/rfc822" : "text/plain";
            for (MimeEntity child : children) {
                walk(child, depth + 1, childDefault);
            }
        }

        private static String mediaType(String value, String defaultType) {
            String type = value.replaceAll("\\s+", "");
            if (type.isEmpty() || !type.contains("/")) {
                return type.equals("text") ? "text/plain" : defaultType;
            }
            return type;
        }

        private record Body(String text, String html, List<ParsedAttachment> attachments) {}

        private Body body() {
            Leaf htmlLeaf = null;
            List<Leaf> textLeaves = new ArrayList<>();
            for (Leaf leaf : leaves) {
                if (leaf.isAttachment()) {
                    continue;
                }
                if (htmlLeaf == null && leaf.type().equals("text/html")) {
                    htmlLeaf = leaf;
                } else if (leaf.type().equals("text/plain")) {
                    textLeaves.add(leaf);
                }
            }
            String html = htmlLeaf == null ? null : lines(decodeText(htmlLeaf));
            if (html != null && html.isBlank()) {
                html = null;
            }
            if (htmlLeaf != null && textLeaves.size() > 1) {
                textLeaves = textLeaves.subList(0, 1);
            }
            List<ParsedAttachment> uuencoded = new ArrayList<>();
            Map<Leaf, String> texts = new LinkedHashMap<>();
            for (Leaf leaf : textLeaves) {
                texts.put(leaf, extractUuencoded(lines(decodeText(leaf)), uuencoded));
            }
            String text = texts.isEmpty() ? null : String.join("\n", texts.values());
            Map<Leaf, String> generatedIds = new LinkedHashMap<>();
            if (html == null && texts.size() > 1) {
                html = interleaved(texts, generatedIds);
            }
            if (text != null && text.isBlank()) {
                text = null;
            }
            if (text == null && html != null) {
                tick();
                text = HtmlText.of(html, this::tick);
            }

            List<String> names = new ArrayList<>();
            List<ParsedAttachment> files = new ArrayList<>();
            for (Leaf leaf : leaves) {
                if (leaf == htmlLeaf || texts.containsKey(leaf)) {
                    continue;
                }
                String name = unique(filename(leaf), names);
                String contentId = generatedIds.getOrDefault(leaf, leaf.contentId());
                boolean inline = contentId != null
                        && (!leaf.disposition().value().equals("attachment")
                                || (html != null && html.contains("cid:" + contentId)));
                files.add(new ParsedAttachment(name, leaf.type(), leaf.data(), contentId, inline));
            }
            for (ParsedAttachment uu : uuencoded) {
                files.add(new ParsedAttachment(unique(uu.filename(), names), uu.contentType(), uu.data(), null, false));
            }
            return new Body(text, html, files);
        }

        /**
         * HTML for a message that interleaves several plain-text parts with inline images, as Apple Mail sends them:
         * the texts in order with each image at its place, so the reader sees what the sender saw. Null when no image
         * sits between the texts.
         */
        private String interleaved(Map<Leaf, String> texts, Map<Leaf, String> generatedIds) {
            List<Leaf> textLeaves = new ArrayList<>(texts.keySet());
            int first = leaves.indexOf(textLeaves.getFirst());
            int last = leaves.indexOf(textLeaves.getLast());
            StringBuilder html = new StringBuilder();
            boolean image = false;
            for (Leaf leaf : leaves.subList(first, last + 1)) {
                if (texts.containsKey(leaf)) {
                    html.append(Entities.escape(texts.get(leaf)).replace("\n", "<br>\n"));
                } else if (leaf.type().startsWith("image/")
                        && !leaf.disposition().value().equals("attachment")) {
                    String id = leaf.contentId();
                    if (id == null) {
                        id = "part" + (leaves.indexOf(leaf) + 1) + "@frontline.invalid";
                        generatedIds.put(leaf, id);
                    }
                    html.append("<img src=\"cid:").append(Entities.escape(id)).append("\"><br>\n");
                    image = true;
                }
            }
            return image ? html.toString() : null;
        }

        private String decodeText(Leaf leaf) {
            return MailCharsets.decode(leaf.data(), leaf.contentType().param("charset"), this::problem);
        }

        private static String lines(String text) {
            return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        }

        /** Moves {@code begin 644 name ... end} blocks out of a text body into attachments. */
        private String extractUuencoded(String text, List<ParsedAttachment> into) {
            if (!text.contains("begin ")) {
                return text;
            }
            StringBuilder kept = new StringBuilder(text.length());
            String[] lines = text.split("\n", -1);
            int nextEnd = -1;
            int i = 0;
            while (i < lines.length) {
                Matcher begin = UU_BEGIN.matcher(lines[i]);
                int end = -1;
                if (begin.matches()) {
                    // one forward pass finds every block's "end", however many "begin" lines lack one
                    if (nextEnd <= i) {
                        nextEnd = i + 1;
                        while (nextEnd < lines.length && !lines[nextEnd].strip().equals("end")) {
                            nextEnd++;
                        }
                    }
                    end = nextEnd < lines.length ? nextEnd : -1;
                }
                if (end < 0) {
                    kept.append(lines[i]);
                    if (i < lines.length - 1) {
                        kept.append('\n');
                    }
                    i++;
                    continue;
                }
                countPart();
                String block = String.join("\n", Arrays.asList(lines).subList(i, end + 1)) + "\n";
                byte[] data = TransferDecoding.uudecode(block.getBytes(StandardCharsets.ISO_8859_1));
                String name = begin.group(1).strip();
                String type = URLConnection.guessContentTypeFromName(name);
                into.add(new ParsedAttachment(
                        name, type == null ? "application/octet-stream" : type, data, null, false));
                tick();
                i = end + 1;
            }
            return kept.toString();
        }

        private String filename(Leaf leaf) {
            String name = leaf.disposition().param("filename");
            if (isBlank(name)) {
                name = leaf.disposition().param("name");
            }
            String description =
                    HeaderText.decode(leaf.entity().header("Content-Description"), this::eightBit, p -> {});
            description = isBlank(description) ? null : description.strip();
            if (isBlank(name)
                    && (leaf.type().equals("message/rfc822") || leaf.type().equals("message/global"))) {
                name = embeddedSubject(leaf.data());
                name = !isBlank(name) ? name + ".eml" : description != null ? description + ".eml" : "Mail.eml";
            }
            if (isBlank(name)) {
                name = leaf.contentType().param("name");
            }
            String contentId = leaf.contentId();
            Matcher cidFile = contentId == null ? null : CID_FILE.matcher(contentId);
            if (isBlank(name) && cidFile != null && cidFile.matches()) {
                name = cidFile.group(1);
            }
            if (isBlank(name) && NAME_BY_TYPE.containsKey(leaf.type())) {
                String[] byType = NAME_BY_TYPE.get(leaf.type());
                name = (description != null ? description : byType[0]) + "." + byType[1];
            }
            if (isBlank(name) && contentId != null && contentId.indexOf('@') > 0) {
                name = contentId.substring(0, contentId.indexOf('@'));
            }
            if (isBlank(name)) {
                name = "file";
            }
            return name.replaceAll("[\\p{Cntrl}]", "").strip();
        }

        private String embeddedSubject(byte[] message) {
            MimeEntity embedded = MimeEntity.read(message);
            String subject = HeaderText.decode(embedded.header("Subject"), Run::guessed, p -> {});
            return subject == null ? null : subject.strip();
        }

        /** Zammad's scheme for repeated names: "a.txt", "a1.txt", "a2.txt". */
        private static String unique(String name, List<String> taken) {
            String candidate = name;
            int dot = name.indexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot) : "";
            for (int i = 1; taken.contains(candidate); i++) {
                candidate = stem + i + extension;
            }
            taken.add(candidate);
            return candidate;
        }

        private List<MailAddress> addresses(String raw) {
            if (raw == null) {
                return List.of();
            }
            String text = HeaderText.decodeWordsForAddresses(
                    HeaderText.repair8bit(HeaderText.unfold(raw), this::eightBit), this::problem);
            List<MailAddress> result = new ArrayList<>();
            try {
                for (InternetAddress address : InternetAddress.parseHeader(text, false)) {
                    collect(address, result, text);
                }
            } catch (AddressException e) {
                problem("unparsable address header, addresses picked out of it");
                Matcher m = ADDRESS.matcher(text);
                while (m.find()) {
                    result.add(new MailAddress(m.group(), null));
                }
            }
            return List.copyOf(result);
        }

        private void collect(InternetAddress address, List<MailAddress> into, String rawHeader) {
            if (address.isGroup()) {
                try {
                    for (InternetAddress member : address.getGroup(false)) {
                        collect(member, into, rawHeader);
                    }
                } catch (AddressException e) {
                    problem("unparsable address group");
                }
                return;
            }
            String mailbox =
                    address.getAddress() == null ? "" : address.getAddress().strip();
            if (mailbox.isEmpty()) {
                return;
            }
            String name = address.getPersonal();
            if (name != null && name.contains("(") && !rawHeader.contains("\"" + name + "\"")) {
                // RFC 5322: a comment next to a display name is not part of it
                String withoutComments = name.replaceAll("\\([^()]*\\)", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
                name = withoutComments.isEmpty() ? name : withoutComments;
            }
            if (name != null) {
                name = name.strip();
                if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
                    name = name.substring(1, name.length() - 1).strip();
                }
            }
            into.add(new MailAddress(mailbox, isBlank(name) ? null : name));
        }

        private Instant date(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String value = HeaderText.unfold(raw).strip();
            Date date = new MailDateFormat().parse(value, new ParsePosition(0));
            if (date == null) {
                problem("unreadable Date header: " + value);
                return null;
            }
            return date.toInstant();
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
