package io.frontline.identity;

import io.frontline.kernel.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in agent, whether through the browser session, HTTP Basic or an API token. */
public record AgentPrincipal(
        long id, String name, String email, Role role, int tier, String passwordHash, boolean active)
        implements UserDetails {

    public Actor actor() {
        return Actor.agent(id, name);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "AgentPrincipal[id=" + id + ", email=" + email + ", role=" + role + "]";
    }
}
