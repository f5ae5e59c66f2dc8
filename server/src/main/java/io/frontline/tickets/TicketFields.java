package io.frontline.tickets;

import io.frontline.audit.AuditTrail;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.internal.FieldDefinition;
import io.frontline.tickets.internal.FieldDefinitionRepository;
import io.frontline.tickets.internal.FieldValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin-defined ticket fields: text, number, date, dropdown, checkbox. */
@Service
public class TicketFields {

    public record FieldView(
            long id,
            String key,
            String label,
            FieldType type,
            List<String> options,
            boolean requiredToSolve,
            boolean active,
            int position,
            Instant createdAt,
            Instant updatedAt) {}

    public record NewField(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "must be lower-case letters, digits and _")
            String key,

            @NotBlank @Size(max = 120) String label,
            FieldType type,
            @Size(max = 500) List<@NotBlank @Size(max = 200) String> options,
            Boolean requiredToSolve,
            Integer position) {}

    public record FieldChanges(
            @Size(min = 1, max = 120) String label,
            @Size(max = 500) List<@NotBlank @Size(max = 200) String> options,
            Boolean requiredToSolve,
            Boolean active,
            Integer position) {}

    private final FieldDefinitionRepository definitions;
    private final AuditTrail audit;
    private final Clock clock;

    TicketFields(FieldDefinitionRepository definitions, AuditTrail audit, Clock clock) {
        this.definitions = definitions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FieldView create(NewField command, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        if (command.type() == null) {
            problems.add(new FieldViolation("type", "is required"));
        }
        if (definitions.findByFieldKey(command.key()).isPresent()) {
            problems.add(new FieldViolation("key", "is already used by another field"));
        }
        checkOptions(command.type(), command.options(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FieldDefinition field = new FieldDefinition(
                command.key(), command.label().strip(), command.type(), command.options(), clock.instant());
        if (command.requiredToSolve() != null) field.setRequiredToSolve(command.requiredToSolve());
        if (command.position() != null) field.setPosition(command.position());
        definitions.save(field);
        audit.record(actor, "ticket_field", field.getId(), "created", describe(field));
        return view(field);
    }

    @Transactional
    public FieldView update(long id, FieldChanges changes, Actor actor) {
        FieldDefinition field = definitions.findById(id).orElseThrow(() -> new NotFoundException("Ticket field", id));
        Map<String, Object> before = describe(field);
        List<FieldViolation> problems = new ArrayList<>();
        if (changes.options() != null) {
            checkOptions(field.getType(), changes.options(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (changes.label() != null) field.setLabel(changes.label().strip());
        if (changes.options() != null) field.setOptions(changes.options());
        if (changes.requiredToSolve() != null) field.setRequiredToSolve(changes.requiredToSolve());
        if (changes.active() != null) field.setActive(changes.active());
        if (changes.position() != null) field.setPosition(changes.position());
        field.touch(clock.instant());
        audit.record(actor, "ticket_field", id, "updated", Map.of("from", before, "to", describe(field)));
        return view(field);
    }

    @Transactional(readOnly = true)
    public List<FieldView> list() {
        return definitions.findAllByOrderByPositionAscIdAsc().stream()
                .map(TicketFields::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public FieldView get(long id) {
        return definitions
                .findById(id)
                .map(TicketFields::view)
                .orElseThrow(() -> new NotFoundException("Ticket field", id));
    }

    /**
     * Reads custom field conditions from request parameters: {@code prefix + key} for a value (text and dropdown:
     * equal ignoring case; checkbox: {@code true} or {@code false}; number and date: exactly that), {@code prefix +
     * key + ".min"} and {@code ".max"} for a range of a number or date field, both ends included. Blank values are
     * ignored; every parameter that cannot be read adds a violation named after it. A dropdown value that is not one
     * of its options is no error: it matches nothing, like an option that was removed since.
     */
    @Transactional(readOnly = true)
    public List<FieldCondition> conditions(
            Map<String, List<String>> params, String prefix, List<FieldViolation> problems) {
        Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!name.startsWith(prefix) || values == null) {
                return;
            }
            List<String> given =
                    values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (given.isEmpty()) {
                return;
            }
            String rest = name.substring(prefix.length());
            String part = rest.endsWith(".min") ? "min" : rest.endsWith(".max") ? "max" : "is";
            String key = part.equals("is") ? rest : rest.substring(0, rest.length() - 4);
            if (given.size() > 1) {
                problems.add(new FieldViolation(name, "give one value"));
            } else {
                wanted.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .put(part, given.getFirst().strip());
            }
        });
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, FieldDefinition> defined = new LinkedHashMap<>();
        definitions.findAll().forEach(d -> defined.put(d.getKey(), d));
        List<FieldCondition> conditions = new ArrayList<>();
        wanted.forEach((key, parts) -> {
            FieldDefinition definition = defined.get(key);
            String name = prefix + key;
            if (definition == null) {
                parts.keySet()
                        .forEach(part -> problems.add(new FieldViolation(
                                part.equals("is") ? name : name + "." + part, "is not a defined ticket field")));
                return;
            }
            FieldCondition condition = condition(definition, name, parts, problems);
            if (condition != null) {
                conditions.add(condition);
            }
        });
        return conditions;
    }

    private static FieldCondition condition(
            FieldDefinition definition, String name, Map<String, String> parts, List<FieldViolation> problems) {
        String is = parts.get("is");
        String min = parts.get("min");
        String max = parts.get("max");
        FieldType type = definition.getType();
        boolean range = min != null || max != null;
        if (range && type != FieldType.NUMBER && type != FieldType.DATE) {
            problems.add(new FieldViolation(
                    name + (min != null ? ".min" : ".max"), "only number and date fields have ranges"));
            return null;
        }
        if (range && is != null) {
            problems.add(new FieldViolation(name, "give a value or a range, not both"));
            return null;
        }
        String key = definition.getKey();
        String lowName = is != null ? name : name + ".min";
        String highName = is != null ? name : name + ".max";
        int before = problems.size();
        FieldCondition condition = switch (type) {
            case TEXT, DROPDOWN -> {
                if (is.length() > FieldValue.MAX_TEXT) {
                    problems.add(new FieldViolation(name, "must be at most " + FieldValue.MAX_TEXT + " characters"));
                }
                yield new FieldCondition.Is(key, is);
            }
            case CHECKBOX -> {
                if (!is.equalsIgnoreCase("true") && !is.equalsIgnoreCase("false")) {
                    problems.add(new FieldViolation(name, "must be true or false"));
                }
                yield new FieldCondition.Checked(key, is.equalsIgnoreCase("true"));
            }
            case NUMBER -> {
                BigDecimal low = number(is != null ? is : min, lowName, problems);
                BigDecimal high = is != null ? low : number(max, highName, problems);
                if (low != null && high != null && low.compareTo(high) > 0) {
                    problems.add(new FieldViolation(lowName, "must not be greater than " + highName));
                }
                yield new FieldCondition.NumberBetween(key, low, high);
            }
            case DATE -> {
                LocalDate low = date(is != null ? is : min, lowName, problems);
                LocalDate high = is != null ? low : date(max, highName, problems);
                if (low != null && high != null && low.isAfter(high)) {
                    problems.add(new FieldViolation(lowName, "must not be after " + highName));
                }
                yield new FieldCondition.DateBetween(key, low, high);
            }
        };
        return problems.size() == before ? condition : null;
    }

    private static BigDecimal number(String value, String name, List<FieldViolation> problems) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(name, "must be a number"));
            return null;
        }
    }

    private static LocalDate date(String value, String name, List<FieldViolation> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(name, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    private static void checkOptions(FieldType type, List<String> options, List<FieldViolation> problems) {
        boolean hasOptions = options != null && !options.isEmpty();
        if (type == FieldType.DROPDOWN && !hasOptions) {
            problems.add(new FieldViolation("options", "a dropdown needs at least one option"));
        } else if (type != null && type != FieldType.DROPDOWN && hasOptions) {
            problems.add(new FieldViolation("options", "only dropdown fields have options"));
        } else if (hasOptions && options.stream().distinct().count() != options.size()) {
            problems.add(new FieldViolation("options", "must not repeat"));
        }
    }

    private static Map<String, Object> describe(FieldDefinition f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("key", f.getKey());
        d.put("label", f.getLabel());
        d.put("type", f.getType());
        d.put("options", f.getOptions());
        d.put("requiredToSolve", f.isRequiredToSolve());
        d.put("active", f.isActive());
        return d;
    }

    private static FieldView view(FieldDefinition f) {
        return new FieldView(
                f.getId(),
                f.getKey(),
                f.getLabel(),
                f.getType(),
                f.getOptions(),
                f.isRequiredToSolve(),
                f.isActive(),
                f.getPosition(),
                f.getCreatedAt(),
                f.getUpdatedAt());
    }
}
