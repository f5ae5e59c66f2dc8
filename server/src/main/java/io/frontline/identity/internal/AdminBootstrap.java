package io.frontline.identity.internal;

import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.NewAgent;
import io.frontline.identity.Role;
import io.frontline.kernel.Actor;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when no agent exists yet. A generated password goes to standard output once, never to the
 * log, so that log shipping does not carry it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AgentRepository agents;
    private final IdentityAdmin admin;
    private final IdentityProperties properties;

    AdminBootstrap(AgentRepository agents, IdentityAdmin admin, IdentityProperties properties) {
        this.agents = agents;
        this.admin = admin;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agents.count() > 0) {
            return;
        }
        boolean generated =
                properties.password() == null || properties.password().isBlank();
        String password = generated ? generate() : properties.password();
        admin.createAgent(
                new NewAgent("Administrator", properties.email(), password, Role.ADMIN, 3, List.of(), List.of()),
                Actor.SYSTEM);
        log.info("Created the first admin {}", properties.email());
        if (generated) {
            System.out.println("Frontline admin: " + properties.email() + " / generated password: " + password
                    + "  (shown once; set FRONTLINE_ADMIN_PASSWORD to choose one)");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
