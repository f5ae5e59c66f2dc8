package io.frontline.tickets;

/** How two tickets relate. */
public enum LinkKind {
    /** Agents linked the two by hand. */
    RELATED,
    /** The ticket continues a closed one (its {@code followUpOfId}). */
    FOLLOW_UP,
    /** The ticket was merged into the other. */
    MERGED
}
