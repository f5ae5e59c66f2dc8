package io.frontline.customers;

import io.frontline.audit.AuditTrail;
import io.frontline.customers.internal.Customer;
import io.frontline.customers.internal.CustomerIdentity;
import io.frontline.customers.internal.CustomerIdentityRepository;
import io.frontline.customers.internal.CustomerNote;
import io.frontline.customers.internal.CustomerNoteRepository;
import io.frontline.customers.internal.CustomerRepository;
import io.frontline.customers.internal.Organization;
import io.frontline.customers.internal.OrganizationRepository;
import io.frontline.kernel.Actor;
import io.frontline.kernel.ConflictException;
import io.frontline.kernel.Cursor;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, finds and merges customers. Every change is audited. */
@Service
public class Customers implements CustomerDirectory {

    private static final Pattern FIELD_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

    public record Page(List<CustomerView> items, String nextCursor) {}

    private final CustomerRepository customers;
    private final CustomerIdentityRepository identities;
    private final CustomerNoteRepository notes;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Customers(
            CustomerRepository customers,
            CustomerIdentityRepository identities,
            CustomerNoteRepository notes,
            OrganizationRepository organizations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.identities = identities;
        this.notes = notes;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CustomerView create(CustomerInput input, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean anyIdentity = notEmpty(input.emails()) || notEmpty(input.phones()) || notEmpty(input.handles());
        if ((input.name() == null || input.name().isBlank()) && !anyIdentity) {
            problems.add(new FieldViolation("name", "a name, an email, a phone or a handle is required"));
        }
        validate(input, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = input.name() != null && !input.name().isBlank()
                ? input.name().trim()
                : displayNameFrom(first(input.emails(), first(input.phones(), first(input.handles(), "Customer"))));
        Customer customer = new Customer(name, clock.instant());
        apply(customer, input);
        if (customer.getOrganizationId() == null) {
            customer.setOrganizationId(organizationForEmails(input.emails()));
        }
        customers.save(customer);
        audit.record(actor, "customer", customer.getId(), "created", describe(customer));
        return view(customer);
    }

    @Transactional
    public CustomerView update(long id, CustomerInput input, Actor actor) {
        Customer customer = load(id);
        if (customer.getMergedIntoId() != null) {
            throw new ConflictException(
                    "customer_merged", "Customer " + id + " was merged into " + customer.getMergedIntoId());
        }
        Map<String, Object> before = describe(customer);
        List<FieldViolation> problems = new ArrayList<>();
        if (input.name() != null && input.name().isBlank()) {
            problems.add(new FieldViolation("name", "must not be blank"));
        }
        validate(input, id, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (input.name() != null) customer.setName(input.name().trim());
        apply(customer, input);
        customer.touch(clock.instant());
        audit.record(actor, "customer", id, "updated", Map.of("from", before, "to", describe(customer)));
        return view(customer);
    }

    @Transactional(readOnly = true)
    public CustomerView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<CustomerView> getByEmail(String email) {
        return customers
                .findByIdentity(IdentityKind.EMAIL, CustomerIdentity.normalize(IdentityKind.EMAIL, email))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public Page list(String cursor, int limit, Long organizationId, String nameContains) {
        long before = Cursor.id(cursor, Long.MAX_VALUE);
        int size = Math.clamp(limit, 1, 200);
        String pattern = nameContains == null || nameContains.isBlank()
                ? null
                : "%" + nameContains.trim().toLowerCase(Locale.ROOT) + "%";
        List<Customer> found = customers.page(before, organizationId, pattern, Limit.of(size + 1));
        List<CustomerView> items = found.stream().limit(size).map(this::view).toList();
        String next = found.size() > size ? Cursor.ofId(items.getLast().id()) : null;
        return new Page(items, next);
    }

    /**
     * Merges {@code sourceId} into {@code survivorId}: identities, notes, tags and (through {@link CustomersMerged})
     * tickets move to the survivor; the source stays as a record pointing at the survivor.
     */
    @Transactional
    public CustomerView merge(long survivorId, long sourceId, Actor actor) {
        if (survivorId == sourceId) {
            throw new InvalidInputException("sourceId", "must differ from the customer merged into");
        }
        Customer survivor = load(survivorId);
        Customer source = load(sourceId);
        if (survivor.getMergedIntoId() != null) {
            throw new ConflictException("customer_merged", "Customer " + survivorId + " was itself merged already");
        }
        if (source.getMergedIntoId() != null) {
            throw new ConflictException("customer_merged", "Customer " + sourceId + " was merged already");
        }
        Map<String, Object> sourceBefore = describe(source);
        survivor.absorb(source, clock.instant());
        customers.flush();
        identities.moveAll(sourceId, survivorId);
        notes.moveAll(sourceId, survivorId);
        events.publishEvent(new CustomersMerged(sourceId, survivorId, actor));
        audit.record(actor, "customer", survivorId, "merged", Map.of("sourceId", sourceId, "source", sourceBefore));
        audit.record(actor, "customer", sourceId, "merged_into", Map.of("survivorId", survivorId));
        return view(load(survivorId));
    }

    @Transactional
    public NoteView addNote(long customerId, String body, Actor actor) {
        Customer customer = load(customerId);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "must not be blank");
        }
        CustomerNote note =
                notes.save(new CustomerNote(customer.getId(), actor.id(), actor.name(), body.strip(), clock.instant()));
        audit.record(actor, "customer", customerId, "note_added", Map.of("noteId", note.getId()));
        return noteView(note);
    }

    @Transactional(readOnly = true)
    public List<NoteView> notes(long customerId) {
        load(customerId);
        return notes.findByCustomerIdOrderByIdDesc(customerId).stream()
                .map(Customers::noteView)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerRef> find(long id) {
        return customers.refs(List.of(id)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CustomerRef> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return customers.refs(ids).stream().collect(Collectors.toMap(CustomerRef::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerRef> findByEmail(String email) {
        return customers.refByIdentity(IdentityKind.EMAIL, CustomerIdentity.normalize(IdentityKind.EMAIL, email));
    }

    @Override
    @Transactional
    public CustomerRef findOrCreateByEmail(String email, String name, Actor actor) {
        // a projection, not the entity: no identities to load and nothing to dirty-check at flush (ticket creation)
        Optional<CustomerRef> existing =
                customers.refOfOwner(IdentityKind.EMAIL, CustomerIdentity.normalize(IdentityKind.EMAIL, email));
        if (existing.isPresent()) {
            return existing.get();
        }
        String displayName = name == null || name.isBlank() ? displayNameFrom(email) : name.trim();
        Customer customer = new Customer(displayName, clock.instant());
        customer.addIdentity(IdentityKind.EMAIL, email);
        customer.setOrganizationId(organizationForEmails(List.of(email)));
        customers.save(customer);
        audit.record(actor, "customer", customer.getId(), "created", describe(customer));
        return customer.ref();
    }

    private void validate(CustomerInput input, Long self, List<FieldViolation> problems) {
        checkIdentities("emails", IdentityKind.EMAIL, input.emails(), self, problems);
        checkIdentities("phones", IdentityKind.PHONE, input.phones(), self, problems);
        checkIdentities("handles", IdentityKind.HANDLE, input.handles(), self, problems);
        if (input.phones() != null) {
            for (int i = 0; i < input.phones().size(); i++) {
                String digits = CustomerIdentity.normalize(
                        IdentityKind.PHONE, input.phones().get(i));
                if (digits.replace("+", "").length() < 3) {
                    problems.add(new FieldViolation("phones[" + i + "]", "is not a phone number"));
                }
            }
        }
        if (input.language() != null && !input.language().isBlank()) {
            try {
                Locale locale =
                        new Locale.Builder().setLanguageTag(input.language()).build();
                if (locale.getLanguage().isEmpty()) {
                    problems.add(new FieldViolation("language", "must be a language tag such as en or pt-BR"));
                }
            } catch (IllformedLocaleException e) {
                problems.add(new FieldViolation("language", "must be a language tag such as en or pt-BR"));
            }
        }
        if (input.timeZone() != null && !input.timeZone().isBlank()) {
            try {
                ZoneId.of(input.timeZone());
            } catch (DateTimeException e) {
                problems.add(new FieldViolation("timeZone", "must be a time zone such as Europe/Berlin"));
            }
        }
        if (input.organizationId() != null) {
            Optional<Organization> organization = organizations.findById(input.organizationId());
            if (organization.isEmpty() || organization.get().getMergedIntoId() != null) {
                problems.add(new FieldViolation("organizationId", "does not exist"));
            }
        }
        if (input.customFields() != null) {
            input.customFields().forEach((key, value) -> {
                if (!FIELD_KEY.matcher(key).matches()) {
                    problems.add(new FieldViolation("customFields." + key, "is not a valid field key"));
                } else if (value != null
                        && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    problems.add(new FieldViolation("customFields." + key, "must be a string, number or boolean"));
                }
            });
        }
    }

    private void checkIdentities(
            String field, IdentityKind kind, List<String> values, Long self, List<FieldViolation> problems) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String normalized = CustomerIdentity.normalize(kind, values.get(i));
            int index = i;
            customers.findByIdentity(kind, normalized).ifPresent(holder -> {
                if (self == null || !self.equals(holder.getId())) {
                    problems.add(new FieldViolation(
                            field + "[" + index + "]", "is already used by customer " + holder.getId()));
                }
            });
        }
    }

    private void apply(Customer customer, CustomerInput input) {
        if (input.emails() != null) customer.replaceIdentities(IdentityKind.EMAIL, input.emails());
        if (input.phones() != null) customer.replaceIdentities(IdentityKind.PHONE, input.phones());
        if (input.handles() != null) customer.replaceIdentities(IdentityKind.HANDLE, input.handles());
        if (input.language() != null) customer.setLanguage(blankToNull(input.language()));
        if (input.timeZone() != null) customer.setTimeZone(blankToNull(input.timeZone()));
        if (input.organizationId() != null) customer.setOrganizationId(input.organizationId());
        if (input.tags() != null) {
            customer.getTags().clear();
            input.tags().forEach(t -> customer.getTags().add(t.trim().toLowerCase(Locale.ROOT)));
        }
        if (input.customFields() != null) {
            Map<String, Object> merged = new LinkedHashMap<>(customer.getCustomFields());
            input.customFields().forEach((k, v) -> {
                if (v == null) merged.remove(k);
                else merged.put(k, v);
            });
            customer.setCustomFields(merged);
        }
    }

    private Long organizationForEmails(List<String> emails) {
        if (emails == null) {
            return null;
        }
        for (String email : emails) {
            int at = email.lastIndexOf('@');
            if (at > 0) {
                Optional<Organization> owner = organizations.findByDomain(
                        email.substring(at + 1).trim().toLowerCase(Locale.ROOT));
                if (owner.isPresent()) {
                    return owner.get().getId();
                }
            }
        }
        return null;
    }

    private Customer load(long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    private Map<String, Object> describe(Customer c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", c.getName());
        d.put("emails", c.values(IdentityKind.EMAIL));
        d.put("phones", c.values(IdentityKind.PHONE));
        d.put("handles", c.values(IdentityKind.HANDLE));
        d.put("language", c.getLanguage());
        d.put("timeZone", c.getTimeZone());
        d.put("organizationId", c.getOrganizationId());
        d.put("tags", List.copyOf(c.getTags()));
        d.put("customFields", Map.copyOf(c.getCustomFields()));
        return d;
    }

    CustomerView view(Customer c) {
        return new CustomerView(
                c.getId(),
                c.getName(),
                c.primary(IdentityKind.EMAIL),
                c.values(IdentityKind.EMAIL),
                c.values(IdentityKind.PHONE),
                c.values(IdentityKind.HANDLE),
                c.getLanguage(),
                c.getTimeZone(),
                c.getOrganizationId(),
                c.getTags().stream().sorted().toList(),
                c.getCustomFields(),
                c.getMergedIntoId(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion());
    }

    private static NoteView noteView(CustomerNote n) {
        return new NoteView(
                n.getId(), n.getCustomerId(), n.getAuthorId(), n.getAuthorName(), n.getBody(), n.getCreatedAt());
    }

    static String displayNameFrom(String address) {
        int at = address.indexOf('@');
        return at > 0 ? address.substring(0, at) : address;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static String first(List<String> values, String fallback) {
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }
}
