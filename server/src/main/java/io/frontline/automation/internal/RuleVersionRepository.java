package io.frontline.automation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

    List<RuleVersion> findByKindAndRuleIdOrderByNumberDesc(String kind, long ruleId);

    Optional<RuleVersion> findByKindAndRuleIdAndNumber(String kind, long ruleId, int number);

    @Query("select coalesce(max(v.number), 0) from RuleVersion v where v.kind = ?1 and v.ruleId = ?2")
    int lastNumber(String kind, long ruleId);
}
