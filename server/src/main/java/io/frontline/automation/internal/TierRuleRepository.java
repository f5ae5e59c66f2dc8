package io.frontline.automation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierRuleRepository extends JpaRepository<TierRule, Long> {

    List<TierRule> findAllByOrderByIdAsc();
}
