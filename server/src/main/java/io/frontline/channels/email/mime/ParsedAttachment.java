package io.frontline.channels.email.mime;

/**
 * A file carried by a message: an attachment, or an inline part (usually an image) that the HTML body refers to by
 * {@code cid:contentId}. {@code contentId} is given without angle brackets.
 */
public record ParsedAttachment(String filename, String contentType, byte[] data, String contentId, boolean inline) {}
