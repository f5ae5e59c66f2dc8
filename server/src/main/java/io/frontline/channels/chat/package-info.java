/**
 * The live-chat channel: the embeddable widget, visitor sessions over STOMP, chat routing by presence, capacity and
 * language, and the agent console. Every conversation is a ticket on the {@code chat} channel.
 */
@NamedInterface("chat")
package io.frontline.channels.chat;

import org.springframework.modulith.NamedInterface;
