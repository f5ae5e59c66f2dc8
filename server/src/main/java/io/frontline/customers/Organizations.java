package io.frontline.customers;

import io.frontline.audit.AuditTrail;
import io.frontline.customers.internal.CustomerRepository;
import io.frontline.customers.internal.Organization;
import io.frontline.customers.internal.OrganizationRepository;
import io.frontline.identity.Directory;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.Cursor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, finds and merges organizations (the accounts customers belong to). */
@Service
public class Organizations {

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public record Page(List<OrganizationView> items, String nextCursor) {}

    private final OrganizationRepository organizations;
    private final CustomerRepository customers;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organizations(
            OrganizationRepository organizations,
            CustomerRepository customers,
            Directory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.customers = customers;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OrganizationView create(OrganizationInput input, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldViolation("name", "must not be blank"));
        }
        validate(input, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organization organization = new Organization(
                input.name().trim(), input.tier() == null ? OrganizationTier.STANDARD : input.tier(), clock.instant());
        apply(organization, input);
        organizations.save(organization);
        audit.record(actor, "organization", organization.getId(), "created", describe(organization));
        return view(organization);
    }

    @Transactional
    public OrganizationView update(long id, OrganizationInput input, Actor actor) {
        Organization organization = load(id);
        if (organization.getMergedIntoId() != null) {
            throw new ConflictException(
                    "organization_merged", "Organization " + id + " was merged into " + organization.getMergedIntoId());
        }
        Map<String, Object> before = describe(organization);
        List<FieldViolation> problems = new ArrayList<>();
        validate(input, id, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (input.name() != null) organization.setName(input.name().trim());
        if (input.tier() != null) organization.setTier(input.tier());
        apply(organization, input);
        organization.touch(clock.instant());
        audit.record(actor, "organization", id, "updated", Map.of("from", before, "to", describe(organization)));
        return view(organization);
    }

    @Transactional(readOnly = true)
    public OrganizationView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationView> byDomain(String domain) {
        return organizations
                .findByDomain(domain.trim().toLowerCase(Locale.ROOT))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public Page list(String cursor, int limit, String nameContains) {
        long before = Cursor.id(cursor, Long.MAX_VALUE);
        int size = Math.clamp(limit, 1, 200);
        String pattern = nameContains == null || nameContains.isBlank()
                ? null
                : "%" + nameContains.trim().toLowerCase(Locale.ROOT) + "%";
        List<Organization> found = organizations.page(before, pattern, Limit.of(size + 1));
        List<OrganizationView> items =
                found.stream().limit(size).map(this::view).toList();
        return new Page(items, found.size() > size ? Cursor.ofId(items.getLast().id()) : null);
    }

    /** Merges {@code sourceId} into {@code survivorId}: domains, customers and tickets follow the survivor. */
    @Transactional
    public OrganizationView merge(long survivorId, long sourceId, Actor actor) {
        if (survivorId == sourceId) {
            throw new InvalidInputException("sourceId", "must differ from the organization merged into");
        }
        Organization survivor = load(survivorId);
        Organization source = load(sourceId);
        if (survivor.getMergedIntoId() != null || source.getMergedIntoId() != null) {
            throw new ConflictException("organization_merged", "One of the organizations was merged already");
        }
        Set<String> domains = new LinkedHashSet<>(source.getDomains());
        source.getDomains().clear();
        survivor.absorb(source, clock.instant());
        organizations.flush();
        survivor.getDomains().addAll(domains);
        customers.moveOrganization(sourceId, survivorId);
        events.publishEvent(new OrganizationsMerged(sourceId, survivorId, actor));
        audit.record(actor, "organization", survivorId, "merged", Map.of("sourceId", sourceId));
        audit.record(actor, "organization", sourceId, "merged_into", Map.of("survivorId", survivorId));
        return view(survivor);
    }

    private void validate(OrganizationInput input, Long self, List<FieldViolation> problems) {
        if (input.domains() != null) {
            for (int i = 0; i < input.domains().size(); i++) {
                String domain = input.domains().get(i).trim().toLowerCase(Locale.ROOT);
                if (!DOMAIN.matcher(domain).matches()) {
                    problems.add(new FieldViolation("domains[" + i + "]", "is not a domain name"));
                    continue;
                }
                Optional<Organization> owner = organizations.findByDomain(domain);
                if (owner.isPresent() && !owner.get().getId().equals(self)) {
                    problems.add(new FieldViolation(
                            "domains[" + i + "]",
                            "belongs to organization " + owner.get().getId()));
                }
            }
        }
        if (input.accountManagerId() != null
                && directory.agent(input.accountManagerId()).isEmpty()) {
            problems.add(new FieldViolation("accountManagerId", "is not an agent"));
        }
    }

    private void apply(Organization organization, OrganizationInput input) {
        if (input.domains() != null) {
            organization.getDomains().clear();
            input.domains().forEach(d -> organization.getDomains().add(d.trim().toLowerCase(Locale.ROOT)));
        }
        if (input.accountManagerId() != null) organization.setAccountManagerId(input.accountManagerId());
        if (input.notes() != null)
            organization.setNotes(input.notes().isBlank() ? null : input.notes().strip());
    }

    private Organization load(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    private static Map<String, Object> describe(Organization o) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", o.getName());
        d.put("domains", List.copyOf(o.getDomains()));
        d.put("accountManagerId", o.getAccountManagerId());
        d.put("tier", o.getTier());
        d.put("notes", o.getNotes());
        return d;
    }

    private OrganizationView view(Organization o) {
        return new OrganizationView(
                o.getId(),
                o.getName(),
                o.getDomains().stream().sorted().toList(),
                o.getAccountManagerId(),
                o.getTier(),
                o.getNotes(),
                o.getMergedIntoId(),
                o.getCreatedAt(),
                o.getUpdatedAt(),
                o.getVersion());
    }
}
