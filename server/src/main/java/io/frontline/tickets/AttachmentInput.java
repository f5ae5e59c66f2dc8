package io.frontline.tickets;

import jakarta.validation.constraints.Size;

/**
 * An attachment on a new message: either {@code id} of a file uploaded before through {@code POST
 * /api/v1/attachments}, or a small file inline as {@code filename}, {@code contentType} and base64 {@code data}.
 */
public record AttachmentInput(
        Long id,
        @Size(max = 255) String filename,
        @Size(max = 200) String contentType,
        String data) {}
