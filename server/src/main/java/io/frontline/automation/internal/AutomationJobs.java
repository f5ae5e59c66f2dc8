package io.frontline.automation.internal;

import io.frontline.automation.AutomationProperties;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The timed automation jobs; each runs on one node at a time. */
@Component
class AutomationJobs {

    private final SlaEngine sla;
    private final TimeRuleRunner timeRules;
    private final AutomationProperties properties;
    private final Clock clock;

    AutomationJobs(SlaEngine sla, TimeRuleRunner timeRules, AutomationProperties properties, Clock clock) {
        this.sla = sla;
        this.timeRules = timeRules;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.automation.sla-check-interval:30s}", initialDelayString = "PT20S")
    @SchedulerLock(name = "sla-check", lockAtMostFor = "PT5M")
    void checkSla() {
        sla.check(clock.instant());
    }

    @Scheduled(fixedDelayString = "${frontline.automation.time-rules-interval:1m}", initialDelayString = "PT30S")
    @SchedulerLock(name = "time-rules", lockAtMostFor = "PT30M")
    void runTimeRules() {
        timeRules.run(clock.instant(), properties.timeRulesBatch());
    }
}
