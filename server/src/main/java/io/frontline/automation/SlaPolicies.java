package io.frontline.automation;

import io.frontline.automation.internal.RuleBook;
import io.frontline.automation.internal.RuleConditions;
import io.frontline.automation.internal.SlaClock;
import io.frontline.automation.internal.SlaClockRepository;
import io.frontline.automation.internal.SlaPolicy;
import io.frontline.automation.internal.SlaPolicyRepository;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * SLA policies (versioned, with rollback), the clocks running on a ticket, and the recorded warnings and breaches. The
 * first active policy, by position, whose conditions a ticket meets applies to it; a policy change applies to tickets
 * from their next change on.
 */
@Service
public class SlaPolicies {

    private static final int MAX_MINUTES = 60 * 24 * 365;

    private final SlaPolicyRepository policies;
    private final SlaClockRepository clocks;
    private final RuleBook book;
    private final RuleHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    SlaPolicies(
            SlaPolicyRepository policies,
            SlaClockRepository clocks,
            RuleBook book,
            RuleHistory history,
            JdbcClient jdbc,
            Clock clock) {
        this.policies = policies;
        this.clocks = clocks;
        this.book = book;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SlaPolicyView> list() {
        return policies.findAllByOrderByPositionAscIdAsc().stream()
                .map(SlaPolicies::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public SlaPolicyView get(long id) {
        return view(load(id));
    }

    @Transactional
    public SlaPolicyView create(SlaPolicyInput input, Actor actor) {
        validate(input);
        SlaPolicy policy = new SlaPolicy(clock.instant());
        int next = policies.findAllByOrderByPositionAscIdAsc().stream()
                        .mapToInt(SlaPolicy::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        apply(policy, input, next);
        policies.save(policy);
        history.record("sla_policy", policy.getId(), "created", snapshot(policy), actor);
        book.changed();
        return view(policy);
    }

    @Transactional
    public SlaPolicyView update(long id, SlaPolicyInput input, Actor actor) {
        SlaPolicy policy = load(id);
        validate(input);
        apply(policy, input, policy.getPosition());
        policies.saveAndFlush(policy);
        history.record("sla_policy", id, "updated", snapshot(policy), actor);
        book.changed();
        return view(policy);
    }

    /** Deletes a policy; clocks it started keep running to their targets and keep its name for reports. */
    @Transactional
    public void delete(long id, Actor actor) {
        SlaPolicy policy = load(id);
        history.record("sla_policy", id, "deleted", snapshot(policy), actor);
        policies.delete(policy);
        book.changed();
    }

    @Transactional(readOnly = true)
    public List<RuleHistory.Version> versions(long id) {
        return history.list("sla_policy", id);
    }

    @Transactional
    public SlaPolicyView rollback(long id, int number, Actor actor) {
        SlaPolicy policy = load(id);
        Map<String, Object> old = history.get("sla_policy", id, number).snapshot();
        SlaPolicyInput input = Json.read(Json.write(old), new TypeReference<SlaPolicyInput>() {});
        validate(input);
        apply(policy, input, input.position() == null ? policy.getPosition() : input.position());
        policies.saveAndFlush(policy);
        history.record("sla_policy", id, "rolled_back", snapshot(policy), actor);
        book.changed();
        return view(policy);
    }

    /** The SLA clocks of a ticket, oldest first. */
    @Transactional(readOnly = true)
    public List<SlaClockView> clocks(long ticketId) {
        return clocks.findByTicketIdOrderById(ticketId).stream()
                .map(SlaPolicies::view)
                .toList();
    }

    /** Warnings, breaches or met targets ({@code kind}; all when null) recorded in {@code [from, to)}, newest first. */
    @Transactional(readOnly = true)
    public List<SlaEventView> events(String kind, Instant from, Instant to, int limit) {
        int size = Math.clamp(limit, 1, 10_000);
        var query = jdbc.sql("select id, ticket_id, kind, metric, policy_id, policy_name, at, due_at, team_id,"
                        + " assignee_id from sla_event where at >= :from and at < :to"
                        + (kind == null ? "" : " and kind = :kind")
                        + " order by at desc, id desc fetch first " + size + " rows only")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to));
        if (kind != null) {
            query = query.param("kind", kind);
        }
        return query.query((rs, i) -> new SlaEventView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        (Long) rs.getObject(9, Long.class),
                        (Long) rs.getObject(10, Long.class)))
                .list();
    }

    private static void validate(SlaPolicyInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldViolation("name", "is required"));
        }
        minutes(input.firstReplyMinutes(), "firstReplyMinutes", problems);
        minutes(input.nextReplyMinutes(), "nextReplyMinutes", problems);
        minutes(input.resolutionMinutes(), "resolutionMinutes", problems);
        if (input.firstReplyMinutes() == null
                && input.nextReplyMinutes() == null
                && input.resolutionMinutes() == null) {
            problems.add(new FieldViolation("firstReplyMinutes", "a policy needs at least one target"));
        }
        if (input.warnPercent() != null && (input.warnPercent() < 1 || input.warnPercent() > 99)) {
            problems.add(new FieldViolation("warnPercent", "must be between 1 and 99"));
        }
        RuleConditions.validate(input.conditions(), "conditions.", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void minutes(Integer value, String field, List<FieldViolation> problems) {
        if (value != null && (value < 1 || value > MAX_MINUTES)) {
            problems.add(new FieldViolation(field, "must be between 1 and " + MAX_MINUTES + " minutes"));
        }
    }

    private void apply(SlaPolicy policy, SlaPolicyInput input, int defaultPosition) {
        policy.change(
                input.name().strip(),
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip(),
                input.active() == null || input.active(),
                input.position() == null ? defaultPosition : input.position(),
                Json.write(input.conditions() == null ? Conditions.NONE : input.conditions()),
                input.firstReplyMinutes(),
                input.nextReplyMinutes(),
                input.resolutionMinutes(),
                input.businessHours() == null || input.businessHours(),
                input.warnPercent() == null ? 75 : input.warnPercent(),
                clock.instant());
    }

    private SlaPolicy load(long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("SLA policy", id));
    }

    private static Map<String, Object> snapshot(SlaPolicy p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", p.getName());
        s.put("description", p.getDescription());
        s.put("active", p.isActive());
        s.put("position", p.getPosition());
        s.put("conditions", RuleBook.conditions(p.getConditions()));
        s.put("firstReplyMinutes", p.getFirstReplyMinutes());
        s.put("nextReplyMinutes", p.getNextReplyMinutes());
        s.put("resolutionMinutes", p.getResolutionMinutes());
        s.put("businessHours", p.isBusinessHours());
        s.put("warnPercent", p.getWarnPercent());
        return s;
    }

    private static SlaPolicyView view(SlaPolicy p) {
        return new SlaPolicyView(
                p.getId(),
                p.getName(),
                p.getDescription(),
                p.isActive(),
                p.getPosition(),
                RuleBook.conditions(p.getConditions()),
                p.getFirstReplyMinutes(),
                p.getNextReplyMinutes(),
                p.getResolutionMinutes(),
                p.isBusinessHours(),
                p.getWarnPercent(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getVersion());
    }

    private static SlaClockView view(SlaClock c) {
        return new SlaClockView(
                c.getId(),
                c.metric().name().toLowerCase(java.util.Locale.ROOT),
                c.getPolicyId(),
                c.getPolicyName(),
                c.state().name().toLowerCase(java.util.Locale.ROOT),
                c.getTargetMinutes(),
                c.isBusinessHours(),
                c.getStartedAt(),
                c.getDueAt(),
                c.getWarnedAt(),
                c.getBreachedAt(),
                c.getMetAt());
    }
}
