package io.frontline.automation.rest;

import io.frontline.automation.MacroApplication;
import io.frontline.automation.MacroApplied;
import io.frontline.automation.MacroInput;
import io.frontline.automation.MacroPreview;
import io.frontline.automation.MacroScope;
import io.frontline.automation.MacroView;
import io.frontline.automation.Macros;
import io.frontline.automation.RuleHistory;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Macros ({@code /api/v1/macros}) for every agent, each seeing only the macros visible to them, and applying one to a
 * ticket ({@code /api/v1/tickets/{id}/macros/{macroId}/preview} and {@code …/apply}).
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('AGENT')")
class MacroController {

    private final Macros macros;

    MacroController(Macros macros) {
        this.macros = macros;
    }

    @GetMapping("/macros")
    List<MacroView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "false") boolean activeOnly) {
        return macros.list(CurrentAgent.require(), q, scope(scope), activeOnly);
    }

    @GetMapping("/macros/{id}")
    MacroView get(@PathVariable long id) {
        return macros.get(id, CurrentAgent.require());
    }

    @PostMapping("/macros")
    ResponseEntity<MacroView> create(@Valid @RequestBody MacroInput request) {
        MacroView created = macros.create(request, CurrentAgent.require());
        return ResponseEntity.created(URI.create("/api/v1/macros/" + created.id()))
                .body(created);
    }

    @PutMapping("/macros/{id}")
    MacroView update(@PathVariable long id, @Valid @RequestBody MacroInput request) {
        return macros.update(id, request, CurrentAgent.require());
    }

    @DeleteMapping("/macros/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        macros.delete(id, CurrentAgent.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/macros/{id}/versions")
    List<RuleHistory.Version> versions(@PathVariable long id) {
        return macros.versions(id, CurrentAgent.require());
    }

    @PostMapping("/macros/{id}/versions/{number}/rollback")
    MacroView rollback(@PathVariable long id, @PathVariable int number) {
        return macros.rollback(id, number, CurrentAgent.require());
    }

    /** The rendered text and the field changes the macro would make now; writes nothing. */
    @PostMapping("/tickets/{ticketId}/macros/{macroId}/preview")
    MacroPreview preview(@PathVariable long ticketId, @PathVariable long macroId) {
        return macros.preview(ticketId, macroId, CurrentAgent.require());
    }

    /**
     * Posts the macro's reply or note and makes its field changes, as the caller, in one transaction. The optional body
     * carries the agent's edits (text, reply or note, status); with {@code If-Match} it applies only to that version.
     */
    @PostMapping("/tickets/{ticketId}/macros/{macroId}/apply")
    ResponseEntity<MacroApplied> apply(
            @PathVariable long ticketId,
            @PathVariable long macroId,
            @Valid @RequestBody(required = false) MacroApplication request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        MacroApplied applied = macros.apply(
                ticketId, macroId, request, ifMatch == null ? null : version(ifMatch), CurrentAgent.require());
        return ResponseEntity.ok()
                .eTag("\"" + applied.ticket().version() + "\"")
                .body(applied);
    }

    private static MacroScope scope(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MacroScope.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(new FieldViolation("scope", "must be one of [personal, team, shared]")));
        }
    }

    private static Long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
