/** The email channel: mailboxes, raw intake over IMAP and HTTP, threading, loop protection and the SMTP outbox. */
package io.frontline.channels.email;
