package io.frontline.channels.chat.rest;

import io.frontline.channels.chat.ChatMessageView;
import io.frontline.channels.chat.ChatService;
import io.frontline.channels.chat.ChatWidgets;
import io.frontline.channels.chat.ConversationView;
import io.frontline.channels.chat.WidgetInput;
import io.frontline.channels.chat.WidgetView;
import io.frontline.channels.chat.internal.ChatRouter;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.Availability;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chat for agents and admins: widgets, presence and capacity, the queue, lines, transfer and end. Served twice: at
 * {@code /api/v1/chat} for API clients (bearer tokens) and at {@code /chat/console/api} for the console in the
 * browser (session and CSRF token), with the same handlers and rules.
 */
@RestController
@RequestMapping({"/api/v1/chat", "/chat/console/api"})
class ChatAgentApi {

    record PresenceRequest(String presence, Integer capacity) {}

    record Presence(long agentId, String presence, int capacity, int open) {}

    record AgentLine(
            @NotBlank @Size(max = 64) String clientMessageId,
            @NotBlank @Size(max = 20_000) String text,
            Boolean internal) {}

    record TransferRequest(
            Long agentId, Long teamId, @Size(max = 2000) String note) {}

    record EndRequest(Boolean solve) {}

    private final ChatService chats;
    private final ChatWidgets widgets;
    private final ChatRouter router;

    ChatAgentApi(ChatService chats, ChatWidgets widgets, ChatRouter router) {
        this.chats = chats;
        this.widgets = widgets;
        this.router = router;
    }

    @GetMapping("/widgets")
    @PreAuthorize("hasRole('ADMIN')")
    List<WidgetView> widgets() {
        return widgets.list();
    }

    @GetMapping("/widgets/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    WidgetView widget(@PathVariable long id) {
        return widgets.get(id);
    }

    @PostMapping("/widgets")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<WidgetView> create(@Valid @RequestBody WidgetInput input) {
        WidgetView created = widgets.create(input, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/chat/widgets/" + created.id()))
                .body(created);
    }

    @PutMapping("/widgets/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    WidgetView update(@PathVariable long id, @Valid @RequestBody WidgetInput input) {
        return widgets.update(id, input, CurrentAgent.actor());
    }

    @GetMapping("/presence")
    Presence presence() {
        return presence(router.presence(CurrentAgent.require().id()));
    }

    @PutMapping("/presence")
    Presence setPresence(@RequestBody PresenceRequest request) {
        AgentPrincipal me = CurrentAgent.require();
        return presence(router.setPresence(me.id(), request.presence(), request.capacity(), me.actor()));
    }

    @GetMapping("/agents")
    List<ChatService.AgentLoad> agents() {
        return chats.agents();
    }

    @GetMapping("/conversations")
    List<ConversationView> conversations(@RequestParam(defaultValue = "mine") String scope) {
        return switch (scope) {
            case "queued" -> chats.queue();
            default -> chats.openChats(CurrentAgent.require().id());
        };
    }

    @GetMapping("/conversations/{id}")
    ConversationView conversation(@PathVariable long id) {
        return chats.get(id);
    }

    @GetMapping("/conversations/{id}/messages")
    List<ChatMessageView> messages(@PathVariable long id, @RequestParam(defaultValue = "0") long after) {
        return chats.transcript(id, after);
    }

    @PostMapping("/conversations/{id}/messages")
    ChatMessageView post(@PathVariable long id, @Valid @RequestBody AgentLine line) {
        return chats.postFromAgent(
                CurrentAgent.require(),
                id,
                line.clientMessageId(),
                line.text(),
                Boolean.TRUE.equals(line.internal()),
                null);
    }

    @PostMapping("/conversations/{id}/transfer")
    ConversationView transfer(@PathVariable long id, @RequestBody TransferRequest request) {
        return chats.transfer(id, request.agentId(), request.teamId(), request.note(), CurrentAgent.actor());
    }

    @PostMapping("/conversations/{id}/end")
    ConversationView end(@PathVariable long id, @RequestBody(required = false) EndRequest request) {
        return chats.end(id, CurrentAgent.actor(), request != null && Boolean.TRUE.equals(request.solve()));
    }

    private Presence presence(Availability state) {
        return new Presence(
                state.agentId(),
                state.presence(),
                state.chatCapacity(),
                chats.openChats(state.agentId()).size());
    }
}
