package io.frontline.tickets;

import io.frontline.audit.AuditTrail;
import io.frontline.kernel.Actor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.tickets.internal.FieldDefinition;
import io.frontline.tickets.internal.FieldDefinitionRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
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
