package io.frontline.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchApiIT extends ApiTest {

    /** A made-up word no other test uses, so that tests sharing the index never see each other's documents. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private Api.Response search(Api client, String query) {
        return client.get("/api/v1/search?q=" + q(query));
    }

    private List<Long> ticketIds(String query) {
        Api.Response response = search(admin, query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ids(response.json().get("tickets"));
    }

    private static List<Long> ids(JsonNode section) {
        List<Long> ids = new ArrayList<>();
        section.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private long ticket(String subject, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("subject", subject);
        return openTicket(body).id();
    }

    private JsonNode onlyTicket(String query) {
        JsonNode items = search(admin, query).json().get("tickets").get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Nested
    class Tickets {

        @Test
        void findsATicketByAWordOfItsSubjectWithTheWordHighlighted() {
            String word = word();
            long id = ticket("Router " + word + " keeps rebooting", Map.of());

            JsonNode hit = onlyTicket(word);

            assertThat(hit.get("id").asLong()).isEqualTo(id);
            assertThat(hit.get("status").asString()).isEqualTo("new");
            assertThat(hit.get("subjectHtml").asString()).isEqualTo("Router <mark>" + word + "</mark> keeps rebooting");
        }

        @Test
        void findsATicketByAWordOnlyInALaterReplyAsSoonAsThePostReturns() {
            String word = word();
            long id = ticket("Printer trouble", Map.of());

            Api.Response reply = admin.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of("body", "Have you tried <the> " + word + " reset button?"));
            assertThat(reply.status()).isEqualTo(201);

            JsonNode hit = onlyTicket(word);
            assertThat(hit.get("id").asLong()).isEqualTo(id);
            assertThat(hit.get("subjectHtml").asString()).isEqualTo("Printer trouble");
            assertThat(hit.get("snippetHtml").asString())
                    .contains("<mark>" + word + "</mark>")
                    .contains("&lt;the&gt;")
                    .doesNotContain("<the>");
        }

        @Test
        void needsEveryWordButNotInTheSameField() {
            String inSubject = word();
            String inMessage = word();
            long id = ticket("Invoice " + inSubject, Map.of("message", Map.of("body", "About " + inMessage)));

            assertThat(ticketIds(inSubject + " " + inMessage)).isEmpty();
            assertThat(ticketIds(inSubject)).containsExactly(id);
            assertThat(ticketIds(inMessage)).containsExactly(id);
        }

        @Test
        void matchesQuotedPhrasesInOrderOnly() {
            String first = word();
            String second = word();
            long id = ticket(first + " " + second + " failed", Map.of());

            assertThat(ticketIds("\"" + first + " " + second + "\"")).containsExactly(id);
            assertThat(ticketIds("\"" + second + " " + first + "\"")).isEmpty();
        }

        @Test
        void ignoresAccentsAndCaseAndFindsJapaneseWordsInsideASentence() {
            String word = word();
            long german = ticket("Zurücksetzen des Routers " + word, Map.of());
            long japanese = ticket(word + " ルーターが再起動を繰り返します", Map.of());

            assertThat(ticketIds("ZURUCKSETZEN " + word)).containsExactly(german);
            assertThat(ticketIds("再起動 " + word)).containsExactly(japanese);
        }

        @Test
        void findsMergedMessagesUnderTheTargetTicket() {
            String word = word();
            long source = ticket("Duplicate report", Map.of("message", Map.of("body", "The " + word + " is broken")));
            long target = ticket("Original report", Map.of());

            assertThat(admin.post("/api/v1/tickets/" + source + "/merge", Map.of("targetId", target))
                            .status())
                    .isEqualTo(200);

            assertThat(ticketIds(word)).containsExactly(target);
        }

        @Test
        void pagesThroughRankedResultsWithACursor() {
            String word = word();
            for (int i = 0; i < 3; i++) {
                ticket("Shipment " + word + " " + i, Map.of());
            }

            JsonNode first = admin.get("/api/v1/search?types=tickets&limit=2&q=" + word)
                    .json()
                    .get("tickets");
            assertThat(first.get("total").asLong()).isEqualTo(3);
            assertThat(first.get("totalExact").asBoolean()).isTrue();
            assertThat(first.get("items")).hasSize(2);
            JsonNode second = admin.get("/api/v1/search?limit=2&q=" + word + "&cursor="
                            + first.get("nextCursor").asString())
                    .json();
            assertThat(second.get("tickets").get("items")).hasSize(1);
            assertThat(second.get("tickets").get("nextCursor").isNull()).isTrue();
            assertThat(second.has("customers")).isFalse();
        }
    }

    @Nested
    class Filters {

        @Test
        void narrowByStatusTagAndPriority() {
            String word = word();
            long plain = ticket("Refund " + word, Map.of());
            long tagged = ticket("Refund " + word, Map.of("tags", List.of("Refund", "vip"), "priority", "urgent"));
            admin.patch("/api/v1/tickets/" + tagged, Map.of("status", "pending"));

            assertThat(ticketIds(word)).containsExactlyInAnyOrder(plain, tagged);
            assertThat(ticketIds(word + " status:pending")).containsExactly(tagged);
            assertThat(ticketIds(word + " status:new,open")).containsExactly(plain);
            assertThat(ticketIds(word + " tag:refund")).containsExactly(tagged);
            assertThat(ticketIds(word + " priority:urgent")).containsExactly(tagged);
        }

        @Test
        void narrowByAssigneeMeAndNone() {
            String word = word();
            long me = admin.get("/api/v1/agents/me").id();
            long mine = ticket("Callback " + word, Map.of("assigneeId", me));
            long nobodys = ticket("Callback " + word, Map.of());

            assertThat(ticketIds(word + " assignee:me")).containsExactly(mine);
            assertThat(ticketIds(word + " assignee:none")).containsExactly(nobodys);
            assertThat(ticketIds(word + " assignee:" + ADMIN_EMAIL)).containsExactly(mine);
        }

        @Test
        void narrowByRequesterEmail() {
            String word = word();
            String alice = email("alice");
            long hers = ticket("Login " + word, Map.of("requester", Map.of("email", alice)));
            ticket("Login " + word, Map.of());

            assertThat(ticketIds(word + " requester:" + alice.toUpperCase())).containsExactly(hers);
            assertThat(ticketIds(word + " requester:nobody@example.com")).isEmpty();
        }

        @Test
        void narrowByCreationDate() {
            String word = word();
            long id = ticket("Warranty " + word, Map.of());
            String tomorrow = LocalDate.now().plusDays(2).toString();

            assertThat(ticketIds(word + " created>2026-01-01")).containsExactly(id);
            assertThat(ticketIds(word + " created>" + tomorrow)).isEmpty();
            assertThat(ticketIds(word + " created<" + tomorrow)).containsExactly(id);
        }

        @Test
        void listTicketsWithoutAnyWordsAndOnlyTickets() {
            String tag = word();
            long id = ticket("Anything", Map.of("tags", List.of(tag)));

            JsonNode results = search(admin, "tag:" + tag).json();

            assertThat(ids(results.get("tickets"))).containsExactly(id);
            assertThat(results.has("customers")).isFalse();
            assertThat(results.has("organizations")).isFalse();
        }

        @Test
        void refuseAnUnknownFilterWithAProblemNamingIt() {
            Api.Response response = search(admin, "stauts:open printer");

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("q");
            assertThat(error.get("message").asString()).contains("stauts:");
        }

        @Test
        void refuseAnUnknownValueAndAnUnknownResultType() {
            assertThat(search(admin, "status:opne").status()).isEqualTo(422);
            assertThat(search(admin, "created>soon").status()).isEqualTo(422);
            assertThat(admin.get("/api/v1/search?q=x&types=invoices").status()).isEqualTo(422);
        }
    }

    @Nested
    class CustomersAndOrganizations {

        @Test
        void findsACustomerByNameAndByEmail() {
            String word = word();
            String email = word + "@example.org";
            long id = admin.post("/api/v1/customers", Map.of("name", "Wanda " + word, "emails", List.of(email)))
                    .id();

            JsonNode byName = search(admin, word).json().get("customers");
            assertThat(ids(byName)).containsExactly(id);
            assertThat(byName.get("items").get(0).get("nameHtml").asString())
                    .isEqualTo("Wanda <mark>" + word + "</mark>");
            assertThat(ids(search(admin, email).json().get("customers"))).containsExactly(id);
        }

        @Test
        void findsAMergedCustomersAddressUnderTheSurvivorOnly() {
            String word = word();
            long survivor = admin.post("/api/v1/customers", Map.of("name", "Sam Survivor"))
                    .id();
            long duplicate = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Sam Duplicate", "emails", List.of(word + "@example.org")))
                    .id();

            admin.post("/api/v1/customers/" + survivor + "/merge", Map.of("sourceId", duplicate));

            assertThat(ids(search(admin, word + "@example.org").json().get("customers")))
                    .containsExactly(survivor);
        }

        @Test
        void findsAnOrganizationByNameAndByDomain() {
            String word = word();
            long id = admin.post(
                            "/api/v1/organizations",
                            Map.of("name", "Acme " + word, "domains", List.of(word + ".example")))
                    .id();

            assertThat(ids(search(admin, word).json().get("organizations"))).containsExactly(id);
            JsonNode byDomain = search(admin, word + ".example").json().get("organizations");
            assertThat(ids(byDomain)).containsExactly(id);
            assertThat(byDomain.get("items").get(0).get("snippetHtml").asString())
                    .contains("<mark>");
        }

        @Test
        void findsAMergedOrganizationsDomainUnderTheSurvivorOnly() {
            String word = word();
            long survivor = admin.post("/api/v1/organizations", Map.of("name", "Initech " + word))
                    .id();
            long duplicate = admin.post(
                            "/api/v1/organizations",
                            Map.of("name", "Initech Duplicate " + word, "domains", List.of(word + ".example")))
                    .id();

            admin.post("/api/v1/organizations/" + survivor + "/merge", Map.of("sourceId", duplicate));

            assertThat(ids(search(admin, word + ".example").json().get("organizations")))
                    .containsExactly(survivor);
        }

        @Test
        void narrowsTicketsByOrganizationName() {
            String word = word();
            long organization = admin.post(
                            "/api/v1/organizations",
                            Map.of("name", "Globex " + word, "domains", List.of(word + ".test")))
                    .id();
            long theirs = ticket("Outage " + word, Map.of("requester", Map.of("email", "ops@" + word + ".test")));
            ticket("Outage " + word, Map.of());

            assertThat(ticketIds(word + " organization:\"Globex " + word + "\""))
                    .containsExactly(theirs);
            assertThat(ticketIds(word + " organization:" + organization)).containsExactly(theirs);
            assertThat(ticketIds(word + " organization:" + word + ".test")).containsExactly(theirs);
        }
    }

    @Nested
    class Suggestions {

        @Test
        void completeTheStartOfWordsInSubjectsNamesEmailsAndOrganizations() {
            String word = word();
            long ticket = ticket("Suggest " + word + " subject", Map.of());
            long customer = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Carla " + word, "emails", List.of(word + "@example.org")))
                    .id();
            long organization = admin.post("/api/v1/organizations", Map.of("name", word + " Industries"))
                    .id();

            Api.Response response = admin.get("/api/v1/search/suggest?q=" + word.substring(0, 7));

            assertThat(response.status()).isEqualTo(200);
            List<String> found = new ArrayList<>();
            response.json()
                    .get("items")
                    .forEach(s -> found.add(
                            s.get("type").asString() + ":" + s.get("id").asLong()));
            assertThat(found).contains("tickets:" + ticket, "customers:" + customer, "organizations:" + organization);
            assertThat(admin.get("/api/v1/search/suggest?q=" + q("carla " + word.substring(0, 4)))
                            .json()
                            .get("items")
                            .toString())
                    .contains("Carla " + word);
        }
    }

    @Nested
    class UnfinishedLastWord {

        private List<String> suggested(String query) {
            Api.Response response = admin.get("/api/v1/search/suggest?q=" + q(query));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            List<String> found = new ArrayList<>();
            response.json()
                    .get("items")
                    .forEach(s -> found.add(
                            s.get("type").asString() + ":" + s.get("id").asLong()));
            return found;
        }

        private List<String> found(String query) {
            Api.Response response = search(admin, query);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            List<String> found = new ArrayList<>();
            for (String type : List.of("tickets", "customers", "organizations")) {
                JsonNode section = response.json().get(type);
                if (section != null && !section.isNull()) {
                    ids(section).forEach(id -> found.add(type + ":" + id));
                }
            }
            return found;
        }

        @Test
        void isFoundByTheSearchAsItIsSuggestedWithTheWholeWordHighlighted() {
            String word = word();
            String typed = word.substring(0, 6);
            long ticket = ticket("Router " + word + " keeps rebooting", Map.of());
            long customer = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Carla " + word, "emails", List.of(word + "@example.org")))
                    .id();
            long organization = admin.post("/api/v1/organizations", Map.of("name", word + " Industries"))
                    .id();
            List<String> expected =
                    List.of("tickets:" + ticket, "customers:" + customer, "organizations:" + organization);

            assertThat(suggested(typed)).containsAll(expected);
            assertThat(found(typed)).containsAll(expected);
            assertThat(onlyTicket(typed).get("subjectHtml").asString())
                    .isEqualTo("Router <mark>" + word + "</mark> keeps rebooting");
            assertThat(found("carla " + typed)).contains("customers:" + customer);
        }

        @Test
        void completesOnlyTheLastWordInSuggestionsAndSearchAlike() {
            String first = word();
            String second = word();
            long id = ticket(first + " " + second, Map.of());
            String ticket = "tickets:" + id;

            for (String query : List.of(first + " " + second.substring(0, 5), second.substring(0, 5))) {
                assertThat(suggested(query)).as(query).contains(ticket);
                assertThat(found(query)).as(query).contains(ticket);
            }
            for (String query :
                    List.of(first.substring(0, 5) + " " + second, "\"" + second.substring(0, 5) + "\"", second + "x")) {
                assertThat(suggested(query)).as(query).doesNotContain(ticket);
                assertThat(found(query)).as(query).doesNotContain(ticket);
            }
        }

        @Test
        void appliesTheSameFiltersToSuggestionsAsToTheSearch() {
            String word = word();
            long open = ticket("Invoice " + word, Map.of());
            admin.patch("/api/v1/tickets/" + open, Map.of("status", "open"));
            long fresh = ticket("Invoice " + word, Map.of());
            String query = word.substring(0, 6) + " status:open";

            assertThat(suggested(query)).containsExactly("tickets:" + open);
            assertThat(found(query)).containsExactly("tickets:" + open);
            assertThat(suggested(word.substring(0, 6))).contains("tickets:" + open, "tickets:" + fresh);
        }
    }

    @Nested
    class Access {

        @Test
        void needsSignIn() {
            assertThat(anonymous.get("/api/v1/search?q=printer").status()).isEqualTo(401);
            assertThat(anonymous.get("/api/v1/search/suggest?q=pri").status()).isEqualTo(401);
        }

        @Test
        void letsOnlyAdminsRebuildTheIndexWhichKeepsEverythingFindable() throws InterruptedException {
            String word = word();
            long id = ticket("Rebuild " + word, Map.of());

            assertThat(agent("agent")
                            .post("/api/v1/admin/search/reindex", Map.of())
                            .status())
                    .isEqualTo(403);
            Api.Response started = admin.post("/api/v1/admin/search/reindex", Map.of());
            assertThat(started.status()).isEqualTo(202);
            String state = started.json().get("state").asString();
            for (int i = 0; i < 100 && state.equals("running"); i++) {
                Thread.sleep(100);
                state = admin.get("/api/v1/admin/search/reindex")
                        .json()
                        .get("state")
                        .asString();
            }

            assertThat(state).isEqualTo("done");
            assertThat(ticketIds(word)).containsExactly(id);
        }

        @Test
        void rendersTheSearchPageForASignedInAgent() {
            String word = word();
            ticket("Page " + word + " <script>", Map.of());

            Api.Response page = admin.get("/search?q=" + word);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.raw().body())
                    .contains("<mark>" + word + "</mark>")
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script>");
        }
    }
}
