package io.frontline.automation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    List<SlaPolicy> findAllByOrderByPositionAscIdAsc();
}
