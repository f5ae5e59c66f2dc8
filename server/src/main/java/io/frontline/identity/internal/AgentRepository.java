package io.frontline.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRepository extends JpaRepository<Agent, Long> {

    Optional<Agent> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);
}
