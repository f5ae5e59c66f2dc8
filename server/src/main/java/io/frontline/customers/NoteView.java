package io.frontline.customers;

import java.time.Instant;

public record NoteView(long id, long customerId, Long authorId, String authorName, String body, Instant createdAt) {}
