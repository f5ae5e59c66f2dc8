package io.frontline.automation.internal;

import io.frontline.automation.RoutingMode;
import io.frontline.identity.RoutingPolicy.Match;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code routing_setting} (one per team that ever had routing set) and {@code routing_assignment}. */
@Component
public class RoutingSettingsStore {

    /** A team's stored routing. */
    public record Setting(
            long teamId, RoutingMode mode, Match languageRule, Match productRule, long version, Instant updatedAt) {

        public static Setting defaults(long teamId) {
            return new Setting(teamId, RoutingMode.MANUAL, Match.PREFER, Match.IGNORE, 0, null);
        }

        public boolean routed() {
            return mode != RoutingMode.MANUAL;
        }
    }

    /** A ticket routing gave to an agent, until they answer, someone reassigns it, or routing takes it back. */
    public record Assignment(long ticketId, long agentId, long teamId, Instant assignedAt) {}

    private final JdbcClient jdbc;

    RoutingSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Setting> find(long teamId) {
        return jdbc.sql("select * from routing_setting where team_id = ?")
                .param(teamId)
                .query(RoutingSettingsStore::setting)
                .optional();
    }

    public List<Setting> all() {
        return jdbc.sql("select * from routing_setting order by team_id")
                .query(RoutingSettingsStore::setting)
                .list();
    }

    public List<Setting> routed() {
        return jdbc.sql("select * from routing_setting where mode <> 'MANUAL' order by team_id")
                .query(RoutingSettingsStore::setting)
                .list();
    }

    /** Writes a team's routing; the version counts every write. */
    public void save(long teamId, RoutingMode mode, Match languageRule, Match productRule, Instant now) {
        int updated = jdbc.sql("update routing_setting set mode = ?, language_rule = ?, product_rule = ?,"
                        + " updated_at = ?, version = version + 1 where team_id = ?")
                .params(mode.name(), languageRule.name(), productRule.name(), Timestamp.from(now), teamId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into routing_setting (team_id, mode, language_rule, product_rule, updated_at, version)"
                            + " values (?, ?, ?, ?, ?, 1)")
                    .params(teamId, mode.name(), languageRule.name(), productRule.name(), Timestamp.from(now))
                    .update();
        }
    }

    public void recordAssignment(long ticketId, long agentId, long teamId, Instant at) {
        forget(ticketId);
        jdbc.sql("insert into routing_assignment (ticket_id, agent_id, team_id, assigned_at) values (?, ?, ?, ?)")
                .params(ticketId, agentId, teamId, Timestamp.from(at))
                .update();
    }

    public List<Assignment> assignmentsOf(long agentId) {
        return jdbc.sql("select * from routing_assignment where agent_id = ? order by assigned_at, ticket_id")
                .param(agentId)
                .query((rs, i) -> new Assignment(
                        rs.getLong("ticket_id"),
                        rs.getLong("agent_id"),
                        rs.getLong("team_id"),
                        rs.getTimestamp("assigned_at").toInstant()))
                .list();
    }

    public void forget(long ticketId) {
        jdbc.sql("delete from routing_assignment where ticket_id = ?")
                .param(ticketId)
                .update();
    }

    private static Setting setting(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Setting(
                rs.getLong("team_id"),
                RoutingMode.valueOf(rs.getString("mode")),
                Match.valueOf(rs.getString("language_rule")),
                Match.valueOf(rs.getString("product_rule")),
                rs.getLong("version"),
                updated == null ? null : updated.toInstant());
    }
}
