package io.frontline.customers.rest;

import io.frontline.customers.CustomerInput;
import io.frontline.customers.CustomerView;
import io.frontline.customers.Customers;
import io.frontline.customers.NoteView;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    record MergeRequest(@NotNull Long sourceId) {}

    record NoteRequest(@NotBlank @Size(max = 20000) String body) {}

    private final Customers customers;

    CustomerController(Customers customers) {
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerInput request) {
        CustomerView created = customers.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id()))
                .body(created);
    }

    /** With {@code email}, the one customer owning that address (or none), matched case-insensitively. */
    @GetMapping
    Customers.Page list(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        if (email != null) {
            return new Customers.Page(customers.getByEmail(email).stream().toList(), null);
        }
        return customers.list(cursor, limit, organizationId, q);
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @PatchMapping("/{id}")
    CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerInput request) {
        return customers.update(id, request, CurrentAgent.actor());
    }

    /** Merges the customer {@code sourceId} into this one; this one survives. */
    @PostMapping("/{id}/merge")
    CustomerView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return customers.merge(id, request.sourceId(), CurrentAgent.actor());
    }

    @GetMapping("/{id}/notes")
    List<NoteView> notes(@PathVariable long id) {
        return customers.notes(id);
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<NoteView> addNote(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        NoteView note = customers.addNote(id, request.body(), CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/notes"))
                .body(note);
    }
}
