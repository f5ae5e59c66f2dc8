package io.frontline.customers.web;

import io.frontline.customers.OrganizationTier;

/** An organization as edited: domains one per line or comma. */
record OrganizationForm(String name, String domains, OrganizationTier tier, String notes) {}
