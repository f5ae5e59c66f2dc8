package io.frontline.tickets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A condition on an admin-defined ticket field in a ticket list filter. Built from what a client typed by
 * {@link TicketFields#conditions}, which knows each field's type.
 */
public sealed interface FieldCondition {

    /** The field's key. */
    String key();

    /** A text or dropdown field has exactly this value, ignoring case. */
    record Is(String key, String value) implements FieldCondition {}

    /** A checkbox is ticked ({@code true}) or not ({@code false}; a ticket without the value counts as not ticked). */
    record Checked(String key, boolean checked) implements FieldCondition {}

    /** A number field's value lies within {@code min} and {@code max}, both included; a {@code null} end is open. */
    record NumberBetween(String key, BigDecimal min, BigDecimal max) implements FieldCondition {}

    /** A date field's value lies within {@code from} and {@code to}, both days included; a {@code null} end is open. */
    record DateBetween(String key, LocalDate from, LocalDate to) implements FieldCondition {}
}
