package io.frontline.identity;

/** What an agent may do. Each role includes the rights of the ones before it. */
public enum Role {
    AGENT,
    LEAD,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
