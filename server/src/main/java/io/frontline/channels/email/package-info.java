/** The email channel: mailboxes, raw intake over IMAP and HTTP, threading, loop protection and the SMTP outbox. */
@NamedInterface("email")
package io.frontline.channels.email;

import org.springframework.modulith.NamedInterface;
