package io.frontline.bench.load;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A workspace page as a signed-in agent's browser loads it: the HTML alone (no stylesheets or scripts, which are static
 * and cached), with the session cookie of a browser sign-in. Redirects are not followed, so an expired session shows up
 * as an error instead of as a fast sign-in page.
 */
abstract class PageWorkload extends Workload {

    @Override
    HttpProtocolBuilder protocol(HttpProtocolBuilder defaults) {
        return defaults.acceptHeader("text/html,application/xhtml+xml").disableFollowRedirect();
    }

    protected String anySession() {
        if (settings.sessions().isEmpty()) {
            throw new IllegalStateException("no browser sessions; the runner signs agents in for page workloads");
        }
        return settings.sessions().get(random.nextInt(settings.sessions().size()));
    }
}
