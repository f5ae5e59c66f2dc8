package io.frontline.automation;

/** When a trigger is considered. Changes made by rules themselves never start triggers, so rules cannot loop. */
public enum TriggerEvent {
    TICKET_CREATED,
    TICKET_UPDATED,
    CUSTOMER_REPLIED,
    AGENT_REPLIED,
    SLA_WARNING,
    SLA_BREACHED
}
