package io.frontline.tickets.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldDefinitionRepository extends JpaRepository<FieldDefinition, Long> {

    Optional<FieldDefinition> findByFieldKey(String key);

    List<FieldDefinition> findAllByOrderByPositionAscIdAsc();
}
