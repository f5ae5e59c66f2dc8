/**
 * Service levels and automation: business hours, SLA policies and clocks, triggers, time rules, macros, routing,
 * escalation and follow-ups. Listens to the ticket module's events and acts only through its API.
 */
package io.frontline.automation;
