package io.frontline.tickets;

/** The type of an admin-defined ticket field, which decides how its values are validated. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    DROPDOWN,
    CHECKBOX
}
