package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Map;

/**
 * The navigation's badge counts ({@code /views/nav}): every built-in and custom view counted up to "99+", the fragment
 * a workspace page fetches right after it loaded and again on every live change.
 */
public class NavCountsWorkload extends PageWorkload {

    @Override
    String name() {
        return "nav counts";
    }

    @Override
    Map<String, Object> nextValues() {
        return Map.of("cookie", anySession());
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .get("/views/nav")
                .header("Cookie", "#{cookie}")
                .header("HX-Request", "true")
                .check(status().is(200), substring("</nav>")));
    }
}
