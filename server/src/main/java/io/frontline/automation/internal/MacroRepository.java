package io.frontline.automation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MacroRepository extends JpaRepository<Macro, Long> {

    /** Team and shared macros, and the personal macros of one agent; access is decided by {@link MacroAccess}. */
    @Query("select m from Macro m where m.scope <> 'PERSONAL' or m.ownerId = ?1 order by m.position, m.title, m.id")
    List<Macro> candidatesFor(long agentId);

    @Query("select coalesce(max(m.position), 0) from Macro m")
    int lastPosition();
}
