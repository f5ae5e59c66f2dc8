package io.frontline.channels.chat.internal;

import io.frontline.channels.chat.ChatVisitor;
import java.security.Principal;

/** The user of a visitor's WebSocket session, set from the visitor token of its CONNECT frame. */
public record VisitorPrincipal(ChatVisitor visitor) implements Principal {

    @Override
    public String getName() {
        return "visitor:" + visitor.visitorId();
    }
}
