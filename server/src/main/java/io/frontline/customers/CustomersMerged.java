package io.frontline.customers;

import io.frontline.kernel.Actor;

/**
 * A duplicate customer was merged into a survivor. Published inside the merging transaction, so that listeners move
 * what they own (tickets) atomically with the merge.
 */
public record CustomersMerged(long sourceId, long survivorId, Actor actor) {}
