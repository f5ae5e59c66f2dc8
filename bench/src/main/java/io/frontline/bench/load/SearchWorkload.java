package io.frontline.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An agent's searches, in a mix modelled on real use: one or two words (common and rare), customer look-ups by
 * email, words with filters, filters only, phrases, and German and Japanese text.
 */
public class SearchWorkload extends Workload {

    private static final List<String> WORDS = List.of(
            "refund",
            "router",
            "invoice",
            "password",
            "delivery",
            "wifi",
            "subscription",
            "login",
            "charged",
            "broken",
            "firmware",
            "Rechnung",
            "Lieferung",
            "factura",
            "colis",
            "返品",
            "router reboot",
            "charged twice",
            "cannot log in");

    private static final List<String> FILTERED = List.of(
            "refund status:open",
            "router priority:urgent",
            "invoice status:pending,open",
            "password channel:email",
            "delivery created>2026-06-01");

    private static final List<String> FILTERS_ONLY =
            List.of("assignee:me status:open,pending", "status:new", "priority:urgent status:open");

    @Override
    String name() {
        return "search";
    }

    @Override
    Map<String, Object> nextValues() {
        int pick = random.nextInt(100);
        String query;
        if (pick < 45) {
            query = WORDS.get(random.nextInt(WORDS.size()));
        } else if (pick < 60 && !settings.emails().isEmpty()) {
            query = settings.emails().get(random.nextInt(settings.emails().size()));
        } else if (pick < 80) {
            query = FILTERED.get(random.nextInt(FILTERED.size()));
        } else if (pick < 92) {
            query = FILTERS_ONLY.get(random.nextInt(FILTERS_ONLY.size()));
        } else {
            query = "\"" + WORDS.get(random.nextInt(WORDS.size())) + "\"";
        }
        return Map.of("token", anyToken(), "q", URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @Override
    ChainBuilder operation() {
        return exec(http(name())
                .get("/api/v1/search?q=#{q}&limit=20")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200)));
    }
}
