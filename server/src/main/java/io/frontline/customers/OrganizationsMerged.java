package io.frontline.customers;

import io.frontline.kernel.Actor;

/** A duplicate organization was merged into a survivor; published inside the merging transaction. */
public record OrganizationsMerged(long sourceId, long survivorId, Actor actor) {}
