/** The core: tickets, their messages, notes, attachments, history, links and custom fields. Knows no channel. */
package io.frontline.tickets;
