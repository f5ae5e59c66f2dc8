package io.frontline.automation;

import java.util.List;
import java.util.Map;

/** Which of the most recently updated tickets a rule would have matched, and what it would have changed on each. */
public record DryRun(int examined, List<Match> matches) {

    public record Match(long ticketId, String subject, String status, Map<String, Object> changes) {}
}
