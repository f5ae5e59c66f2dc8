package io.frontline.automation.internal;

import io.frontline.automation.AutomationProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timed automation jobs; each runs on one node at a time. Each pass is timed ({@code frontline.automation.sla.check},
 * {@code frontline.automation.time-rules.pass}) and what it did is counted, so that an operator (and the bench) can see
 * what evaluating the rules over the waiting tickets costs.
 */
@Component
class AutomationJobs {

    private final SlaEngine sla;
    private final TimeRuleRunner timeRules;
    private final AutomationProperties properties;
    private final Clock clock;
    private final Timer slaCheck;
    private final Counter slaRecorded;
    private final Timer timeRulesPass;
    private final Counter timeRulesExamined;
    private final Counter timeRulesFired;

    AutomationJobs(
            SlaEngine sla,
            TimeRuleRunner timeRules,
            AutomationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.sla = sla;
        this.timeRules = timeRules;
        this.properties = properties;
        this.clock = clock;
        this.slaCheck = Timer.builder("frontline.automation.sla.check")
                .description("One pass of the SLA checker: warnings and breaches that fell due")
                .register(meters);
        this.slaRecorded = Counter.builder("frontline.automation.sla.recorded")
                .description("SLA warnings and breaches recorded by the checker")
                .register(meters);
        this.timeRulesPass = Timer.builder("frontline.automation.time-rules.pass")
                .description("One pass of the time rules over the tickets that wait")
                .register(meters);
        this.timeRulesExamined = Counter.builder("frontline.automation.time-rules.examined")
                .description("Tickets the time rules looked at (a ticket counts once per rule)")
                .register(meters);
        this.timeRulesFired = Counter.builder("frontline.automation.time-rules.fired")
                .description("Times a time rule acted on a ticket")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${frontline.automation.sla-check-interval:30s}", initialDelayString = "PT20S")
    @SchedulerLock(name = "sla-check", lockAtMostFor = "PT5M")
    void checkSla() {
        int recorded = slaCheck.record(() -> sla.check(clock.instant()));
        slaRecorded.increment(recorded);
    }

    @Scheduled(fixedDelayString = "${frontline.automation.time-rules-interval:1m}", initialDelayString = "PT30S")
    @SchedulerLock(name = "time-rules", lockAtMostFor = "PT30M")
    void runTimeRules() {
        TimeRuleRunner.Outcome outcome =
                timeRulesPass.record(() -> timeRules.run(clock.instant(), properties.timeRulesBatch()));
        timeRulesExamined.increment(outcome.examined());
        timeRulesFired.increment(outcome.fired());
    }
}
