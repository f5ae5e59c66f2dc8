package io.frontline.identity.web;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.ApiTokens;
import io.frontline.identity.CurrentAgent;
import io.frontline.kernel.FrontlineException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every agent's own API tokens: issue one (its secret is shown once, on the next page only) and revoke. */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final MessageSource messages;

    TokenPages(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/settings/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.list(CurrentAgent.require().id()));
        model.addAttribute("section", "tokens");
        return "identity/tokens";
    }

    @PostMapping("/settings/tokens")
    String issue(TokenForm form, RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        String name = form.name() == null ? null : form.name().strip();
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        redirect.addFlashAttribute("issued", tokens.issue(me, name));
        return "redirect:/settings/tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        AgentPrincipal me = CurrentAgent.require();
        boolean own = tokens.list(me.id()).stream().anyMatch(t -> t.id() == id);
        try {
            if (!own) {
                throw new io.frontline.kernel.NotFoundException("API token", id);
            }
            tokens.revoke(id, me);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale()));
        } catch (FrontlineException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/tokens";
    }
}
