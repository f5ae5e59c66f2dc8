package io.frontline.tickets;

public record AttachmentView(long id, String filename, String contentType, long size, String sha256, String url) {}
