package io.frontline.automation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkCalendarRepository extends JpaRepository<WorkCalendar, Long> {

    List<WorkCalendar> findAllByOrderByNameAscIdAsc();

    List<WorkCalendar> findByDefaultCalendarTrue();
}
