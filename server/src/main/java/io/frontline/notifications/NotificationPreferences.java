package io.frontline.notifications;

import io.frontline.audit.AuditTrail;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agent's own choice of which notifications also reach them by email. Without a saved choice every kind is
 * emailed; the kinds an agent turns off are stored, so a kind added later is emailed until they turn it off too.
 * Every change is audited.
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NotificationSettings settings(long agentId) {
        return jdbc.sql("select email_enabled, muted_kinds from agent_notification_setting where agent_id = ?")
                .param(agentId)
                .query((rs, row) -> toSettings(rs.getBoolean(1), parseMuted(rs.getString(2))))
                .optional()
                .orElseGet(() -> toSettings(true, EnumSet.noneOf(NotificationKind.class)));
    }

    /** Whether a notification of {@code kind} should also be emailed to {@code agentId}. */
    @Transactional(readOnly = true)
    public boolean wantsEmail(long agentId, NotificationKind kind) {
        NotificationSettings s = settings(agentId);
        return s.email() && s.emailKinds().contains(kind.value());
    }

    /** Saves the agent's choice (the whole of it) and audits it. */
    @Transactional
    public NotificationSettings update(long agentId, NotificationSettings wanted, Actor actor) {
        Set<NotificationKind> emailed = kinds(wanted.emailKinds());
        Set<NotificationKind> muted = EnumSet.complementOf(EnumSet.copyOf(emailed));
        String mutedText = muted.stream().map(NotificationKind::value).collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql(
                        "update agent_notification_setting set email_enabled = ?, muted_kinds = ?, updated_at = ?"
                                + " where agent_id = ?")
                .params(wanted.email(), mutedText, now, agentId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into agent_notification_setting (agent_id, email_enabled, muted_kinds, updated_at)"
                            + " values (?, ?, ?, ?)")
                    .params(agentId, wanted.email(), mutedText, now)
                    .update();
        }
        NotificationSettings saved = toSettings(wanted.email(), muted);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("email", saved.email());
        details.put("emailKinds", saved.emailKinds());
        audit.record(actor, "notification_settings", agentId, "updated", details);
        return saved;
    }

    /** The kinds named, each known (none named: every kind); an unknown one is refused rather than dropped. */
    static Set<NotificationKind> kinds(List<String> values) {
        if (values == null) {
            return EnumSet.allOf(NotificationKind.class);
        }
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        List<FieldViolation> problems = new ArrayList<>();
        for (String value : values) {
            NotificationKind kind = value == null ? null : byValue(value.strip());
            if (kind == null) {
                problems.add(new FieldViolation(
                        "emailKinds",
                        "unknown kind '" + value + "'; one of "
                                + Arrays.stream(NotificationKind.values())
                                        .map(NotificationKind::value)
                                        .collect(Collectors.joining(", "))));
            } else {
                kinds.add(kind);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kinds;
    }

    static Set<NotificationKind> parseMuted(String stored) {
        Set<NotificationKind> muted = EnumSet.noneOf(NotificationKind.class);
        for (String value : stored == null ? new String[0] : stored.split(",")) {
            NotificationKind kind = byValue(value.strip());
            if (kind != null) {
                muted.add(kind);
            }
        }
        return muted;
    }

    private static NotificationKind byValue(String value) {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.value().equals(value.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    private static NotificationSettings toSettings(boolean email, Set<NotificationKind> muted) {
        return new NotificationSettings(
                email,
                Arrays.stream(NotificationKind.values())
                        .filter(k -> !muted.contains(k))
                        .map(NotificationKind::value)
                        .toList());
    }
}
