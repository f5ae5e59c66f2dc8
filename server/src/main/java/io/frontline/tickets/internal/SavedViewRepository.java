package io.frontline.tickets.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    @Query("select v from SavedView v where v.ownerId = :agentId or v.teamId in :teamIds order by lower(v.name), v.id")
    List<SavedView> visibleTo(@Param("agentId") long agentId, @Param("teamIds") Collection<Long> teamIds);
}
