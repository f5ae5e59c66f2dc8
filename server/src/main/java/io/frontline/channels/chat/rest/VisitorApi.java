package io.frontline.channels.chat.rest;

import io.frontline.channels.chat.ChatMessageView;
import io.frontline.channels.chat.ChatService;
import io.frontline.channels.chat.ChatVisitor;
import io.frontline.channels.chat.ChatWidgets;
import io.frontline.channels.chat.ConversationView;
import io.frontline.channels.chat.OfflineMessage;
import io.frontline.channels.chat.StartChat;
import io.frontline.channels.chat.WidgetView;
import io.frontline.channels.chat.internal.ChatProperties;
import io.frontline.channels.chat.internal.ChatRateLimits;
import io.frontline.channels.chat.internal.VisitorTokens;
import io.frontline.customers.CustomerDirectory;
import io.frontline.customers.CustomerRef;
import io.frontline.kernel.Actor;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.kernel.PayloadTooLargeException;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import io.frontline.tickets.TicketView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The visitor's side of chat over HTTP, used by the widget: a visitor token, the widget's settings, starting a chat,
 * catching up after a reconnect, files, the offline form. Every call but the first two needs the visitor token in
 * {@code X-Visitor-Token}; a visitor reaches only their own conversations (others answer 404).
 */
@RestController
@RequestMapping("/chat/api")
class VisitorApi {

    record VisitorRequest(
            @NotBlank @Size(max = 40) String widget,
            @Size(max = 300) String token,
            @Valid Identity identity) {}

    /** A website's signed-in user: {@code signature} is hex HMAC-SHA256(widget identity secret, lower-case email). */
    record Identity(
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 200) String name,
            @NotBlank @Size(max = 128) String signature) {}

    record VisitorResponse(String visitorId, String token, boolean verified) {}

    record WidgetConfig(
            String key,
            String name,
            String greeting,
            String offlineMessage,
            String color,
            String language,
            List<WidgetView.PrechatField> prechatFields,
            boolean online,
            long maxUploadBytes,
            List<String> uploadTypes) {}

    record LineRequest(
            @NotBlank @Size(max = 64) String clientMessageId,
            @Size(max = 20_000) String text) {}

    record OfflineResponse(long ticketId) {}

    private final ChatService chats;
    private final ChatWidgets widgets;
    private final VisitorTokens tokens;
    private final ChatRateLimits limits;
    private final ChatProperties properties;
    private final Attachments attachments;
    private final CustomerDirectory customers;

    VisitorApi(
            ChatService chats,
            ChatWidgets widgets,
            VisitorTokens tokens,
            ChatRateLimits limits,
            ChatProperties properties,
            Attachments attachments,
            CustomerDirectory customers) {
        this.chats = chats;
        this.widgets = widgets;
        this.tokens = tokens;
        this.limits = limits;
        this.properties = properties;
        this.attachments = attachments;
        this.customers = customers;
    }

    @GetMapping("/widgets/{key}")
    WidgetConfig widget(@PathVariable String key) {
        WidgetView w = widget0(key);
        return new WidgetConfig(
                w.key(),
                w.name(),
                w.greeting(),
                w.offlineMessage(),
                w.color(),
                w.language(),
                w.prechatFields(),
                chats.available(w),
                properties.maxUpload().toBytes(),
                properties.uploadTypes());
    }

    /** A token for a new visitor, a refreshed one for a returning visitor, or one bound to a verified customer. */
    @PostMapping("/visitors")
    VisitorResponse visitor(@Valid @RequestBody VisitorRequest request) {
        WidgetView w = widget0(request.widget());
        if (request.identity() != null) {
            String secret = widgets.identitySecret(w.id()).orElse(null);
            if (!VisitorTokens.identityMatches(
                    secret, request.identity().email(), request.identity().signature())) {
                throw new InvalidInputException("identity.signature", "does not match the widget's identity secret");
            }
            CustomerRef customer = customers.findOrCreateByEmail(
                    request.identity().email(), request.identity().name(), Actor.SYSTEM);
            String id = ChatVisitor.verifiedId(customer.id());
            return new VisitorResponse(id, tokens.issue(id, w.id()), true);
        }
        if (request.token() != null) {
            ChatVisitor known = tokens.verify(request.token()).orElse(null);
            if (known != null && known.widgetId() == w.id()) {
                return new VisitorResponse(
                        known.visitorId(), tokens.issue(known.visitorId(), w.id()), known.verifiedCustomerId() != null);
            }
        }
        String token = tokens.issue(w.id());
        return new VisitorResponse(tokens.verify(token).orElseThrow().visitorId(), token, false);
    }

    @PostMapping("/conversations")
    ResponseEntity<ConversationView> start(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token,
            @Valid @RequestBody StartChat request) {
        ChatVisitor visitor = visitor(token);
        ConversationView started = chats.start(visitor, request);
        return ResponseEntity.created(URI.create("/chat/api/conversations/" + started.id()))
                .body(started);
    }

    @GetMapping("/conversations")
    List<ConversationView> conversations(@RequestHeader(name = "X-Visitor-Token", required = false) String token) {
        return chats.conversations(visitor(token));
    }

    @GetMapping("/conversations/{id}")
    ConversationView conversation(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token, @PathVariable long id) {
        return chats.conversation(visitor(token), id);
    }

    @GetMapping("/conversations/{id}/messages")
    List<ChatMessageView> messages(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long after) {
        return chats.messages(visitor(token), id, after);
    }

    @PostMapping("/conversations/{id}/messages")
    ChatMessageView post(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token,
            @PathVariable long id,
            @Valid @RequestBody LineRequest line) {
        ChatVisitor visitor = visitor(token);
        limitMessages(visitor);
        return chats.postFromVisitor(visitor, id, line.clientMessageId(), line.text(), null);
    }

    @PostMapping(path = "/conversations/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ChatMessageView upload(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token,
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam String clientMessageId,
            @RequestParam(required = false) String text)
            throws IOException {
        ChatVisitor visitor = visitor(token);
        limitMessages(visitor);
        ConversationView conversation = chats.conversation(visitor, id);
        if (file.getSize() > properties.maxUpload().toBytes()) {
            throw new PayloadTooLargeException(
                    "A chat file may be at most " + properties.maxUpload().toMegabytes() + " MB.");
        }
        String type = file.getContentType() == null
                ? ""
                : file.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!properties.uploadTypes().contains(type)) {
            throw new InvalidInputException(
                    "file", "files of type " + (type.isEmpty() ? "unknown" : type) + " cannot be sent in chat");
        }
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "is empty");
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "file"
                        : file.getOriginalFilename();
        AttachmentView stored = attachments.upload(
                file.getInputStream(),
                name,
                type,
                Actor.customer(conversation.customerId(), conversation.visitorName()));
        return chats.postFromVisitor(visitor, id, clientMessageId, text, List.of(stored));
    }

    /** A file on the visitor's own conversation; the token may come as {@code ?t=} so that links work. */
    @GetMapping("/conversations/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @RequestHeader(name = "X-Visitor-Token", required = false) String header,
            @RequestParam(name = "t", required = false) String query,
            @PathVariable long id,
            @PathVariable long fileId)
            throws IOException {
        ChatVisitor visitor = visitor(header != null ? header : query);
        if (!chats.mayDownload(visitor, id, fileId)) {
            throw new NotFoundException("File", fileId);
        }
        Attachments.Download file = attachments.open(fileId);
        AttachmentView a = file.attachment();
        boolean image = a.contentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(a.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(new InputStreamResource(file.content()));
    }

    @PostMapping("/conversations/{id}/end")
    ConversationView end(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token, @PathVariable long id) {
        return chats.endByVisitor(visitor(token), id);
    }

    @PostMapping("/conversations/{id}/transcript")
    ResponseEntity<Map<String, Object>> transcript(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token, @PathVariable long id) {
        String to = chats.emailTranscript(visitor(token), id);
        return ResponseEntity.accepted().body(Map.of("to", to));
    }

    @PostMapping("/widgets/{key}/offline")
    ResponseEntity<OfflineResponse> offline(
            @RequestHeader(name = "X-Visitor-Token", required = false) String token,
            @PathVariable String key,
            @Valid @RequestBody OfflineMessage message) {
        ChatVisitor visitor = visitor(token);
        limitMessages(visitor);
        WidgetView w = widget0(key);
        if (w.id() != visitor.widgetId()) {
            throw new NotFoundException("Chat widget", key);
        }
        TicketView ticket = chats.leaveMessage(w, message);
        return ResponseEntity.status(201).body(new OfflineResponse(ticket.id()));
    }

    private WidgetView widget0(String key) {
        return widgets.byKey(key).orElseThrow(() -> new NotFoundException("Chat widget", key));
    }

    private ChatVisitor visitor(String token) {
        return tokens.verify(token).orElseThrow(VisitorTokenRequired::new);
    }

    private void limitMessages(ChatVisitor visitor) {
        if (!limits.visitorMayPost(visitor.visitorId())) {
            throw new RateLimited(60);
        }
    }
}
