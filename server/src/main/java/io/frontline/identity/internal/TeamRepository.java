package io.frontline.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsByNameIgnoreCase(String name);

    Optional<Team> findFirstByNameIgnoreCase(String name);

    @Query("select a.id from Agent a join a.teams t where t.id = :teamId order by a.id")
    List<Long> memberIds(@Param("teamId") long teamId);

    /** Every (team id, agent id) pair, ordered by agent, for listing all teams with their members in one query. */
    @Query("select t.id, a.id from Agent a join a.teams t order by a.id")
    List<Object[]> memberships();
}
