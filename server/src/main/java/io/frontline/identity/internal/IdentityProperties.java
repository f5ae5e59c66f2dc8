package io.frontline.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created on the first start with an empty database.
 *
 * @param email {@code FRONTLINE_ADMIN_EMAIL}; default {@code admin@frontline.local}
 * @param password {@code FRONTLINE_ADMIN_PASSWORD}; when empty a password is generated and printed once
 */
@ConfigurationProperties("frontline.admin")
record IdentityProperties(String email, String password) {

    IdentityProperties {
        if (email == null || email.isBlank()) {
            email = "admin@frontline.local";
        }
    }
}
