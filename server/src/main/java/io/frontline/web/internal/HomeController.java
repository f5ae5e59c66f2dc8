package io.frontline.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Agents start their shift in their own queue. */
    @GetMapping("/")
    String home() {
        return "redirect:/views/mine";
    }
}
