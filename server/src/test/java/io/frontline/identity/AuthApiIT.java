package io.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthApiIT extends ApiTest {

    @Nested
    class Tokens {

        @Test
        void issuesATokenForBasicCredentialsOnceAndStoresNoSecret() {
            String basic = Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes());

            Api.Response issued = anonymous
                    .withHeader("Authorization", "Basic " + basic)
                    .post("/api/v1/auth/tokens", Map.of("name", "ci"));

            assertThat(issued.status()).isEqualTo(201);
            String token = issued.json().get("token").asString();
            assertThat(token).startsWith("fl_").hasSizeGreaterThan(40);
            Api client = anonymous.withToken(token);
            assertThat(client.get("/api/v1/agents/me").json().get("email").asString())
                    .isEqualTo(ADMIN_EMAIL);
            JsonNode listed = client.get("/api/v1/auth/tokens").json();
            assertThat(listed.toString()).doesNotContain(token);
            assertThat(listed.get(0).get("prefix").asString()).isEqualTo(token.substring(0, 7));
        }

        @Test
        void refusesWrongPasswordsWithAProblem() {
            String basic = Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":wrong").getBytes());

            Api.Response response =
                    anonymous.withHeader("Authorization", "Basic " + basic).post("/api/v1/auth/tokens", Map.of());

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        @Test
        void answersUnauthorizedWithoutOrWithAnUnknownToken() {
            Api.Response none = anonymous.get("/api/v1/tickets");
            Api.Response unknown = anonymous.withToken("fl_nope").get("/api/v1/tickets");

            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.json().get("code").asString()).isEqualTo("unauthenticated");
            assertThat(unknown.status()).isEqualTo(401);
        }

        @Test
        void revokedTokenStopsWorking() {
            Api agent = agent("agent");
            long tokenId =
                    agent.get("/api/v1/auth/tokens").json().get(0).get("id").asLong();

            assertThat(agent.delete("/api/v1/auth/tokens/" + tokenId).status()).isEqualTo(204);

            assertThat(agent.get("/api/v1/agents/me").status()).isEqualTo(401);
        }

        @Test
        void deactivatedAgentCannotSignIn() {
            String email = email("leaver");
            long id = admin.post(
                            "/api/v1/agents", Map.of("name", "Leaver", "email", email, "password", "a-long-password"))
                    .id();
            admin.patch("/api/v1/agents/" + id, Map.of("active", false));

            String basic = Base64.getEncoder().encodeToString((email + ":a-long-password").getBytes());
            assertThat(anonymous
                            .withHeader("Authorization", "Basic " + basic)
                            .post("/api/v1/auth/tokens", Map.of())
                            .status())
                    .isEqualTo(401);
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyAdminsCreateAgentsAndTeams() {
            Api agent = agent("agent");
            Api lead = agent("lead");

            assertThat(agent.post("/api/v1/agents", Map.of("name", "X", "email", email("x")))
                            .status())
                    .isEqualTo(403);
            assertThat(lead.post("/api/v1/teams", Map.of("name", "Leads only")).status())
                    .isEqualTo(403);
            assertThat(agent.get("/api/v1/agents").status()).isEqualTo(200);
            assertThat(agent.get("/api/v1/audit").status()).isEqualTo(403);
        }

        @Test
        void agentsWorkTicketsAndCustomers() {
            Api agent = agent("agent");

            Api.Response ticket = agent.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject",
                            "Phone call",
                            "requester",
                            Map.of("email", email("caller")),
                            "channel",
                            "phone",
                            "message",
                            Map.of("body", "Called about the bill")));

            assertThat(ticket.status()).isEqualTo(201);
            assertThat(agent.get("/api/v1/customers?limit=1").status()).isEqualTo(200);
        }
    }

    @Nested
    class AgentsAndTeams {

        @Test
        void createsTeamsAndAgentsWithTierSkillsAndMembership() {
            long team = admin.post("/api/v1/teams", Map.of("name", "Escalations " + email("t"), "kind", "escalation"))
                    .id();

            Api.Response agent = admin.post(
                    "/api/v1/agents",
                    Map.of(
                            "name",
                            "Senior Sam",
                            "email",
                            email("sam"),
                            "role",
                            "lead",
                            "tier",
                            3,
                            "teamIds",
                            List.of(team),
                            "skills",
                            List.of(Map.of("kind", "language", "value", "de"))));

            assertThat(agent.status()).isEqualTo(201);
            assertThat(agent.json().get("role").asString()).isEqualTo("lead");
            assertThat(agent.json().get("tier").asInt()).isEqualTo(3);
            assertThat(agent.json().get("skills").get(0).get("value").asString())
                    .isEqualTo("de");
            assertThat(admin.get("/api/v1/teams/" + team)
                            .json()
                            .get("memberIds")
                            .get(0)
                            .asLong())
                    .isEqualTo(agent.id());
            assertThat(admin.get("/api/v1/teams/" + team).json().get("kind").asString())
                    .isEqualTo("escalation");
        }

        @Test
        void renamesATeamAndReadsAnAgentById() {
            long team = admin.post("/api/v1/teams", Map.of("name", "Renamable " + email("t")))
                    .id();
            long agent = admin.post("/api/v1/agents", Map.of("name", "Reader", "email", email("reader")))
                    .id();

            Api.Response renamed =
                    admin.patch("/api/v1/teams/" + team, Map.of("name", "Billing " + team, "kind", "billing"));

            assertThat(renamed.json().get("name").asString()).isEqualTo("Billing " + team);
            assertThat(renamed.json().get("kind").asString()).isEqualTo("billing");
            assertThat(admin.get("/api/v1/agents/" + agent).json().get("name").asString())
                    .isEqualTo("Reader");
            assertThat(admin.get("/api/v1/agents/424242").status()).isEqualTo(404);
        }

        @Test
        void onlyTheOwnerOrAnAdminRevokesAToken() {
            Api owner = agent("agent");
            Api other = agent("agent");
            long tokenId =
                    owner.get("/api/v1/auth/tokens").json().get(0).get("id").asLong();

            assertThat(other.delete("/api/v1/auth/tokens/" + tokenId).status()).isEqualTo(403);
            assertThat(owner.get("/api/v1/agents/me").status()).isEqualTo(200);
            assertThat(admin.delete("/api/v1/auth/tokens/" + tokenId).status()).isEqualTo(204);
            assertThat(owner.get("/api/v1/agents/me").status()).isEqualTo(401);
        }

        @Test
        void rejectsDuplicateAgentEmailsAndInvalidTiers() {
            Api.Response response =
                    admin.post("/api/v1/agents", Map.of("name", "Dup", "email", ADMIN_EMAIL.toUpperCase(), "tier", 5));

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().get("errors").toString()).contains("tier");
            Api.Response duplicate = admin.post("/api/v1/agents", Map.of("name", "Dup", "email", ADMIN_EMAIL));
            assertThat(duplicate.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("email");
        }
    }
}
