package io.frontline;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

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
}
