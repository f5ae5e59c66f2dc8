/** Turning raw RFC 5322 bytes into a {@link io.frontline.channels.email.mime.ParsedMail}, tolerant of real-world mail. */
package io.frontline.channels.email.mime;
