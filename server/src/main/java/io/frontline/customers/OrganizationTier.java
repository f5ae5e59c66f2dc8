package io.frontline.customers;

/** The service level an organization has bought; VIP customers are shown and routed differently. */
public enum OrganizationTier {
    STANDARD,
    PREMIUM,
    VIP
}
