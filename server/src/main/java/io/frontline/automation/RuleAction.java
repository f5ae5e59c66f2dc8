package io.frontline.automation;

/**
 * What a trigger or time rule does: {@code set} a field ({@code field} status, priority, type, teamId, assigneeId or
 * {@code custom.<key>}, {@code value}), {@code add_tags}/{@code remove_tags} ({@code value} a list), {@code note} and
 * {@code reply} ({@code value} a template with placeholders), {@code notify} ({@code field} assignee, team, leads or
 * {@code agent:<id>}, {@code value} a template), {@code webhook} ({@code field} the URL, {@code value} an optional
 * body template) and {@code escalate} ({@code value} the reason).
 */
public record RuleAction(String type, String field, Object value) {}
