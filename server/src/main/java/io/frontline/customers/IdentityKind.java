package io.frontline.customers;

/** How a customer can be reached and recognised. */
public enum IdentityKind {
    EMAIL,
    PHONE,
    HANDLE
}
