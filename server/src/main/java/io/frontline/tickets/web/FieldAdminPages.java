package io.frontline.tickets.web;

import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.tickets.FieldType;
import io.frontline.tickets.TicketFields;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Custom ticket fields, for admins only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FieldAdminPages {

    private final TicketFields fields;
    private final jakarta.validation.Validator validator;
    private final MessageSource messages;

    FieldAdminPages(TicketFields fields, jakarta.validation.Validator validator, MessageSource messages) {
        this.fields = fields;
        this.validator = validator;
        this.messages = messages;
    }

    /** The same bean validation the API applies to these commands. */
    private <T> T checked(T command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new io.frontline.kernel.FieldViolation(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return command;
    }

    @GetMapping("/admin/fields")
    String list(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("fields", fields.list());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("editing", edit == null ? null : fields.get(edit));
        model.addAttribute("section", "fields");
        return "tickets/admin-fields";
    }

    @PostMapping("/admin/fields")
    String create(FieldForm form, RedirectAttributes redirect) {
        try {
            fields.create(
                    checked(new TicketFields.NewField(
                            form.key() == null ? "" : form.key().strip(),
                            form.label() == null ? "" : form.label().strip(),
                            form.type(),
                            options(form.options()),
                            Boolean.TRUE.equals(form.requiredToSolve()),
                            form.position())),
                    CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/fields";
    }

    @PostMapping("/admin/fields/{id}")
    String update(@PathVariable long id, FieldForm form, RedirectAttributes redirect) {
        try {
            fields.update(
                    id,
                    checked(new TicketFields.FieldChanges(
                            form.label() == null || form.label().isBlank()
                                    ? null
                                    : form.label().strip(),
                            options(form.options()),
                            Boolean.TRUE.equals(form.requiredToSolve()),
                            Boolean.TRUE.equals(form.active()),
                            form.position())),
                    CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/fields";
    }

    private static List<String> options(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(raw.split("\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private String describe(FrontlineException e) {
        String detail = e instanceof InvalidInputException invalid
                ? invalid.violations().stream()
                        .map(v -> v.field() + " " + v.message())
                        .collect(Collectors.joining("; "))
                : e.getMessage();
        return messages.getMessage("problem.invalid", new Object[] {detail}, LocaleContextHolder.getLocale());
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
