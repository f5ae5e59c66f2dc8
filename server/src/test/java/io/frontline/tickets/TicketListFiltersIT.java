package io.frontline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/tickets} with the filters of custom views: types, several tags, dates, custom fields. */
class TicketListFiltersIT extends ApiTest {

    /** A tag only this test's tickets carry, so that lists never see other tests' tickets. */
    private String batch;

    @BeforeEach
    void newBatch() {
        batch = "batch_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long ticket(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("tags", List.of(batch));
        return openTicket(body).id();
    }

    private List<Long> ids(String filters) {
        Api.Response response = admin.get("/api/v1/tickets?tag=" + batch + "&" + filters);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("items").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private String field(String type, List<String> options) {
        String key = type + "_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        Map<String, Object> body = new HashMap<>(Map.of("key", key, "label", "Field " + key, "type", type));
        if (!options.isEmpty()) {
            body.put("options", options);
        }
        Api.Response created = admin.post("/api/v1/ticket-fields", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    private static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Nested
    class TypesTagsAndDates {

        @Test
        void filtersByAnyOfSeveralTypes() {
            long incident = ticket(Map.of("type", "incident"));
            long task = ticket(Map.of("type", "task"));
            ticket(Map.of("type", "question"));
            ticket(Map.of());

            assertThat(ids("type=incident")).containsExactly(incident);
            assertThat(ids("type=incident,task")).containsExactly(task, incident);
            assertThat(ids("type=task&type=incident")).containsExactly(task, incident);
        }

        @Test
        void needsEveryTagGiven() {
            long both = ticket(Map.of("tags", List.of(batch, "refund", "vip")));
            long refundOnly = ticket(Map.of("tags", List.of(batch, "refund")));

            assertThat(ids("tag=refund")).containsExactly(refundOnly, both);
            assertThat(ids("tag=refund,VIP")).containsExactly(both);
            assertThat(ids("tag=refund&tag=vip")).containsExactly(both);
        }

        @Test
        void filtersByUpdatedBeforeAnInstantExcludingIt() {
            long untouched = ticket(Map.of());
            long touched = ticket(Map.of());
            Instant between = Instant.parse(admin.get("/api/v1/tickets/" + touched)
                    .json()
                    .get("updatedAt")
                    .asString());
            admin.patch("/api/v1/tickets/" + touched, Map.of("priority", "high"));
            admin.post("/api/v1/tickets/" + touched + "/messages", Map.of("body", "Still broken."));

            assertThat(ids("updatedBefore=" + between)).containsExactly(untouched);
            assertThat(ids("updatedAfter=" + between)).containsExactly(touched);
        }

        @Test
        void readsATimeBeforeNowForEveryDateFilter() {
            long fresh = ticket(Map.of());

            assertThat(ids("createdAfter=-1h")).containsExactly(fresh);
            assertThat(ids("createdBefore=-1h")).isEmpty();
            assertThat(ids("updatedBefore=-3d")).isEmpty();
            assertThat(ids("updatedAfter=-2w&updatedBefore=" + Instant.now().plusSeconds(60)))
                    .containsExactly(fresh);
        }
    }

    @Nested
    class CustomFields {

        @Test
        void matchesTextAndDropdownValuesIgnoringCase() {
            String plan = field("dropdown", List.of("Basic", "Pro"));
            String cause = field("text", List.of());
            long pro = ticket(Map.of("customFields", Map.of(plan, "Pro", cause, "Loose cable")));
            long basic = ticket(Map.of("customFields", Map.of(plan, "Basic")));
            ticket(Map.of());

            assertThat(ids("field." + plan + "=Pro")).containsExactly(pro);
            assertThat(ids("field." + plan + "=basic")).containsExactly(basic);
            assertThat(ids("field." + cause + "=" + q("loose CABLE"))).containsExactly(pro);
            assertThat(ids("field." + cause + "=loose")).isEmpty();
            assertThat(ids("field." + plan + "=Gold")).isEmpty();
        }

        @Test
        void tellsTickedFromNotTickedWhereNoValueCountsAsNotTicked() {
            String vip = field("checkbox", List.of());
            long ticked = ticket(Map.of("customFields", Map.of(vip, true)));
            long unticked = ticket(Map.of("customFields", Map.of(vip, false)));
            long unset = ticket(Map.of());

            assertThat(ids("field." + vip + "=true")).containsExactly(ticked);
            assertThat(ids("field." + vip + "=false")).containsExactly(unset, unticked);
        }

        @Test
        void matchesNumberRangesWithBothEndsIncluded() {
            String seats = field("number", List.of());
            long five = ticket(Map.of("customFields", Map.of(seats, 5)));
            long ten = ticket(Map.of("customFields", Map.of(seats, "10.5")));
            long twenty = ticket(Map.of("customFields", Map.of(seats, 20)));
            ticket(Map.of());

            assertThat(ids("field." + seats + ".min=5&field." + seats + ".max=10.5"))
                    .containsExactly(ten, five);
            assertThat(ids("field." + seats + ".min=6")).containsExactly(twenty, ten);
            assertThat(ids("field." + seats + ".max=-1")).isEmpty();
            assertThat(ids("field." + seats + "=20")).containsExactly(twenty);
        }

        @Test
        void matchesDateRangesWithBothDaysIncluded() {
            String due = field("date", List.of());
            long march = ticket(Map.of("customFields", Map.of(due, "2026-03-01")));
            long april = ticket(Map.of("customFields", Map.of(due, "2026-04-30")));

            assertThat(ids("field." + due + ".min=2026-03-01&field." + due + ".max=2026-04-29"))
                    .containsExactly(march);
            assertThat(ids("field." + due + ".min=2026-03-02")).containsExactly(april);
            assertThat(ids("field." + due + "=2026-04-30")).containsExactly(april);
        }

        @Test
        void followsChangesAndClearedValues() {
            String plan = field("dropdown", List.of("basic", "pro"));
            long id = ticket(Map.of("customFields", Map.of(plan, "basic")));

            admin.patch("/api/v1/tickets/" + id, Map.of("customFields", Map.of(plan, "pro")));
            assertThat(ids("field." + plan + "=pro")).containsExactly(id);
            assertThat(ids("field." + plan + "=basic")).isEmpty();

            Map<String, Object> clear = new HashMap<>();
            clear.put(plan, null);
            admin.patch("/api/v1/tickets/" + id, Map.of("customFields", clear));
            assertThat(ids("field." + plan + "=pro")).isEmpty();
        }

        @Test
        void combinesSeveralFieldsAndOtherFilters() {
            String plan = field("dropdown", List.of("basic", "pro"));
            String seats = field("number", List.of());
            long wanted = ticket(Map.of("type", "incident", "customFields", Map.of(plan, "pro", seats, 50)));
            ticket(Map.of("type", "incident", "customFields", Map.of(plan, "pro", seats, 5)));
            ticket(Map.of("type", "task", "customFields", Map.of(plan, "pro", seats, 50)));
            ticket(Map.of("type", "incident", "customFields", Map.of(plan, "basic", seats, 50)));

            assertThat(ids("type=incident&field." + plan + "=pro&field." + seats + ".min=10"))
                    .containsExactly(wanted);
        }

        @Test
        void pagesThroughAFieldFilterExactlyOnceInOrder() {
            String seats = field("number", List.of());
            List<Long> matching = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                matching.add(ticket(Map.of("customFields", Map.of(seats, 100 + i))));
                ticket(Map.of("customFields", Map.of(seats, i)));
            }

            for (String sort : List.of("-createdAt", "createdAt", "-updatedAt")) {
                List<Long> seen = new ArrayList<>();
                List<Integer> pageSizes = new ArrayList<>();
                String cursor = null;
                do {
                    JsonNode page = admin.get("/api/v1/tickets?tag=" + batch + "&field." + seats
                                    + ".min=100&limit=3&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))
                            .json();
                    page.get("items").forEach(t -> seen.add(t.get("id").asLong()));
                    pageSizes.add(page.get("items").size());
                    cursor = page.get("nextCursor").isNull()
                            ? null
                            : page.get("nextCursor").asString();
                } while (cursor != null && pageSizes.size() < 10);

                assertThat(pageSizes).as(sort).containsExactly(3, 3, 1);
                assertThat(seen)
                        .as(sort)
                        .containsExactlyElementsOf(sort.equals("createdAt") ? matching : matching.reversed());
            }
        }

        @Test
        void refusesValuesItCannotReadNamingEachParameter() {
            String seats = field("number", List.of());
            String vip = field("checkbox", List.of());
            String cause = field("text", List.of());
            String due = field("date", List.of());

            Api.Response response = admin.get("/api/v1/tickets?field.no_such_field=1&field." + seats + "=many&field."
                    + vip + "=maybe&field." + cause + ".min=1&field." + due + ".min=2026-02-30&field." + seats
                    + "=1&type=bug&updatedBefore=-3x");

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(errorFields(response))
                    .containsExactlyInAnyOrder(
                            "field.no_such_field",
                            "field." + seats,
                            "field." + vip,
                            "field." + cause + ".min",
                            "field." + due + ".min",
                            "type",
                            "updatedBefore");
        }

        @Test
        void refusesARangeWhoseEndsAreSwapped() {
            String seats = field("number", List.of());

            Api.Response response = admin.get("/api/v1/tickets?field." + seats + ".min=10&field." + seats + ".max=1");

            assertThat(response.status()).isEqualTo(422);
            assertThat(errorFields(response)).containsExactly("field." + seats + ".min");
        }
    }
}
