package io.frontline.bench.data;

import java.util.List;

/**
 * The tables the generator fills, in load order (parents before children), with their columns in the order of the
 * row arrays. The schema itself comes only from the server's Flyway migrations.
 */
public enum Table {
    TEAM("team", "team_seq", "id", "name", "kind", "description", "created_at", "updated_at", "version"),
    AGENT(
            "agent",
            "agent_seq",
            "id",
            "name",
            "email",
            "password_hash",
            "role",
            "tier",
            "active",
            "created_at",
            "updated_at",
            "version"),
    AGENT_SKILL("agent_skill", null, "agent_id", "kind", "skill_value"),
    TEAM_MEMBER("team_member", null, "agent_id", "team_id"),
    ORGANIZATION(
            "organization",
            "organization_seq",
            "id",
            "name",
            "account_manager_id",
            "tier",
            "notes",
            "merged_into_id",
            "created_at",
            "updated_at",
            "version"),
    ORGANIZATION_DOMAIN("organization_domain", null, "organization_id", "domain"),
    CUSTOMER(
            "customer",
            "customer_seq",
            "id",
            "name",
            "language",
            "time_zone",
            "organization_id",
            "custom_fields",
            "merged_into_id",
            "created_at",
            "updated_at",
            "version"),
    CUSTOMER_IDENTITY(
            "customer_identity", "customer_identity_seq", "id", "customer_id", "kind", "identity_value", "normalized"),
    CUSTOMER_TAG("customer_tag", null, "customer_id", "tag"),
    TICKET(
            "ticket",
            "ticket_seq",
            "id",
            "subject",
            "requester_id",
            "organization_id",
            "channel",
            "status",
            "priority",
            "type",
            "assignee_id",
            "team_id",
            "custom_fields",
            "merged_into_id",
            "follow_up_of_id",
            "message_count",
            "created_at",
            "updated_at",
            "solved_at",
            "closed_at",
            "last_customer_message_at",
            "last_agent_reply_at",
            "version",
            "status_changed_at",
            "sla_due_at"),
    TICKET_TAG("ticket_tag", null, "ticket_id", "tag"),
    MESSAGE(
            "message",
            "message_seq",
            "id",
            "ticket_id",
            "visibility",
            "author_type",
            "author_id",
            "author_name",
            "channel",
            "body_text",
            "body_html",
            "created_at"),
    TICKET_EVENT(
            "ticket_event",
            "ticket_event_seq",
            "id",
            "ticket_id",
            "at",
            "actor_type",
            "actor_id",
            "actor_name",
            "kind",
            "field",
            "from_value",
            "to_value"),
    /** SLA clocks of a backlog's waiting tickets (only with {@code --backlog}). */
    SLA_CLOCK(
            "sla_clock",
            "sla_clock_seq",
            "id",
            "ticket_id",
            "policy_id",
            "policy_name",
            "metric",
            "target_minutes",
            "business_hours",
            "warn_percent",
            "state",
            "started_at",
            "running_since",
            "consumed_seconds",
            "due_at",
            "warn_at",
            "version");

    private final String tableName;
    private final String sequence;
    private final List<String> columns;

    Table(String tableName, String sequence, String... columns) {
        this.tableName = tableName;
        this.sequence = sequence;
        this.columns = List.of(columns);
    }

    public String tableName() {
        return tableName;
    }

    /** The sequence Hibernate draws this table's ids from, or {@code null} for join tables. */
    public String sequence() {
        return sequence;
    }

    public List<String> columns() {
        return columns;
    }

    public String columnList() {
        return String.join(", ", columns);
    }
}
