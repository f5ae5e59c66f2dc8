package io.frontline.tickets;

import java.util.List;

/** A page of results and the cursor of the next page ({@code null} on the last page). */
public record Page<T>(List<T> items, String nextCursor) {}
