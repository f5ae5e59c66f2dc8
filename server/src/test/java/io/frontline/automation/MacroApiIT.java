package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Macros over the API: scopes and who sees what, preview, applying all or nothing, validation, versions. */
class MacroApiIT extends ApiTest {

    long team;
    long otherTeam;
    Api lead;
    Api member;
    Api colleague;
    Api outsider;

    @BeforeEach
    void people() {
        team = admin.post("/api/v1/teams", Map.of("name", "Billing " + UUID.randomUUID()))
                .id();
        otherTeam = admin.post("/api/v1/teams", Map.of("name", "Tech " + UUID.randomUUID()))
                .id();
        lead = agentIn("lead", "Lena Lead", List.of());
        member = agentIn("agent", "Mia Member", List.of(team));
        colleague = agentIn("agent", "Carl Colleague", List.of(team));
        outsider = agentIn("agent", "Otto Outsider", List.of(otherTeam));
    }

    private Api agentIn(String role, String name, List<Long> teams) {
        String email = email(role);
        String password = "password-" + UUID.randomUUID();
        Api.Response created = admin.post(
                "/api/v1/agents",
                Map.of("name", name, "email", email, "password", password, "role", role, "teamIds", teams));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.signIn(email, password);
    }

    private static Map<String, Object> macro(String title, String scope, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("scope", scope);
        body.put("body", "Hi {{customer.first_name}}, this is {{agent.first_name}} about #{{ticket.id}}.");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private long create(Api as, Map<String, Object> body) {
        Api.Response response = as.post("/api/v1/macros", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private static List<String> titles(Api as, String query) {
        List<String> titles = new ArrayList<>();
        as.get("/api/v1/macros" + query)
                .json()
                .forEach(m -> titles.add(m.get("title").asString()));
        return titles;
    }

    private List<JsonNode> history(long ticket, String kind) {
        List<JsonNode> rows = new ArrayList<>();
        admin.get("/api/v1/tickets/" + ticket + "/events?limit=500")
                .json()
                .get("items")
                .forEach(h -> {
                    if (h.get("kind").asString().equals(kind)) rows.add(h);
                });
        return rows;
    }

    @Nested
    class Visibility {

        @Test
        void aPersonalMacroIsItsOwnersAloneEvenForAdmins() {
            String title = "Mine " + UUID.randomUUID();
            long id = create(member, macro(title, "personal"));

            assertThat(titles(member, "?q=" + q(title))).containsExactly(title);
            assertThat(titles(colleague, "?q=" + q(title))).isEmpty();
            assertThat(titles(admin, "?q=" + q(title))).isEmpty();
            assertThat(colleague.get("/api/v1/macros/" + id).status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/macros/" + id).status()).isEqualTo(404);
            long ticket = openTicket(Map.of()).id();
            assertThat(colleague
                            .post("/api/v1/tickets/" + ticket + "/macros/" + id + "/apply", Map.of())
                            .status())
                    .isEqualTo(404);
            assertThat(colleague
                            .put("/api/v1/macros/" + id, macro("Taken", "personal"))
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void aTeamMacroIsSeenByTheTeamsMembersAndLeadsButNotByOtherTeams() {
            String title = "Team " + UUID.randomUUID();
            long id = create(lead, macro(title, "team", "teamId", team));

            assertThat(titles(member, "?q=" + q(title))).containsExactly(title);
            assertThat(titles(colleague, "?scope=team&q=" + q(title))).containsExactly(title);
            assertThat(titles(lead, "?q=" + q(title))).containsExactly(title);
            assertThat(titles(outsider, "?q=" + q(title))).isEmpty();
            assertThat(outsider.get("/api/v1/macros/" + id).status()).isEqualTo(404);
        }

        @Test
        void aSharedMacroIsSeenByEveryoneAndFilteredByTitle() {
            String stem = UUID.randomUUID().toString().substring(0, 8);
            create(lead, macro("Refund approved " + stem, "shared"));
            create(lead, macro("Ask for order number " + stem, "shared"));

            assertThat(titles(outsider, "?q=" + q("REFUND APPROVED " + stem)))
                    .containsExactly("Refund approved " + stem);
            assertThat(titles(member, "?scope=shared&q=" + stem)).hasSize(2);
            assertThat(titles(member, "?scope=personal&q=" + stem)).isEmpty();
        }

        @Test
        void onlyLeadsAndAdminsManageTeamAndSharedMacros() {
            assertThat(member.post("/api/v1/macros", macro("Everyone", "shared"))
                            .status())
                    .isEqualTo(403);
            assertThat(member.post("/api/v1/macros", macro("Us", "team", "teamId", team))
                            .status())
                    .isEqualTo(403);
            long shared = create(lead, macro("Shared " + UUID.randomUUID(), "shared"));
            assertThat(member.put("/api/v1/macros/" + shared, macro("Changed", "shared"))
                            .status())
                    .isEqualTo(403);
            assertThat(member.delete("/api/v1/macros/" + shared).status()).isEqualTo(403);
            long personal = create(member, macro("Mine " + UUID.randomUUID(), "personal"));
            assertThat(member.put("/api/v1/macros/" + personal, macro("Promoted", "shared"))
                            .status())
                    .isEqualTo(403);
            assertThat(member.delete("/api/v1/macros/" + personal).status()).isEqualTo(204);
            assertThat(admin.delete("/api/v1/macros/" + shared).status()).isEqualTo(204);
        }
    }

    @Nested
    class Applying {

        long ticket;
        long refund;

        @BeforeEach
        void ticketAndMacro() {
            ticket = openTicket(Map.of(
                            "requester",
                            Map.of("email", email("sofia"), "name", "Sofía Martínez"),
                            "subject",
                            "Refund for order 1042"))
                    .id();
            refund = create(
                    lead,
                    macro(
                            "Refund approved " + UUID.randomUUID(),
                            "team",
                            "teamId",
                            team,
                            "body",
                            "Hola {{customer.first_name}}, your refund for \"{{ticket.subject}}\" is on its way."
                                    + " {{agent.name}}",
                            "actions",
                            List.of(
                                    Map.of("type", "set", "field", "status", "value", "pending"),
                                    Map.of("type", "set", "field", "priority", "value", "high"),
                                    Map.of("type", "add_tags", "value", List.of("refund", "Approved")))));
        }

        @Test
        void previewRendersTheTextAndTheChangesAndWritesNothing() {
            long before =
                    admin.get("/api/v1/tickets/" + ticket).json().get("version").asLong();

            Api.Response preview =
                    member.post("/api/v1/tickets/" + ticket + "/macros/" + refund + "/preview", Map.of());

            assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
            assertThat(preview.json().get("body").asString())
                    .isEqualTo("Hola Sofía, your refund for \"Refund for order 1042\" is on its way. Mia Member");
            assertThat(preview.json().get("visibility").asString()).isEqualTo("public");
            JsonNode changes = preview.json().get("changes");
            assertThat(changes.get("status").asString()).isEqualTo("pending");
            assertThat(changes.get("priority").asString()).isEqualTo("high");
            assertThat(changes.get("addTags").toString()).contains("refund", "approved");
            assertThat(admin.get("/api/v1/tickets/" + ticket)
                            .json()
                            .get("version")
                            .asLong())
                    .isEqualTo(before);
            assertThat(history(ticket, "macro_applied")).isEmpty();
        }

        @Test
        void applyPostsTheReplyAndChangesTheFieldsAsTheAgentNamingTheMacro() {
            Api.Response applied = member.post("/api/v1/tickets/" + ticket + "/macros/" + refund + "/apply", Map.of());

            assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
            JsonNode t = admin.get("/api/v1/tickets/" + ticket).json();
            assertThat(t.get("status").asString()).isEqualTo("pending");
            assertThat(t.get("priority").asString()).isEqualTo("high");
            assertThat(t.get("tags").toString()).contains("refund", "approved");
            JsonNode messages =
                    admin.get("/api/v1/tickets/" + ticket + "/messages").json().get("items");
            JsonNode last = messages.get(messages.size() - 1);
            assertThat(last.get("body").asString()).startsWith("Hola Sofía, your refund");
            assertThat(last.get("visibility").asString()).isEqualTo("public");
            List<JsonNode> macroRows = history(ticket, "macro_applied");
            assertThat(macroRows).hasSize(1);
            assertThat(macroRows.getFirst().get("actor").get("name").asString()).isEqualTo("Mia Member");
            assertThat(macroRows.getFirst().get("to").asString()).startsWith("Refund approved");
            assertThat(history(ticket, "field_changed"))
                    .anySatisfy(h ->
                            assertThat(h.get("actor").get("name").asString()).isEqualTo("Mia Member"));
            JsonNode used = member.get("/api/v1/macros/" + refund).json();
            assertThat(used.get("usageCount").asLong()).isEqualTo(1);
            assertThat(used.get("lastUsedAt").isNull()).isFalse();
        }

        @Test
        void theAgentsEditedTextAndChoiceOfNoteWinOverTheMacros() {
            Api.Response applied = member.post(
                    "/api/v1/tickets/" + ticket + "/macros/" + refund + "/apply",
                    Map.of("body", "Edited by hand", "visibility", "internal"));

            assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
            assertThat(applied.json().get("message").get("body").asString()).isEqualTo("Edited by hand");
            assertThat(applied.json().get("message").get("visibility").asString())
                    .isEqualTo("internal");
            assertThat(applied.json().get("ticket").get("priority").asString()).isEqualTo("high");
        }

        @Test
        void aMacroWithoutTextOnlyChangesFields() {
            long triage = create(
                    lead,
                    Map.of(
                            "title",
                            "Escalate to tech " + UUID.randomUUID(),
                            "scope",
                            "shared",
                            "actions",
                            List.of(Map.of("type", "set", "field", "teamId", "value", otherTeam))));
            int messagesBefore = admin.get("/api/v1/tickets/" + ticket)
                    .json()
                    .get("messageCount")
                    .asInt();

            Api.Response applied = member.post("/api/v1/tickets/" + ticket + "/macros/" + triage + "/apply", Map.of());

            assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
            assertThat(applied.json().get("message").isNull()).isTrue();
            JsonNode t = admin.get("/api/v1/tickets/" + ticket).json();
            assertThat(t.get("teamId").asLong()).isEqualTo(otherTeam);
            assertThat(t.get("messageCount").asInt()).isEqualTo(messagesBefore);
        }

        @Test
        void aClosedTicketIsAConflictAndNothingIsWritten() {
            admin.patch("/api/v1/tickets/" + ticket, Map.of("status", "solved"));
            admin.patch("/api/v1/tickets/" + ticket, Map.of("status", "closed"));
            JsonNode before = admin.get("/api/v1/tickets/" + ticket).json();

            Api.Response applied = member.post("/api/v1/tickets/" + ticket + "/macros/" + refund + "/apply", Map.of());

            assertThat(applied.status()).isEqualTo(409);
            assertThat(applied.json().get("code").asString()).isEqualTo("ticket_closed");
            JsonNode after = admin.get("/api/v1/tickets/" + ticket).json();
            assertThat(after.get("version").asLong())
                    .isEqualTo(before.get("version").asLong());
            assertThat(after.get("messageCount").asInt())
                    .isEqualTo(before.get("messageCount").asInt());
            assertThat(history(ticket, "macro_applied")).isEmpty();
            assertThat(member.get("/api/v1/macros/" + refund)
                            .json()
                            .get("usageCount")
                            .asLong())
                    .isZero();
        }

        @Test
        void aFailingFieldChangeRollsBackTheMessageToo() {
            long broken = create(
                    lead,
                    Map.of(
                            "title",
                            "Assign to nobody " + UUID.randomUUID(),
                            "scope",
                            "shared",
                            "body",
                            "Assigning this to our specialist.",
                            "actions",
                            List.of(Map.of("type", "set", "field", "assigneeId", "value", 987654321))));
            int messagesBefore = admin.get("/api/v1/tickets/" + ticket)
                    .json()
                    .get("messageCount")
                    .asInt();

            Api.Response applied = member.post("/api/v1/tickets/" + ticket + "/macros/" + broken + "/apply", Map.of());

            assertThat(applied.status()).isEqualTo(422);
            assertThat(admin.get("/api/v1/tickets/" + ticket)
                            .json()
                            .get("messageCount")
                            .asInt())
                    .isEqualTo(messagesBefore);
            assertThat(history(ticket, "macro_applied")).isEmpty();
        }

        @Test
        void honoursIfMatch() {
            Api.Response stale = member.withHeader("If-Match", "\"999\"")
                    .post("/api/v1/tickets/" + ticket + "/macros/" + refund + "/apply", Map.of());
            assertThat(stale.status()).isEqualTo(412);

            String etag = admin.get("/api/v1/tickets/" + ticket).header("ETag");
            Api.Response fresh = member.withHeader("If-Match", etag)
                    .post("/api/v1/tickets/" + ticket + "/macros/" + refund + "/apply", Map.of());
            assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
            assertThat(fresh.header("ETag")).isNotEqualTo(etag);
        }
    }

    @Nested
    class Validation {

        @Test
        void refusesMacrosThatAreIncompleteOrUseUnknownPlaceholdersOrActions() {
            Api.Response response = member.post(
                    "/api/v1/macros",
                    Map.of(
                            "title",
                            " ",
                            "scope",
                            "personal",
                            "body",
                            "Dear {{customer.shoe_size}}",
                            "actions",
                            List.of(
                                    Map.of("type", "webhook", "field", "https://example.com"),
                                    Map.of("type", "set", "field", "status", "value", "sleeping"))));

            assertThat(response.status()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).contains("title", "body", "actions[0].type");

            Api.Response badValue = member.post(
                    "/api/v1/macros",
                    Map.of(
                            "title", "Bad status",
                            "scope", "personal",
                            "actions", List.of(Map.of("type", "set", "field", "status", "value", "sleeping"))));
            assertThat(badValue.status()).isEqualTo(422);
            assertThat(badValue.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("actions[0].value");
        }

        @Test
        void aTeamMacroNeedsAnExistingTeamAndAMacroMustDoSomething() {
            Api.Response noTeam = lead.post("/api/v1/macros", macro("No team", "team"));
            assertThat(noTeam.status()).isEqualTo(422);
            assertThat(noTeam.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("teamId");

            Api.Response empty = member.post("/api/v1/macros", Map.of("title", "Nothing", "scope", "personal"));
            assertThat(empty.status()).isEqualTo(422);
        }
    }

    @Nested
    class Versions {

        @Test
        void everyChangeIsAVersionAndAnEarlierOneCanBeRestored() {
            String title = "Ask for order number " + UUID.randomUUID();
            long id = create(member, macro(title, "personal", "body", "Could you send the order number?"));
            Api.Response changed = member.put(
                    "/api/v1/macros/" + id, macro(title, "personal", "body", "Order number, please.", "active", false));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            JsonNode versions = member.get("/api/v1/macros/" + id + "/versions").json();
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("action").asString()).isEqualTo("updated");
            assertThat(versions.get(0).get("changedBy").get("name").asString()).isEqualTo("Mia Member");

            Api.Response restored = member.post("/api/v1/macros/" + id + "/versions/1/rollback", Map.of());
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
            assertThat(restored.json().get("body").asString()).isEqualTo("Could you send the order number?");
            assertThat(restored.json().get("active").asBoolean()).isTrue();
            assertThat(restored.json().get("scope").asString()).isEqualTo("personal");
            assertThat(member.get("/api/v1/macros/" + id + "/versions")
                            .json()
                            .get(0)
                            .get("action")
                            .asString())
                    .isEqualTo("rolled_back");
            assertThat(colleague.get("/api/v1/macros/" + id + "/versions").status())
                    .isEqualTo(404);
        }
    }
}
