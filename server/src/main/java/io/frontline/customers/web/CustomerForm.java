package io.frontline.customers.web;

/** A customer's profile as edited: lists are one entry per line or comma. */
record CustomerForm(
        String name,
        String emails,
        String phones,
        String handles,
        String language,
        String timeZone,
        Long organizationId,
        String tags) {}
