package io.frontline.identity.web;

import io.frontline.identity.AgentChanges;
import io.frontline.identity.AgentView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.NewAgent;
import io.frontline.identity.NewTeam;
import io.frontline.identity.Role;
import io.frontline.identity.Skill;
import io.frontline.identity.TeamChanges;
import io.frontline.identity.TeamKind;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

/** Agents and teams, for admins only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPages {

    private final IdentityAdmin identity;
    private final Validator validator;
    private final MessageSource messages;

    AdminPages(IdentityAdmin identity, Validator validator, MessageSource messages) {
        this.identity = identity;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/admin/agents")
    String agents(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("agents", identity.agents());
        List<TeamView> teams = identity.teams();
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(t -> t.id(), t -> t.name())));
        model.addAttribute("roles", Role.values());
        model.addAttribute("editing", edit == null ? null : identity.agent(edit));
        model.addAttribute("section", "agents");
        return "identity/admin-agents";
    }

    @PostMapping("/admin/agents")
    String createAgent(AgentForm form, RedirectAttributes redirect) {
        try {
            NewAgent command = new NewAgent(
                    form.name(),
                    form.email(),
                    blankToNull(form.password()),
                    form.role(),
                    form.tier(),
                    form.teamIds(),
                    skills(form.skills()));
            check(command);
            identity.createAgent(command, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.agentCreated", form.name()));
        } catch (FrontlineException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/agents";
    }

    @PostMapping("/admin/agents/{id}")
    String updateAgent(@PathVariable long id, AgentForm form, RedirectAttributes redirect) {
        try {
            AgentChanges changes = new AgentChanges(
                    form.name(),
                    form.email(),
                    blankToNull(form.password()),
                    form.role(),
                    form.tier(),
                    Boolean.TRUE.equals(form.active()),
                    form.teamIds() == null ? List.of() : form.teamIds(),
                    skills(form.skills()));
            check(changes);
            identity.updateAgent(id, changes, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:/admin/agents?edit=" + id;
        }
        return "redirect:/admin/agents";
    }

    @GetMapping("/admin/teams")
    String teams(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("teams", identity.teams());
        model.addAttribute(
                "agentNames", identity.agents().stream().collect(Collectors.toMap(AgentView::id, AgentView::name)));
        model.addAttribute("kinds", TeamKind.values());
        model.addAttribute("editing", edit == null ? null : identity.team(edit));
        model.addAttribute("section", "teams");
        return "identity/admin-teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(TeamForm form, RedirectAttributes redirect) {
        try {
            NewTeam command = new NewTeam(form.name(), form.kind(), blankToNull(form.description()));
            check(command);
            identity.createTeam(command, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams/{id}")
    String updateTeam(@PathVariable long id, TeamForm form, RedirectAttributes redirect) {
        try {
            TeamChanges changes = new TeamChanges(form.name(), form.kind(), form.description());
            check(changes);
            identity.updateTeam(id, changes, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("admin.saved"));
        } catch (FrontlineException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:/admin/teams";
    }

    /** The same bean validation the API applies to these commands. */
    private void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new io.frontline.kernel.FieldViolation(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
    }

    static List<Skill> skills(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split("[,\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    int colon = s.indexOf(':');
                    if (colon <= 0) {
                        throw new InvalidInputException("skills", "write each skill as kind:value, e.g. language:de");
                    }
                    return new Skill(
                            s.substring(0, colon).strip(),
                            s.substring(colon + 1).strip());
                })
                .toList();
    }

    private String describe(Exception e) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
