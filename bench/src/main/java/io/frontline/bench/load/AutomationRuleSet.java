package io.frontline.bench.load;

import java.util.List;

/**
 * The rule set of the automation workload, as a lead of a busy helpdesk would set it up through the REST API: SLA
 * policies by customer tier and priority, triggers on new tickets and customer replies, and the typical time rules
 * (docs/automation.md). Each entry is the JSON body of one {@code POST}.
 */
public final class AutomationRuleSet {

    private AutomationRuleSet() {}

    /** {@code POST /api/v1/sla-policies}, in position order: the first matching policy applies. */
    public static final List<String> SLA_POLICIES = List.of(
            policy("VIP high and urgent", tier("vip") + "," + priority("high", "urgent"), 30, 60, 240),
            policy("Premium", tier("premium"), 60, 120, 480),
            policy("Urgent", priority("urgent"), 60, 120, 480),
            policy("High", priority("high"), 120, 240, 960),
            policy("Everyone else", "", 240, 480, 2_880));

    /** {@code POST /api/v1/triggers}. */
    public static final List<String> TRIGGERS = List.of("""
            {"name": "Refunds are urgent", "events": ["ticket_created", "customer_replied"],
             "conditions": {"all": [{"field": "text", "op": "contains", "value": ["refund", "chargeback"]}]},
             "actions": [{"type": "set", "field": "priority", "value": "urgent"},
                         {"type": "note", "value": "Refund request from {{customer.name}}: check the order first."}]}
            """, """
            {"name": "Outages are incidents", "events": ["ticket_created"],
             "conditions": {"any": [{"field": "subject", "op": "contains", "value": ["outage", "down", "error"]},
                                    {"field": "text", "op": "contains", "value": ["outage", "not working"]}]},
             "actions": [{"type": "set", "field": "type", "value": "incident"},
                         {"type": "add_tags", "value": ["outage"]}]}
            """, """
            {"name": "Tag by channel", "events": ["ticket_created"],
             "conditions": {"all": [{"field": "channel", "op": "is", "value": ["email", "web"]}]},
             "actions": [{"type": "add_tags", "value": ["inbound"]}]}
            """, """
            {"name": "Customer replied", "events": ["customer_replied"],
             "conditions": {"all": [{"field": "status", "op": "is", "value": ["pending", "solved"]}]},
             "actions": [{"type": "add_tags", "value": ["customer-replied"]}]}
            """);

    /** {@code POST /api/v1/time-rules}: the typical set of docs/automation.md. */
    public static final List<String> TIME_RULES = List.of("""
            {"name": "Remind after three days", "conditions": {"all": [
                {"field": "status", "op": "is", "value": "pending"},
                {"field": "hours_in_status", "op": "at_least", "value": 72}]},
             "actions": [{"type": "reply", "value": "Hello {{customer.first_name}}, did our last answer help?"}]}
            """, """
            {"name": "Solve after a week", "conditions": {"all": [
                {"field": "status", "op": "is", "value": "pending"},
                {"field": "hours_in_status", "op": "at_least", "value": 168}]},
             "actions": [{"type": "set", "field": "status", "value": "solved"}]}
            """, """
            {"name": "Close four days after solving", "conditions": {"all": [
                {"field": "status", "op": "is", "value": "solved"},
                {"field": "hours_in_status", "op": "at_least", "value": 96}]},
             "actions": [{"type": "set", "field": "status", "value": "closed"}]}
            """, """
            {"name": "Unattended new tickets", "conditions": {"all": [
                {"field": "status", "op": "is", "value": "new"},
                {"field": "assignee", "op": "absent"},
                {"field": "hours_in_status", "op": "at_least", "value": 0.5}]},
             "actions": [{"type": "add_tags", "value": ["unattended"]}]}
            """);

    private static String tier(String tier) {
        return "{\"field\": \"organization.tier\", \"op\": \"is\", \"value\": \"" + tier + "\"}";
    }

    private static String priority(String... priorities) {
        return "{\"field\": \"priority\", \"op\": \"is\", \"value\": [\"" + String.join("\", \"", priorities) + "\"]}";
    }

    private static String policy(String name, String all, int firstReply, int nextReply, int resolution) {
        return "{\"name\": \"" + name + "\", \"conditions\": {\"all\": [" + all + "]}, \"firstReplyMinutes\": "
                + firstReply + ", \"nextReplyMinutes\": " + nextReply + ", \"resolutionMinutes\": " + resolution
                + ", \"businessHours\": false, \"warnPercent\": 75}";
    }
}
