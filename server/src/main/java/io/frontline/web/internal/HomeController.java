package io.frontline.web.internal;

import io.frontline.identity.CurrentAgent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("name", CurrentAgent.require().name());
        return "web/home";
    }
}
