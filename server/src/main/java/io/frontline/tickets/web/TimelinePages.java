package io.frontline.tickets.web;

import io.frontline.tickets.Timelines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every message of a customer or organization across channels, as a fragment the customer pages load: the
 * customers module cannot call tickets (tickets depends on customers), so the page asks for it by URL.
 */
@Controller
class TimelinePages {

    private static final int PAGE_SIZE = 30;

    private final Timelines timelines;

    TimelinePages(Timelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/customers/{id}/timeline")
    String customer(@PathVariable long id, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", timelines.forCustomer(id, blankToNull(cursor), PAGE_SIZE));
        model.addAttribute("more", "/customers/" + id + "/timeline");
        return "tickets/timeline :: entries";
    }

    @GetMapping("/organizations/{id}/timeline")
    String organization(@PathVariable long id, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", timelines.forOrganization(id, blankToNull(cursor), PAGE_SIZE));
        model.addAttribute("more", "/organizations/" + id + "/timeline");
        return "tickets/timeline :: entries";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
