package io.frontline.tickets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One custom field value of a ticket in a form that list filters compare through indexes: text lower-cased (text
 * filters ignore case), numbers as numbers, dates as dates. The type is read from the canonical value, which the
 * validator has already brought to its field's type; a text that happens to read as a date gets a date too, which no
 * filter on a text field looks at.
 */
@Embeddable
public class FieldValue {

    /** Longer texts get no row: an index entry must stay small, and a filter value is never this long. */
    public static final int MAX_TEXT = 255;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "number_value")
    private Double numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    protected FieldValue() {}

    private FieldValue(String textValue, Double numberValue, LocalDate dateValue) {
        this.textValue = textValue;
        this.numberValue = numberValue;
        this.dateValue = dateValue;
    }

    /** The comparable form of a canonical value, or {@code null} when there is nothing a filter could match. */
    static FieldValue of(Object value) {
        return switch (value) {
            case null -> null;
            case Number number -> new FieldValue(null, number.doubleValue(), null);
            case Boolean flag -> new FieldValue(flag.toString(), null, null);
            case String text -> {
                if (text.length() > MAX_TEXT) yield null;
                yield new FieldValue(text(text), null, date(text));
            }
            default -> null;
        };
    }

    /** Text as compared by filters. */
    public static String text(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getTextValue() {
        return textValue;
    }

    public Double getNumberValue() {
        return numberValue;
    }

    public LocalDate getDateValue() {
        return dateValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldValue that
                && Objects.equals(textValue, that.textValue)
                && Objects.equals(numberValue, that.numberValue)
                && Objects.equals(dateValue, that.dateValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(textValue, numberValue, dateValue);
    }
}
