package io.frontline.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API and its bearer tokens, so that Swagger UI can call it with a token pasted in. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI frontlineOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Frontline API")
                        .version("v1")
                        .description("Tickets, customers, organizations, agents and teams. Issue a token with"
                                + " POST /api/v1/auth/tokens (HTTP Basic), then send it as a bearer token. Errors are"
                                + " RFC 9457 problem documents; every POST accepts an Idempotency-Key.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (fl_...)"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Agent email and password; only for issuing tokens")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
