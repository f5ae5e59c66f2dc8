package io.frontline.tickets.web;

/** Another ticket by number, to merge into or to link with. */
record TicketRefForm(Long otherId) {}
