package io.frontline.tickets.web;

import io.frontline.tickets.FieldType;

/** A custom ticket field as an admin edits it; dropdown options one per line. */
record FieldForm(
        String key,
        String label,
        FieldType type,
        String options,
        Boolean requiredToSolve,
        Boolean active,
        Integer position) {}
