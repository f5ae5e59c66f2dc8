package io.frontline.tickets;

import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.internal.Attachment;
import io.frontline.tickets.internal.AttachmentRepository;
import io.frontline.tickets.internal.AttachmentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores files for messages and hands them out again with their name and type. */
@Service
public class Attachments {

    /** An attachment ready to be streamed to a client. */
    public record Download(AttachmentView attachment, InputStream content) {}

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, AttachmentStore store, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public AttachmentView upload(InputStream content, String filename, String contentType, Actor actor) {
        return view(save(content, filename, contentType, actor));
    }

    @Transactional(readOnly = true)
    public Download open(long id) throws IOException {
        Attachment attachment = attachments.findById(id).orElseThrow(() -> new NotFoundException("Attachment", id));
        return new Download(view(attachment), store.open(attachment.getSha256()));
    }

    /** Resolves the attachments of a new message: uploaded ones by id, inline ones stored now. */
    List<Attachment> resolve(List<AttachmentInput> inputs, Actor actor, List<FieldViolation> problems) {
        List<Attachment> resolved = new ArrayList<>();
        if (inputs == null) {
            return resolved;
        }
        for (int i = 0; i < inputs.size(); i++) {
            AttachmentInput input = inputs.get(i);
            String field = "message.attachments[" + i + "]";
            if (input.id() != null) {
                attachments
                        .findById(input.id())
                        .ifPresentOrElse(
                                resolved::add,
                                () -> problems.add(new FieldViolation(field + ".id", "is not an uploaded attachment")));
            } else if (input.data() != null) {
                byte[] bytes;
                try {
                    bytes = Base64.getMimeDecoder().decode(input.data());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldViolation(field + ".data", "is not valid base64"));
                    continue;
                }
                if (bytes.length > store.maxSize()) {
                    problems.add(new FieldViolation(field + ".data", "is larger than " + store.maxSize() + " bytes"));
                    continue;
                }
                resolved.add(save(new ByteArrayInputStream(bytes), input.filename(), input.contentType(), actor));
            } else {
                problems.add(new FieldViolation(field, "needs either id or data"));
            }
        }
        return resolved;
    }

    private Attachment save(InputStream content, String filename, String contentType, Actor actor) {
        AttachmentStore.Stored stored = store.store(content);
        String name = cleanFilename(filename);
        return attachments.save(new Attachment(
                stored.sha256(),
                name,
                contentType(contentType, name),
                stored.size(),
                actor.isAgent() ? actor.id() : null,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    static String cleanFilename(String filename) {
        if (filename == null) {
            return "attachment";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String contentType(String declared, String filename) {
        if (declared != null && !declared.isBlank()) {
            try {
                MediaType type = MediaType.parseMediaType(declared);
                if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                    return type.toString().toLowerCase(Locale.ROOT);
                }
            } catch (InvalidMediaTypeException ignored) {
                // fall back to the file name below
            }
        }
        return MediaTypeFactory.getMediaType(filename)
                .map(MediaType::toString)
                .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
    }

    static AttachmentView view(Attachment a) {
        return new AttachmentView(
                a.getId(),
                a.getFilename(),
                a.getContentType(),
                a.getSize(),
                a.getSha256(),
                "/api/v1/attachments/" + a.getId());
    }
}
