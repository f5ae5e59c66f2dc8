package io.frontline.tickets.web;

import io.frontline.identity.CurrentAgent;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every full workspace page shows the views (their badge counts follow in a fragment the page fetches once loaded);
 * htmx fragments do not need them.
 */
@ControllerAdvice(
        basePackages = {
            "io.frontline.tickets.web",
            "io.frontline.customers.web",
            "io.frontline.identity.web",
            "io.frontline.channels.email.web",
            "io.frontline.channels.chat.web",
            "io.frontline.notifications.web",
            "io.frontline.automation.web"
        })
class NavigationAdvice {

    private final Queues queues;

    NavigationAdvice(Queues queues) {
        this.queues = queues;
    }

    @ModelAttribute("nav")
    Queues.Navigation nav(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || !"GET".equals(request.getMethod())) {
            return null;
        }
        return CurrentAgent.get().map(queues::links).orElse(null);
    }
}
