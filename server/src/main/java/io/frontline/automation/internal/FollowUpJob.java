package io.frontline.automation.internal;

import io.frontline.automation.FollowUps;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Fires due follow-up reminders; on one node at a time (and each reminder exactly once in any case). */
@Component
class FollowUpJob {

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpJob(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.automation.follow-ups-interval:30s}", initialDelayString = "PT25S")
    @SchedulerLock(name = "follow-ups", lockAtMostFor = "PT10M")
    void fireDue() {
        followUps.fireDue(clock.instant());
    }
}
