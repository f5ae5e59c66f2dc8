package io.frontline.search;

/** One as-you-type completion: what it is, its id, the text to show and a secondary line. */
public record Suggestion(ResultType type, long id, String label, String detail) {}
