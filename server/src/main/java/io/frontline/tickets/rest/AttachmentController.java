package io.frontline.tickets.rest;

import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.InvalidInputException;
import io.frontline.tickets.AttachmentView;
import io.frontline.tickets.Attachments;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentController {

    /** Types a browser may show inline without risk; everything else downloads. SVG can carry script, so it downloads. */
    private static final Set<String> INLINE =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain");

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "a non-empty multipart part named 'file' is required");
        }
        AttachmentView stored = attachments.upload(
                file.getInputStream(), file.getOriginalFilename(), file.getContentType(), CurrentAgent.actor());
        return ResponseEntity.created(URI.create(stored.url())).body(stored);
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        Attachments.Download download = attachments.open(id);
        AttachmentView a = download.attachment();
        boolean inline = INLINE.contains(a.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .eTag("\"" + a.sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }
}
