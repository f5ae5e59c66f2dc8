package io.frontline.customers.web;

import io.frontline.customers.CustomerInput;
import io.frontline.customers.CustomerView;
import io.frontline.customers.Customers;
import io.frontline.customers.OrganizationInput;
import io.frontline.customers.OrganizationView;
import io.frontline.customers.Organizations;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customers and organizations: lists, profiles, editing, notes and merging duplicates. */
@Controller
class CustomerPages {

    private static final int PAGE_SIZE = 50;

    private final Customers customers;
    private final Organizations organizations;
    private final MessageSource messages;

    CustomerPages(Customers customers, Organizations organizations, MessageSource messages) {
        this.customers = customers;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/customers")
    String customers(
            @RequestParam(required = false) String name, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", customers.list(blankToNull(cursor), PAGE_SIZE, null, blankToNull(name)));
        model.addAttribute("name", name);
        model.addAttribute("activeView", "customers");
        model.addAttribute("organizationNames", organizationNames());
        return "customers/customers";
    }

    @GetMapping("/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        CustomerView customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute(
                "organization",
                customer.organizationId() == null ? null : organizations.get(customer.organizationId()));
        model.addAttribute("organizations", organizations.list(null, 200, null).items());
        model.addAttribute("notes", customers.notes(id));
        model.addAttribute("activeView", "customers");
        return "customers/customer";
    }

    @PostMapping("/customers/{id}")
    String updateCustomer(@PathVariable long id, CustomerForm form, RedirectAttributes redirect) {
        try {
            customers.update(
                    id,
                    new CustomerInput(
                            form.name(),
                            split(form.emails()),
                            split(form.phones()),
                            split(form.handles()),
                            blankToNull(form.language()),
                            blankToNull(form.timeZone()),
                            form.organizationId(),
                            split(form.tags()),
                            null),
                    CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("customer.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/notes")
    String addNote(@PathVariable long id, NoteForm form, RedirectAttributes redirect) {
        try {
            customers.addNote(id, form.body(), CurrentAgent.actor());
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/merge")
    String mergeCustomer(@PathVariable long id, MergeForm form, RedirectAttributes redirect) {
        try {
            customers.merge(id, form.sourceId() == null ? -1 : form.sourceId(), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("customer.merged", form.sourceId()));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/customers/" + id;
    }

    @GetMapping("/organizations")
    String organizations(
            @RequestParam(required = false) String name, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", organizations.list(blankToNull(cursor), PAGE_SIZE, blankToNull(name)));
        model.addAttribute("name", name);
        model.addAttribute("activeView", "organizations");
        return "customers/organizations";
    }

    @GetMapping("/organizations/{id}")
    String organization(@PathVariable long id, Model model) {
        OrganizationView organization = organizations.get(id);
        model.addAttribute("organization", organization);
        model.addAttribute("members", customers.list(null, 100, id, null).items());
        model.addAttribute("tiers", io.frontline.customers.OrganizationTier.values());
        model.addAttribute("activeView", "organizations");
        return "customers/organization";
    }

    @PostMapping("/organizations/{id}")
    String updateOrganization(@PathVariable long id, OrganizationForm form, RedirectAttributes redirect) {
        try {
            organizations.update(
                    id,
                    new OrganizationInput(
                            form.name(),
                            split(form.domains()),
                            null,
                            form.tier(),
                            form.notes() == null ? "" : form.notes()),
                    CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("organization.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id}/merge")
    String mergeOrganization(@PathVariable long id, MergeForm form, RedirectAttributes redirect) {
        try {
            organizations.merge(id, form.sourceId() == null ? -1 : form.sourceId(), CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("customer.merged", form.sourceId()));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/organizations/" + id;
    }

    private java.util.Map<Long, String> organizationNames() {
        return organizations.list(null, 200, null).items().stream()
                .collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
    }

    private String describe(FrontlineException e) {
        String detail = e instanceof InvalidInputException invalid
                ? invalid.violations().stream()
                        .map(v -> v.field() + " " + v.message())
                        .collect(Collectors.joining("; "))
                : e.getMessage();
        return text("problem.invalid", detail);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static List<String> split(String raw) {
        if (raw == null) {
            return null;
        }
        return Arrays.stream(raw.split("[,\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
