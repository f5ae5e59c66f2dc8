package io.frontline.identity.rest;

import io.frontline.identity.ApiTokens;
import io.frontline.identity.CurrentAgent;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
class TokenController {

    record TokenRequest(@Size(max = 100) String name) {}

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Issues a token for the agent signed in with HTTP Basic. The secret is in this response only. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@RequestBody(required = false) @jakarta.validation.Valid TokenRequest request) {
        return tokens.issue(CurrentAgent.require(), request == null ? null : request.name());
    }

    @GetMapping
    List<ApiTokens.TokenInfo> mine() {
        return tokens.list(CurrentAgent.require().id());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id, CurrentAgent.require());
    }
}
