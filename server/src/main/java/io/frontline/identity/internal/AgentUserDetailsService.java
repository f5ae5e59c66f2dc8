package io.frontline.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs agents in by email and password, for the browser and for HTTP Basic on the token endpoint. */
@Service
class AgentUserDetailsService implements UserDetailsService {

    private final AgentRepository agents;

    AgentUserDetailsService(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return agents.findByEmail(Agent.normalizeEmail(email))
                .filter(a -> a.principal().getPassword() != null)
                .map(Agent::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no agent with that email"));
    }
}
