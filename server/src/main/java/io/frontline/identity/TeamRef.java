package io.frontline.identity;

/** The published view of a team. */
public record TeamRef(long id, String name, TeamKind kind) {}
