package io.frontline.tickets.internal;

import io.frontline.kernel.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks ticket custom field values against their definitions and brings them to one canonical form: numbers as
 * numbers, dates as {@code yyyy-MM-dd}, checkboxes as booleans, dropdowns as one of their options.
 */
@Component
public class CustomFieldValidator {

    private final FieldDefinitionRepository definitions;

    CustomFieldValidator(FieldDefinitionRepository definitions) {
        this.definitions = definitions;
    }

    /** The canonical values; adds a violation for every key that is unknown, inactive or of the wrong shape. */
    public Map<String, Object> validate(Map<String, Object> values, List<FieldViolation> problems) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        if (values == null || values.isEmpty()) {
            return canonical;
        }
        values.forEach((key, value) -> {
            String field = "customFields." + key;
            FieldDefinition definition = definitions.findByFieldKey(key).orElse(null);
            if (definition == null) {
                problems.add(new FieldViolation(field, "is not a defined ticket field"));
            } else if (!definition.isActive()) {
                problems.add(new FieldViolation(field, "is no longer in use"));
            } else if (value == null) {
                canonical.put(key, null);
            } else {
                Object converted = convert(definition, value);
                if (converted == null) {
                    problems.add(new FieldViolation(field, expectation(definition)));
                } else {
                    canonical.put(key, converted);
                }
            }
        });
        return canonical;
    }

    static Object convert(FieldDefinition definition, Object value) {
        return switch (definition.getType()) {
            case TEXT -> value instanceof String s && s.length() <= 10_000 ? s : null;
            case NUMBER -> number(value);
            case DATE -> {
                if (!(value instanceof String s)) yield null;
                try {
                    yield LocalDate.parse(s).toString();
                } catch (DateTimeParseException e) {
                    yield null;
                }
            }
            case DROPDOWN ->
                value instanceof String s && definition.getOptions().contains(s) ? s : null;
            case CHECKBOX -> value instanceof Boolean b ? b : null;
        };
    }

    private static Object number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String expectation(FieldDefinition definition) {
        return switch (definition.getType()) {
            case TEXT -> "must be text of at most 10000 characters";
            case NUMBER -> "must be a number";
            case DATE -> "must be a date as yyyy-MM-dd";
            case DROPDOWN -> "must be one of " + definition.getOptions();
            case CHECKBOX -> "must be true or false";
        };
    }

    /** Keys of active fields that must have a value before a ticket can be solved. */
    public List<FieldDefinition> requiredToSolve() {
        return definitions.findAllByOrderByPositionAscIdAsc().stream()
                .filter(d -> d.isActive() && d.isRequiredToSolve())
                .toList();
    }
}
