package io.frontline;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FrontlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrontlineApplication.class, args);
    }

    /** The one source of "now", so that tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The scheduler of {@code @Scheduled} jobs: a small pool, so that a long pass of one job (a time rule walking
     * 100,000 tickets) never holds back the others (SLA checks, the trigger queue, mail, routing). Boot's scheduler for
     * virtual threads runs every fixed-delay job on one shared thread; the chat broker's own scheduler would also make
     * Boot back off from defining one.
     */
    @Bean
    ThreadPoolTaskScheduler taskScheduler(@Value("${spring.task.scheduling.pool.size:8}") int threads) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(2, threads));
        scheduler.setThreadNamePrefix("frontline-job-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(10);
        return scheduler;
    }
}
