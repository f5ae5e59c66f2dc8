package io.frontline.automation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AutomationRuleRepository extends JpaRepository<AutomationRule, Long> {

    List<AutomationRule> findByKindOrderByPositionAscIdAsc(String kind);
}
