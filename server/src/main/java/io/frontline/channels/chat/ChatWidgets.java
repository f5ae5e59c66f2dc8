package io.frontline.channels.chat;

import io.frontline.audit.AuditTrail;
import io.frontline.channels.chat.internal.ChatIds;
import io.frontline.channels.email.internal.SecretBox;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.Json;
import io.frontline.kernel.NotFoundException;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Admin use cases for chat widgets; every change is audited, without the identity secret. */
@Service
public class ChatWidgets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<List<WidgetView.PrechatField>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Directory directory;
    private final SecretBox secrets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChatIds ids;

    ChatWidgets(JdbcClient jdbc, ChatIds ids, Directory directory, SecretBox secrets, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.directory = directory;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WidgetView> list() {
        return jdbc.sql("select * from chat_widget order by id")
                .query(this::view)
                .list();
    }

    @Transactional(readOnly = true)
    public WidgetView get(long id) {
        return jdbc.sql("select * from chat_widget where id = ?")
                .param(id)
                .query(this::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("Chat widget", id));
    }

    /** The active widget with this public key. */
    @Transactional(readOnly = true)
    public Optional<WidgetView> byKey(String key) {
        if (key == null || key.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("select * from chat_widget where widget_key = ? and active = true")
                .param(key)
                .query(this::view)
                .optional();
    }

    /** The website's identity secret of a widget, for checking signed visitor identities. */
    @Transactional(readOnly = true)
    public Optional<String> identitySecret(long widgetId) {
        return jdbc.sql("select identity_secret from chat_widget where id = ?")
                .param(widgetId)
                .query(String.class)
                .optional()
                .map(secrets::open);
    }

    @Transactional
    public WidgetView create(WidgetInput input, Actor actor) {
        Normalized n = validate(input);
        Instant now = now();
        long id = ids.next("chat_widget_seq");
        String key = "w_" + HexFormat.of().formatHex(randomBytes(12));
        jdbc.sql("""
                        insert into chat_widget (id, widget_key, name, team_id, allowed_origins, greeting,
                            offline_message, color, language, prechat_fields, identity_secret, active, created_at,
                            updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        id,
                        key,
                        input.name().strip(),
                        input.teamId(),
                        String.join("\n", n.origins()),
                        blankToNull(input.greeting()),
                        blankToNull(input.offlineMessage()),
                        input.color() == null ? "#2563eb" : input.color().toLowerCase(Locale.ROOT),
                        input.language() == null ? "en" : input.language(),
                        Json.write(n.fields()),
                        input.identitySecret() == null || input.identitySecret().isBlank()
                                ? null
                                : secrets.seal(input.identitySecret()),
                        input.active() == null || input.active(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        WidgetView created = get(id);
        audit.record(actor, "chat_widget", id, "created", auditDetails(created));
        return created;
    }

    @Transactional
    public WidgetView update(long id, WidgetInput input, Actor actor) {
        WidgetView before = get(id);
        Normalized n = validate(input);
        String secretSql = input.identitySecret() == null ? "identity_secret" : "?";
        List<Object> params = new ArrayList<>(Arrays.asList(
                input.name().strip(),
                input.teamId(),
                String.join("\n", n.origins()),
                blankToNull(input.greeting()),
                blankToNull(input.offlineMessage()),
                input.color() == null ? before.color() : input.color().toLowerCase(Locale.ROOT),
                input.language() == null ? before.language() : input.language(),
                Json.write(n.fields())));
        if (input.identitySecret() != null) {
            params.add(input.identitySecret().isBlank() ? null : secrets.seal(input.identitySecret()));
        }
        params.add(input.active() == null ? before.active() : input.active());
        params.add(Timestamp.from(now()));
        params.add(id);
        jdbc.sql("update chat_widget set name = ?, team_id = ?, allowed_origins = ?, greeting = ?, offline_message = ?,"
                        + " color = ?, language = ?, prechat_fields = ?, identity_secret = " + secretSql
                        + ", active = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(params)
                .update();
        WidgetView after = get(id);
        Map<String, Object> details = auditDetails(after);
        details.put("identitySecretChanged", input.identitySecret() != null);
        audit.record(actor, "chat_widget", id, "updated", details);
        return after;
    }

    private record Normalized(List<String> origins, List<WidgetView.PrechatField> fields) {}

    private Normalized validate(WidgetInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.teamId() != null && directory.team(input.teamId()).isEmpty()) {
            problems.add(new FieldViolation("teamId", "is not a team"));
        }
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        List<String> given = input.allowedOrigins() == null ? List.of() : input.allowedOrigins();
        for (int i = 0; i < given.size(); i++) {
            String origin = normalizeOrigin(given.get(i));
            if (origin == null) {
                problems.add(new FieldViolation(
                        "allowedOrigins[" + i + "]", "must be an origin like https://www.example.com"));
            } else {
                origins.add(origin);
            }
        }
        List<WidgetView.PrechatField> fields = new ArrayList<>();
        List<WidgetView.PrechatField> givenFields = input.prechatFields() == null ? List.of() : input.prechatFields();
        for (int i = 0; i < givenFields.size(); i++) {
            WidgetView.PrechatField f = givenFields.get(i);
            if (f == null || f.key() == null || !f.key().matches("[a-z][a-z0-9_]{0,31}")) {
                problems.add(new FieldViolation("prechatFields[" + i + "].key", "must be a lower-case word"));
            } else if (List.of("name", "email", "text").contains(f.key())) {
                problems.add(new FieldViolation("prechatFields[" + i + "].key", "is always asked"));
            } else if (f.label() == null || f.label().isBlank() || f.label().length() > 100) {
                problems.add(new FieldViolation("prechatFields[" + i + "].label", "must be 1 to 100 characters"));
            } else {
                fields.add(new WidgetView.PrechatField(f.key(), f.label().strip(), f.required()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Normalized(List.copyOf(origins), fields);
    }

    /** {@code scheme://host[:port]} in lower case, or null when the value is not an http(s) origin. */
    static String normalizeOrigin(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme))
                    || uri.getHost() == null
                    || (uri.getPath() != null
                            && !uri.getPath().isEmpty()
                            && !uri.getPath().equals("/"))
                    || uri.getQuery() != null
                    || uri.getUserInfo() != null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (Exception e) {
            return null;
        }
    }

    private WidgetView view(ResultSet rs, int row) throws SQLException {
        String origins = rs.getString("allowed_origins");
        String fields = rs.getString("prechat_fields");
        return new WidgetView(
                rs.getLong("id"),
                rs.getString("widget_key"),
                rs.getString("name"),
                (Long) rs.getObject("team_id", Long.class),
                origins == null || origins.isBlank() ? List.of() : List.of(origins.split("\n")),
                rs.getString("greeting"),
                rs.getString("offline_message"),
                rs.getString("color"),
                rs.getString("language"),
                fields == null || fields.isBlank() ? List.of() : Json.read(fields, FIELDS),
                rs.getString("identity_secret") != null,
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Map<String, Object> auditDetails(WidgetView w) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", w.name());
        details.put("teamId", w.teamId());
        details.put("allowedOrigins", w.allowedOrigins());
        details.put("language", w.language());
        details.put("active", w.active());
        details.put("identityVerification", w.identityVerification());
        return details;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
