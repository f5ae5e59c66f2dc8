package io.frontline.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRepository extends JpaRepository<Agent, Long> {

    Optional<Agent> findByEmail(String normalizedEmail);

    List<Agent> findByTeamsContaining(Team team);

    boolean existsByEmail(String normalizedEmail);
}
