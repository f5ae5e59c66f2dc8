package io.frontline.automation;

/**
 * One test on a ticket, for example {@code {"field":"priority","op":"is","value":["high","urgent"]}}. Fields and
 * operators are listed in {@code docs/automation.md}; a list value means "any of these".
 */
public record Condition(String field, String op, Object value) {}
