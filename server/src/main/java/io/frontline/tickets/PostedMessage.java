package io.frontline.tickets;

/**
 * The result of adding a message: the message and the ticket it landed on, which is a new follow-up ticket when the
 * customer wrote to a closed one.
 */
public record PostedMessage(MessageView message, TicketView ticket, boolean followUpCreated) {}
