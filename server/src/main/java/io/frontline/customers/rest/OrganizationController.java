package io.frontline.customers.rest;

import io.frontline.customers.OrganizationInput;
import io.frontline.customers.OrganizationView;
import io.frontline.customers.Organizations;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
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
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    record MergeRequest(@NotNull Long sourceId) {}

    private final Organizations organizations;

    OrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    @PostMapping
    ResponseEntity<OrganizationView> create(@Valid @RequestBody OrganizationInput request) {
        OrganizationView created = organizations.create(request, CurrentAgent.actor());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
                .body(created);
    }

    /** With {@code domain}, the one organization owning that email domain (or none). */
    @GetMapping
    Organizations.Page list(
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        if (domain != null) {
            return new Organizations.Page(
                    organizations.byDomain(domain).stream().toList(), null);
        }
        return organizations.list(cursor, limit, q);
    }

    @GetMapping("/{id}")
    OrganizationView get(@PathVariable long id) {
        return organizations.get(id);
    }

    @PatchMapping("/{id}")
    OrganizationView update(@PathVariable long id, @Valid @RequestBody OrganizationInput request) {
        return organizations.update(id, request, CurrentAgent.actor());
    }

    /** Merges the organization {@code sourceId} into this one; this one survives. */
    @PostMapping("/{id}/merge")
    OrganizationView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return organizations.merge(id, request.sourceId(), CurrentAgent.actor());
    }
}
