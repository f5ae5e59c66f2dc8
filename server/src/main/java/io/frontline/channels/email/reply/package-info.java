/**
 * What the customer actually wrote: separating a reply from the quoted history and the signature that mail clients
 * append to it, in plain text and HTML, and learning a sender's signature from their earlier messages. Plain Java with
 * no Spring dependencies; {@link io.frontline.channels.email.reply.ReplyExtractor} is the entry point.
 */
package io.frontline.channels.email.reply;
