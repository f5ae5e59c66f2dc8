package io.frontline.automation.web;

import io.frontline.automation.BusinessHours;
import io.frontline.automation.BusinessHoursInput;
import io.frontline.automation.BusinessHoursView;
import io.frontline.identity.CurrentAgent;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.TeamView;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Where leads keep business-hours calendars: a week of shifts written per day ({@code 09:00-17:00, 22:00-06:00}),
 * holidays one per line ({@code 2026-12-25 Christmas}, or {@code 12-25 Christmas} for every year), the teams that work
 * by the calendar, and its versions.
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class BusinessHoursPages {

    static final List<String> DAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Pattern SHIFT = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern HOLIDAY = Pattern.compile("(\\d{4}-)?(\\d{2}-\\d{2})\\s+(.+)");
    private static final Pattern SHIFT_FIELD = Pattern.compile("shifts\\[(\\d+)\\].*");

    /** The editor's fields: one text per day, holidays one per line. */
    record CalendarForm(
            String name,
            String description,
            String timeZone,
            Boolean defaultCalendar,
            String monday,
            String tuesday,
            String wednesday,
            String thursday,
            String friday,
            String saturday,
            String sunday,
            String holidays,
            List<Long> teamIds) {

        String day(String day) {
            return switch (day) {
                case "monday" -> monday;
                case "tuesday" -> tuesday;
                case "wednesday" -> wednesday;
                case "thursday" -> thursday;
                case "friday" -> friday;
                case "saturday" -> saturday;
                default -> sunday;
            };
        }

        /** The day's shifts as written, for the page. */
        public Map<String, String> week() {
            Map<String, String> week = new LinkedHashMap<>();
            DAYS.forEach(d -> week.put(d, day(d) == null ? "" : day(d)));
            return week;
        }
    }

    private final BusinessHours hours;
    private final IdentityAdmin identity;
    private final MessageSource messages;

    BusinessHoursPages(BusinessHours hours, IdentityAdmin identity, MessageSource messages) {
        this.hours = hours;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/automation/business-hours")
    String page(@RequestParam(required = false) Long edit, @RequestParam(required = false) Long versions, Model model) {
        List<BusinessHoursView> all = hours.list();
        List<TeamView> teams = identity.teams();
        model.addAttribute("calendars", all);
        model.addAttribute("nextChange", nextChanges(all));
        model.addAttribute("teams", teams);
        model.addAttribute(
                "teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name, (a, b) -> a)));
        BusinessHoursView editing = edit == null ? null : hours.get(edit);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", editing == null ? blank() : form(editing));
        }
        model.addAttribute("days", DAYS);
        model.addAttribute(
                "zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        model.addAttribute("versions", versions == null ? null : hours.versions(versions));
        model.addAttribute("versionsOf", versions);
        model.addAttribute("section", "business-hours");
        return "automation/business-hours";
    }

    @PostMapping("/automation/business-hours")
    String save(@RequestParam(required = false) Long id, CalendarForm form, RedirectAttributes redirect) {
        List<BusinessHoursInput.Shift> shifts = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try {
            BusinessHoursInput input = input(form, shifts, written);
            if (id == null) {
                hours.create(input, CurrentAgent.actor());
            } else {
                hours.update(id, input, CurrentAgent.actor());
            }
            redirect.addFlashAttribute("notice", text("admin.saved"));
            return "redirect:/automation/business-hours";
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e, written));
            redirect.addFlashAttribute("form", form);
            return "redirect:/automation/business-hours" + (id == null ? "" : "?edit=" + id);
        }
    }

    @PostMapping("/automation/business-hours/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        hours.delete(id, CurrentAgent.actor());
        redirect.addFlashAttribute("notice", text("automation.deleted"));
        return "redirect:/automation/business-hours";
    }

    @PostMapping("/automation/business-hours/{id}/rollback/{number}")
    String rollback(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        try {
            hours.rollback(id, number, CurrentAgent.actor());
            redirect.addFlashAttribute("notice", text("automation.restored", number));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", describe(e, List.of()));
        }
        return "redirect:/automation/business-hours?versions=" + id;
    }

    /** When each calendar next opens or closes, in its own zone (that is how its shifts are written). */
    private static Map<Long, String> nextChanges(List<BusinessHoursView> calendars) {
        Map<Long, String> next = new LinkedHashMap<>();
        for (BusinessHoursView c : calendars) {
            Instant at = c.now().open() ? c.now().nextClosing() : c.now().nextOpening();
            if (at != null) {
                next.put(
                        c.id(),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(LocaleContextHolder.getLocale())
                                .withZone(ZoneId.of(c.timeZone()))
                                .format(at));
            }
        }
        return next;
    }

    private static BusinessHoursInput input(
            CalendarForm form, List<BusinessHoursInput.Shift> shifts, List<String> written) {
        List<FieldViolation> problems = new ArrayList<>();
        for (String day : DAYS) {
            String text = form.day(day);
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String part : text.split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = SHIFT.matcher(part.strip());
                if (m.matches()) {
                    shifts.add(new BusinessHoursInput.Shift(day, m.group(1), m.group(2)));
                    written.add(day + " " + part.strip());
                } else {
                    problems.add(new FieldViolation(day, "\"" + part.strip() + "\" is not like 09:00-17:00"));
                }
            }
        }
        List<BusinessHoursInput.Holiday> holidays = new ArrayList<>();
        String lines = form.holidays() == null ? "" : form.holidays();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HOLIDAY.matcher(line.strip());
            if (!m.matches()) {
                problems.add(
                        new FieldViolation("holidays", "\"" + line.strip() + "\" is not like 2026-12-25 Christmas"));
                continue;
            }
            boolean yearly = m.group(1) == null;
            // a yearly holiday is kept with a leap year, so that 02-29 is a date too
            String date = (yearly ? "2028-" : m.group(1)) + m.group(2);
            holidays.add(new BusinessHoursInput.Holiday(date, m.group(3).strip(), yearly));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BusinessHoursInput(
                form.name(),
                form.description(),
                form.timeZone(),
                Boolean.TRUE.equals(form.defaultCalendar()),
                shifts,
                holidays,
                form.teamIds() == null ? List.of() : form.teamIds());
    }

    private static CalendarForm blank() {
        return new CalendarForm(
                "",
                "",
                "UTC",
                false,
                "09:00-17:00",
                "09:00-17:00",
                "09:00-17:00",
                "09:00-17:00",
                "09:00-17:00",
                "",
                "",
                "",
                List.of());
    }

    private static CalendarForm form(BusinessHoursView c) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        DAYS.forEach(d -> week.put(d, new ArrayList<>()));
        c.shifts().forEach(s -> week.get(s.day()).add(s.start() + "-" + s.end()));
        String holidays = c.holidays().stream()
                .map(h -> (Boolean.TRUE.equals(h.yearly()) ? h.date().substring(5) : h.date()) + " " + h.name())
                .collect(Collectors.joining("\n"));
        return new CalendarForm(
                c.name(),
                c.description(),
                c.timeZone(),
                c.defaultCalendar(),
                String.join(", ", week.get("monday")),
                String.join(", ", week.get("tuesday")),
                String.join(", ", week.get("wednesday")),
                String.join(", ", week.get("thursday")),
                String.join(", ", week.get("friday")),
                String.join(", ", week.get("saturday")),
                String.join(", ", week.get("sunday")),
                holidays,
                c.teamIds());
    }

    /** Problems in the words of the form: a shift is named by what was written, not by its index in the request. */
    private static String describe(FrontlineException e, List<String> written) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.violations().stream()
                    .map(v -> {
                        Matcher m = SHIFT_FIELD.matcher(v.field());
                        String field = v.field();
                        if (m.matches() && Integer.parseInt(m.group(1)) < written.size()) {
                            field = written.get(Integer.parseInt(m.group(1)));
                        }
                        return field + ": " + v.message();
                    })
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
