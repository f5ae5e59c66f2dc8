package io.frontline.web.internal;

import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Workspace pages answer failures with a page, not with the API's problem documents. */
@ControllerAdvice(
        basePackages = {
            "io.frontline.tickets.web",
            "io.frontline.customers.web",
            "io.frontline.identity.web",
            "io.frontline.channels.chat.web",
            "io.frontline.notifications.web"
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
