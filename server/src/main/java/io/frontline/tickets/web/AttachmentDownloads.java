package io.frontline.tickets.web;

import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attachments for the signed-in browser session (the API route takes tokens only). Same safety as the API: only
 * harmless types inline, no sniffing, and a sandbox so that a file can never run script on our origin.
 */
@Controller
class AttachmentDownloads {

    private static final Set<String> INLINE =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain");

    private final Attachments attachments;

    AttachmentDownloads(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean download) throws IOException {
        Attachments.Download file = attachments.open(id);
        AttachmentView a = file.attachment();
        boolean inline = !download && INLINE.contains(a.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(a.filename(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .eTag("\"" + a.sha256() + "\"")
                .body(new InputStreamResource(file.content()));
    }
}
