package io.frontline.tickets;

/** A public message is seen by the customer; an internal note only by agents. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
