package io.frontline.automation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the automation module ({@code frontline.automation.*}). */
@ConfigurationProperties("frontline.automation")
public record AutomationProperties(Duration slaCheckInterval, Duration timeRulesInterval, Integer timeRulesBatch) {

    public AutomationProperties {
        slaCheckInterval = slaCheckInterval == null ? Duration.ofSeconds(30) : slaCheckInterval;
        timeRulesInterval = timeRulesInterval == null ? Duration.ofMinutes(1) : timeRulesInterval;
        timeRulesBatch = timeRulesBatch == null ? 500 : timeRulesBatch;
    }
}
