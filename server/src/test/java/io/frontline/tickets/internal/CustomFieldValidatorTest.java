package io.frontline.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.tickets.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFieldValidatorTest {

    private static FieldDefinition field(FieldType type, List<String> options) {
        return new FieldDefinition("f", "F", type, options, Instant.EPOCH);
    }

    @Test
    void acceptsNumbersAndNumericStrings() {
        FieldDefinition number = field(FieldType.NUMBER, null);

        assertThat(CustomFieldValidator.convert(number, 42)).isEqualTo(42);
        assertThat(CustomFieldValidator.convert(number, " 3.50 ")).isEqualTo(new BigDecimal("3.50"));
        assertThat(CustomFieldValidator.convert(number, "three")).isNull();
        assertThat(CustomFieldValidator.convert(number, true)).isNull();
    }

    @Test
    void acceptsOnlyIsoDates() {
        FieldDefinition date = field(FieldType.DATE, null);

        assertThat(CustomFieldValidator.convert(date, "2026-02-28")).isEqualTo("2026-02-28");
        assertThat(CustomFieldValidator.convert(date, "2026-02-30")).isNull();
        assertThat(CustomFieldValidator.convert(date, "28.02.2026")).isNull();
    }

    @Test
    void acceptsOnlyTheOptionsOfADropdown() {
        FieldDefinition dropdown = field(FieldType.DROPDOWN, List.of("basic", "pro"));

        assertThat(CustomFieldValidator.convert(dropdown, "pro")).isEqualTo("pro");
        assertThat(CustomFieldValidator.convert(dropdown, "Pro")).isNull();
    }

    @Test
    void acceptsOnlyBooleansForCheckboxesAndBoundedTextForText() {
        assertThat(CustomFieldValidator.convert(field(FieldType.CHECKBOX, null), false))
                .isEqualTo(false);
        assertThat(CustomFieldValidator.convert(field(FieldType.CHECKBOX, null), "yes"))
                .isNull();
        assertThat(CustomFieldValidator.convert(field(FieldType.TEXT, null), "x".repeat(10_001)))
                .isNull();
        assertThat(CustomFieldValidator.convert(field(FieldType.TEXT, null), 12))
                .isNull();
    }
}
