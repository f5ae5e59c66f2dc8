package io.frontline.tickets.rest;

import io.frontline.identity.CurrentAgent;
import io.frontline.tickets.TicketFields;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin-defined ticket fields; every agent reads them, admins define them. */
@RestController
@RequestMapping("/api/v1/ticket-fields")
class TicketFieldController {

    private final TicketFields fields;

    TicketFieldController(TicketFields fields) {
        this.fields = fields;
    }

    @GetMapping
    List<TicketFields.FieldView> list() {
        return fields.list();
    }

    @GetMapping("/{id}")
    TicketFields.FieldView get(@PathVariable long id) {
        return fields.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TicketFields.FieldView> create(@Valid @RequestBody TicketFields.NewField request) {
        TicketFields.FieldView created = fields.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/ticket-fields/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    TicketFields.FieldView update(@PathVariable long id, @Valid @RequestBody TicketFields.FieldChanges request) {
        return fields.update(id, request, CurrentAgent.actor());
    }
}
