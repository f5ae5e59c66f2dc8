package io.frontline.tickets;

public enum TicketType {
    QUESTION,
    INCIDENT,
    PROBLEM,
    TASK
}
