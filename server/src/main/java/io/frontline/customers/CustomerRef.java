package io.frontline.customers;

/** The published view of a customer that other modules may hold on to. */
public record CustomerRef(long id, String name, String email, Long organizationId, String language) {}
