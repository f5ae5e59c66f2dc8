package io.frontline.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAgentIdOrderByIdDesc(long agentId);

    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(@Param("id") long id, @Param("at") Instant at);
}
