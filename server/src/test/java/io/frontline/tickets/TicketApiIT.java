package io.frontline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketApiIT extends ApiTest {

    @Nested
    class Opening {

        @Test
        void opensTicketAsNewAndCreatesUnknownRequester() {
            String email = email("Alice");
            Api.Response created = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject", "Router keeps rebooting",
                            "requester", Map.of("email", email, "name", "Alice Example"),
                            "channel", "email",
                            "priority", "high",
                            "type", "incident",
                            "tags", List.of("Router", "hardware"),
                            "message", Map.of("body", "It reboots every five minutes.")));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + created.id());
            JsonNode ticket = created.json();
            assertThat(ticket.get("status").asString()).isEqualTo("new");
            assertThat(ticket.get("priority").asString()).isEqualTo("high");
            assertThat(ticket.get("type").asString()).isEqualTo("incident");
            assertThat(ticket.get("channel").asString()).isEqualTo("email");
            assertThat(ticket.get("tags").toString()).isEqualTo("[\"hardware\",\"router\"]");
            assertThat(ticket.get("messageCount").asInt()).isEqualTo(1);
            assertThat(ticket.get("requester").get("name").asString()).isEqualTo("Alice Example");

            Api.Response customer = admin.get("/api/v1/customers?email=" + q(email.toUpperCase()));
            assertThat(customer.json().get("items")).hasSize(1);
            assertThat(customer.json().get("items").get(0).get("id").asLong())
                    .isEqualTo(ticket.get("requester").get("id").asLong());
        }

        @Test
        void reusesTheCustomerOwningTheEmailWhateverItsCase() {
            String email = email("bob");
            long first = openTicket(Map.of("requester", Map.of("email", email)))
                    .json()
                    .get("requester")
                    .get("id")
                    .asLong();
            long second = openTicket(Map.of("requester", Map.of("email", email.toUpperCase())))
                    .json()
                    .get("requester")
                    .get("id")
                    .asLong();

            assertThat(second).isEqualTo(first);
        }

        @Test
        void opensTicketForExistingRequesterById() {
            long customerId = admin.post("/api/v1/customers", Map.of("name", "Dana", "emails", List.of(email("dana"))))
                    .id();

            Api.Response created = admin.post(
                    "/api/v1/tickets",
                    Map.of("subject", "Invoice", "requesterId", customerId, "message", Map.of("body", "Where is it?")));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("requester").get("id").asLong()).isEqualTo(customerId);
            assertThat(created.json().get("channel").asString()).isEqualTo("api");
        }

        @Test
        void listsEveryInvalidFieldAtOnce() {
            Api.Response response = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject", "",
                            "requester", Map.of("email", "not-an-email"),
                            "message", Map.of("body", "x")));

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(fields(response)).contains("subject", "requester.email");
        }

        @Test
        void rejectsUnknownTeamAssigneeAndPriorityWithFieldErrors() {
            Api.Response response = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject",
                            "Hello",
                            "requester",
                            Map.of("email", email("x")),
                            "teamId",
                            987654,
                            "assigneeId",
                            987654,
                            "message",
                            Map.of("body", "x")));
            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).containsExactlyInAnyOrder("teamId", "assigneeId");

            Api.Response badEnum = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject",
                            "Hello",
                            "requester",
                            Map.of("email", email("x")),
                            "priority",
                            "blazing",
                            "message",
                            Map.of("body", "x")));
            assertThat(badEnum.status()).isEqualTo(422);
            assertThat(fields(badEnum)).containsExactly("priority");
        }

        @Test
        void leavesNothingBehindWhenOpeningFails() {
            String email = email("ghost");
            Api.Response response = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject",
                            "Hello",
                            "requester",
                            Map.of("email", email),
                            "teamId",
                            987654,
                            "message",
                            Map.of("body", "x")));

            assertThat(response.status()).isEqualTo(422);
            assertThat(admin.get("/api/v1/customers?email=" + q(email)).json().get("items"))
                    .isEmpty();
        }

        @Test
        void sanitizesHtmlAndDerivesPlainText() {
            long id = openTicket(Map.of(
                            "message",
                            Map.of(
                                    "bodyHtml",
                                    "<p onclick=\"steal()\">Hello <b>there</b><script>alert(1)</script></p>"
                                            + "<a href=\"javascript:alert(2)\">x</a>")))
                    .id();

            JsonNode message = admin.get("/api/v1/tickets/" + id + "/messages")
                    .json()
                    .get("items")
                    .get(0);
            assertThat(message.get("bodyHtml").asString())
                    .contains("<b>there</b>")
                    .doesNotContain("script", "onclick", "javascript");
            assertThat(message.get("body").asString()).isEqualTo("Hello there\nx");
            assertThat(message.get("author").get("type").asString()).isEqualTo("customer");
        }
    }

    @Nested
    class Reading {

        @Test
        void answersWithAnEtagAndNotModifiedForTheSameVersion() {
            long id = openTicket(Map.of()).id();
            Api.Response ticket = admin.get("/api/v1/tickets/" + id);

            assertThat(ticket.status()).isEqualTo(200);
            assertThat(ticket.header("ETag"))
                    .isEqualTo("\"" + ticket.json().get("version").asLong() + "\"");
            assertThat(admin.withHeader("If-None-Match", ticket.header("ETag"))
                            .get("/api/v1/tickets/" + id)
                            .status())
                    .isEqualTo(304);
        }

        @Test
        void answersNotFoundAsProblemForUnknownTicket() {
            Api.Response response = admin.get("/api/v1/tickets/424242424");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("not_found");
        }

        @Test
        void answersBadRequestForMalformedJson() {
            Api.Response response = admin.post("/api/v1/tickets", "{\"subject\": ");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("malformed_body");
        }

        @Test
        void answersContentTooLargeForOversizedBodies() {
            String huge = "x".repeat(300 * 1024);
            Api.Response response = admin.post(
                    "/api/v1/tickets",
                    Map.of(
                            "subject",
                            "Big",
                            "requester",
                            Map.of("email", email("big")),
                            "message",
                            Map.of("body", huge)));

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
        }
    }

    @Nested
    class Updating {

        @Test
        void appliesOnlyTheFieldsPresentAndRecordsEachChange() {
            Api.Response created = openTicket(Map.of("priority", "low"));
            long id = created.id();
            long agentId = admin.get("/api/v1/agents/me").id();

            Api.Response patched = admin.patch(
                    "/api/v1/tickets/" + id,
                    Map.of("status", "open", "priority", "urgent", "assigneeId", agentId, "addTags", List.of("VIP")));

            assertThat(patched.status()).isEqualTo(200);
            assertThat(patched.json().get("status").asString()).isEqualTo("open");
            assertThat(patched.json().get("priority").asString()).isEqualTo("urgent");
            assertThat(patched.json().get("assigneeId").asLong()).isEqualTo(agentId);
            assertThat(patched.json().get("subject").asString()).isEqualTo("Printer is on fire");
            List<String> changes = new ArrayList<>();
            admin.get("/api/v1/tickets/" + id + "/events").json().get("items").forEach(e -> {
                if (e.get("kind").asString().equals("field_changed")) {
                    changes.add(e.get("field").asString() + ":" + text(e.get("from")) + "->" + text(e.get("to")));
                }
            });
            assertThat(changes)
                    .contains(
                            "status:new->open",
                            "priority:low->urgent",
                            "assigneeId:null->" + agentId,
                            "tags:null->vip");
        }

        @Test
        void clearsAFieldSetToNull() {
            long agentId = admin.get("/api/v1/agents/me").id();
            long id = openTicket(Map.of("assigneeId", agentId)).id();

            Map<String, Object> body = new LinkedHashMap<>();
            body.put("assigneeId", null);
            Api.Response patched = admin.patch("/api/v1/tickets/" + id, body);

            assertThat(patched.json().get("assigneeId").isNull()).isTrue();
        }

        @Test
        void refusesAStaleIfMatchWithPreconditionFailed() {
            Api.Response created = openTicket(Map.of());
            String etag = admin.get("/api/v1/tickets/" + created.id()).header("ETag");

            Api.Response first = admin.withHeader("If-Match", etag)
                    .patch("/api/v1/tickets/" + created.id(), Map.of("priority", "high"));
            Api.Response second = admin.withHeader("If-Match", etag)
                    .patch("/api/v1/tickets/" + created.id(), Map.of("priority", "low"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("ETag")).isNotEqualTo(etag);
            assertThat(second.status()).isEqualTo(412);
            assertThat(second.json().get("code").asString()).isEqualTo("stale_version");
            assertThat(admin.get("/api/v1/tickets/" + created.id())
                            .json()
                            .get("priority")
                            .asString())
                    .isEqualTo("high");
        }

        @Test
        void refusesATransitionTheWorkflowDoesNotAllow() {
            long id = openTicket(Map.of()).id();
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "solved"));
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "closed"));

            Api.Response reopened = admin.patch("/api/v1/tickets/" + id, Map.of("status", "open"));

            assertThat(reopened.status()).isEqualTo(409);
            assertThat(reopened.json().get("code").asString()).isEqualTo("ticket_closed");
            Api.Response fresh =
                    admin.patch("/api/v1/tickets/" + openTicket(Map.of()).id(), Map.of("status", "closed"));
            assertThat(fresh.status()).isEqualTo(409);
            assertThat(fresh.json().get("code").asString()).isEqualTo("invalid_transition");
        }

        @Test
        void rejectsUnknownFieldsAndWrongTypes() {
            long id = openTicket(Map.of()).id();

            Api.Response response =
                    admin.patch("/api/v1/tickets/" + id, Map.of("colour", "red", "priority", 7, "assigneeId", "abc"));

            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).contains("colour", "priority", "assigneeId");
        }
    }

    @Nested
    class Conversation {

        @Test
        void agentReplyOpensANewTicketAndNoteLeavesStatus() {
            long id = openTicket(Map.of()).id();

            Api.Response note = admin.post(
                    "/api/v1/tickets/" + id + "/messages", Map.of("body", "Checking stock", "visibility", "internal"));
            assertThat(note.status()).isEqualTo(201);
            assertThat(note.json().get("ticket").get("status").asString()).isEqualTo("new");

            Api.Response reply = admin.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "We are on it."));
            assertThat(reply.json().get("ticket").get("status").asString()).isEqualTo("open");
            assertThat(reply.json().get("message").get("author").get("type").asString())
                    .isEqualTo("agent");

            JsonNode messages =
                    admin.get("/api/v1/tickets/" + id + "/messages").json().get("items");
            assertThat(messages).hasSize(3);
            assertThat(messages.get(1).get("visibility").asString()).isEqualTo("internal");
        }

        @Test
        void submitsTheTicketInTheGivenStatusWithTheReply() {
            long id = openTicket(Map.of()).id();

            Api.Response reply = admin.post(
                    "/api/v1/tickets/" + id + "/messages", Map.of("body", "Try turning it off.", "status", "pending"));

            assertThat(reply.json().get("ticket").get("status").asString()).isEqualTo("pending");
        }

        @Test
        void reopensTicketWhenCustomerReplies() {
            long id = openTicket(Map.of()).id();
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "solved"));

            Api.Response reply = admin.post(
                    "/api/v1/tickets/" + id + "/messages", Map.of("body", "Still broken!", "authorType", "customer"));

            assertThat(reply.json().get("ticket").get("status").asString()).isEqualTo("open");
            assertThat(reply.json().get("ticket").get("id").asLong()).isEqualTo(id);
            assertThat(reply.json().get("followUpCreated").asBoolean()).isFalse();
        }

        @Test
        void refusesAgentMessagesOnClosedTicket() {
            long id = closedTicket();

            Api.Response reply = admin.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Hello?"));

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.json().get("code").asString()).isEqualTo("ticket_closed");
        }

        @Test
        void opensALinkedFollowUpWhenCustomerWritesToClosedTicket() {
            long id = closedTicket();

            Api.Response reply = admin.post(
                    "/api/v1/tickets/" + id + "/messages", Map.of("body", "It broke again", "authorType", "customer"));

            assertThat(reply.status()).isEqualTo(201);
            JsonNode followUp = reply.json().get("ticket");
            assertThat(reply.json().get("followUpCreated").asBoolean()).isTrue();
            assertThat(followUp.get("id").asLong()).isNotEqualTo(id);
            assertThat(followUp.get("followUpOfId").asLong()).isEqualTo(id);
            assertThat(followUp.get("status").asString()).isEqualTo("new");
            assertThat(admin.get("/api/v1/tickets/" + id).json().get("status").asString())
                    .isEqualTo("closed");
            JsonNode links = admin.get("/api/v1/tickets/" + id + "/links").json();
            assertThat(links).hasSize(1);
            assertThat(links.get(0).get("kind").asString()).isEqualTo("follow_up");
            assertThat(links.get(0).get("ticketId").asLong())
                    .isEqualTo(followUp.get("id").asLong());
        }

        @Test
        void refusesInternalNotesFromCustomers() {
            long id = openTicket(Map.of()).id();

            Api.Response response = admin.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of("body", "psst", "authorType", "customer", "visibility", "internal"));

            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).containsExactly("visibility");
        }

        @Test
        void refusesAnEmptyMessage() {
            long id = openTicket(Map.of()).id();

            Api.Response response = admin.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "  "));

            assertThat(response.status()).isEqualTo(422);
        }

        private long closedTicket() {
            long id = openTicket(Map.of()).id();
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "solved"));
            admin.patch("/api/v1/tickets/" + id, Map.of("status", "closed"));
            return id;
        }
    }

    @Nested
    class Attachments {

        @Test
        void storesInlineAttachmentsAndServesThemWithTheirType() {
            byte[] png = Base64.getDecoder()
                    .decode(
                            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
            long id = openTicket(Map.of(
                            "message",
                            Map.of(
                                    "body",
                                    "Screenshot attached",
                                    "attachments",
                                    List.of(Map.of(
                                            "filename", "../../etc/screen.png",
                                            "contentType", "image/png",
                                            "data", Base64.getEncoder().encodeToString(png))))))
                    .id();

            JsonNode attachment = admin.get("/api/v1/tickets/" + id + "/messages")
                    .json()
                    .get("items")
                    .get(0)
                    .get("attachments")
                    .get(0);
            assertThat(attachment.get("filename").asString()).isEqualTo("screen.png");
            assertThat(attachment.get("size").asLong()).isEqualTo(png.length);
            var download = admin.getBytes(attachment.get("url").asString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(download.body()).isEqualTo(png);
        }

        @Test
        void attachesAnUploadedFileById() {
            String boundary = "----frontline" + UUID.randomUUID();
            String multipart = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n"
                    + "hello world\r\n"
                    + "--" + boundary + "--\r\n";
            Api.Response upload = admin.postRaw(
                    "/api/v1/attachments", "multipart/form-data; boundary=" + boundary, multipart.getBytes());
            assertThat(upload.status()).isEqualTo(201);
            long id = openTicket(Map.of()).id();

            Api.Response reply = admin.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of("body", "see file", "attachments", List.of(Map.of("id", upload.id()))));

            JsonNode attachment = reply.json().get("message").get("attachments").get(0);
            assertThat(attachment.get("filename").asString()).isEqualTo("notes.txt");
            assertThat(new String(
                            admin.getBytes(attachment.get("url").asString()).body()))
                    .isEqualTo("hello world");
        }

        @Test
        void refusesAttachmentsOverTheLimitAndInvalidBase64() {
            long id = openTicket(Map.of()).id();
            String tooBig = Base64.getEncoder().encodeToString(new byte[120 * 1024]);

            Api.Response response = admin.post(
                    "/api/v1/tickets/" + id + "/messages",
                    Map.of(
                            "body",
                            "files",
                            "attachments",
                            List.of(
                                    Map.of("filename", "big.bin", "data", tooBig),
                                    Map.of("filename", "bad.bin", "data", "%%%"))));

            assertThat(response.status()).isIn(413, 422);
            assertThat(admin.get("/api/v1/tickets/" + id)
                            .json()
                            .get("messageCount")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    @Nested
    class MergingAndLinking {

        @Test
        void mergeMovesMessagesAndClosesTheSourceWithALink() {
            long source = openTicket(Map.of()).id();
            long target = openTicket(Map.of()).id();
            admin.post("/api/v1/tickets/" + source + "/messages", Map.of("body", "extra detail"));

            Api.Response merged = admin.post("/api/v1/tickets/" + source + "/merge", Map.of("targetId", target));

            assertThat(merged.status()).isEqualTo(200);
            assertThat(merged.id()).isEqualTo(target);
            JsonNode sourceTicket = admin.get("/api/v1/tickets/" + source).json();
            assertThat(sourceTicket.get("status").asString()).isEqualTo("closed");
            assertThat(sourceTicket.get("mergedIntoId").asLong()).isEqualTo(target);
            List<String> bodies = new ArrayList<>();
            admin.get("/api/v1/tickets/" + target + "/messages")
                    .json()
                    .get("items")
                    .forEach(m -> bodies.add(m.get("body").asString()));
            assertThat(bodies).contains("extra detail", "Smoke is coming out of the printer.");
            assertThat(merged.json().get("messageCount").asInt()).isEqualTo(bodies.size());
            assertThat(admin.get("/api/v1/tickets/" + source + "/links")
                            .json()
                            .get(0)
                            .get("kind")
                            .asString())
                    .isEqualTo("merged");
        }

        @Test
        void refusesToMergeATicketIntoItselfOrAClosedOne() {
            long id = openTicket(Map.of()).id();
            assertThat(admin.post("/api/v1/tickets/" + id + "/merge", Map.of("targetId", id))
                            .status())
                    .isEqualTo(422);
            long closed = openTicket(Map.of()).id();
            admin.patch("/api/v1/tickets/" + closed, Map.of("status", "solved"));
            admin.patch("/api/v1/tickets/" + closed, Map.of("status", "closed"));
            assertThat(admin.post("/api/v1/tickets/" + id + "/merge", Map.of("targetId", closed))
                            .status())
                    .isEqualTo(409);
        }

        @Test
        void linksRelatedTicketsBothWaysAndUnlinks() {
            long a = openTicket(Map.of()).id();
            long b = openTicket(Map.of()).id();

            assertThat(admin.post("/api/v1/tickets/" + a + "/links", Map.of("ticketId", b))
                            .status())
                    .isEqualTo(201);

            JsonNode fromB = admin.get("/api/v1/tickets/" + b + "/links").json();
            assertThat(fromB.get(0).get("ticketId").asLong()).isEqualTo(a);
            assertThat(fromB.get(0).get("direction").asString()).isEqualTo("incoming");
            assertThat(admin.delete("/api/v1/tickets/" + b + "/links/" + a).status())
                    .isEqualTo(204);
            assertThat(admin.get("/api/v1/tickets/" + a + "/links").json()).isEmpty();
        }
    }

    @Nested
    class Listing {

        @Test
        void filtersByStatusTagPriorityAndRequester() {
            String tag = "batch" + UUID.randomUUID().toString().substring(0, 6);
            long open = openTicket(Map.of("tags", List.of(tag), "priority", "urgent"))
                    .id();
            admin.patch("/api/v1/tickets/" + open, Map.of("status", "open"));
            long pending = openTicket(Map.of("tags", List.of(tag))).id();
            admin.patch("/api/v1/tickets/" + pending, Map.of("status", "pending"));
            openTicket(Map.of("tags", List.of(tag)));

            assertThat(ids("/api/v1/tickets?tag=" + tag + "&status=open,pending"))
                    .containsExactly(pending, open);
            assertThat(ids("/api/v1/tickets?tag=" + tag + "&status=open&status=pending&sort=createdAt"))
                    .containsExactly(open, pending);
            assertThat(ids("/api/v1/tickets?tag=" + tag + "&priority=urgent")).containsExactly(open);
            long requester = admin.get("/api/v1/tickets/" + open)
                    .json()
                    .get("requester")
                    .get("id")
                    .asLong();
            assertThat(ids("/api/v1/tickets?requesterId=" + requester)).containsExactly(open);
        }

        @Test
        void filtersByAssigneeMeAndUnassigned() {
            String tag = "assign" + UUID.randomUUID().toString().substring(0, 6);
            long me = admin.get("/api/v1/agents/me").id();
            long mine =
                    openTicket(Map.of("tags", List.of(tag), "assigneeId", me)).id();
            long nobody = openTicket(Map.of("tags", List.of(tag))).id();

            assertThat(ids("/api/v1/tickets?tag=" + tag + "&assigneeId=me")).containsExactly(mine);
            assertThat(ids("/api/v1/tickets?tag=" + tag + "&assigneeId=none")).containsExactly(nobody);
        }

        @Test
        void rejectsUnknownFilterValues() {
            Api.Response response = admin.get("/api/v1/tickets?status=sleeping&sort=colour&createdAfter=yesterday");

            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).contains("status", "sort", "createdAfter");
        }

        @Test
        void pagesThroughEveryTicketExactlyOnceWhileNewOnesArrive() throws Exception {
            String tag = "paging" + UUID.randomUUID().toString().substring(0, 6);
            Set<Long> before = new HashSet<>();
            for (int i = 0; i < 25; i++) {
                before.add(openTicket(Map.of("tags", List.of(tag))).id());
            }
            List<Long> seen = new ArrayList<>();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                String cursor = null;
                int pages = 0;
                do {
                    Future<?> concurrent = writer.submit(() -> openTicket(Map.of("tags", List.of(tag))));
                    JsonNode page = admin.get("/api/v1/tickets?tag=" + tag + "&limit=4"
                                    + (cursor == null ? "" : "&cursor=" + cursor))
                            .json();
                    page.get("items").forEach(t -> seen.add(t.get("id").asLong()));
                    cursor = page.get("nextCursor").isNull()
                            ? null
                            : page.get("nextCursor").asString();
                    concurrent.get();
                    pages++;
                } while (cursor != null && pages < 50);
            } finally {
                writer.shutdown();
            }

            assertThat(seen).doesNotHaveDuplicates();
            assertThat(seen).containsAll(before);
        }

        private List<Long> ids(String path) {
            Api.Response response = admin.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            response.json().get("items").forEach(t -> ids.add(t.get("id").asLong()));
            return ids;
        }
    }

    @Nested
    class Idempotency {

        @Test
        void replaysTheFirstResponseForARetryWithTheSameKey() {
            Api keyed = admin.withHeader("Idempotency-Key", UUID.randomUUID().toString());
            Map<String, Object> body = Map.of(
                    "subject", "Charged twice",
                    "requester", Map.of("email", email("retry")),
                    "message", Map.of("body", "Please refund one."));

            Api.Response first = keyed.post("/api/v1/tickets", body);
            Api.Response retry = keyed.post("/api/v1/tickets", body);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.id()).isEqualTo(first.id());
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            long requester = first.json().get("requester").get("id").asLong();
            assertThat(admin.get("/api/v1/tickets?requesterId=" + requester)
                            .json()
                            .get("items"))
                    .hasSize(1);
        }

        @Test
        void refusesTheSameKeyForADifferentRequest() {
            Api keyed = admin.withHeader("Idempotency-Key", UUID.randomUUID().toString());
            keyed.post("/api/v1/customers", Map.of("name", "One", "emails", List.of(email("one"))));

            Api.Response other =
                    keyed.post("/api/v1/customers", Map.of("name", "Two", "emails", List.of(email("two"))));

            assertThat(other.status()).isEqualTo(422);
            assertThat(other.json().get("code").asString()).isEqualTo("idempotency_key_reused");
        }

        @Test
        void letsARetryRunAgainAfterAFailedValidation() {
            Api keyed = admin.withHeader("Idempotency-Key", UUID.randomUUID().toString());

            Api.Response invalid = keyed.post("/api/v1/customers", Map.of("emails", List.of("nope")));
            Api.Response replay = keyed.post("/api/v1/customers", Map.of("emails", List.of("nope")));

            assertThat(invalid.status()).isEqualTo(422);
            assertThat(replay.status()).isEqualTo(422);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        }
    }

    @Nested
    class CustomFields {

        @Test
        void validatesValuesAgainstAdminDefinedFields() {
            String key = "plan_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
            Api.Response field = admin.post(
                    "/api/v1/ticket-fields",
                    Map.of("key", key, "label", "Plan", "type", "dropdown", "options", List.of("basic", "pro")));
            assertThat(field.status()).isEqualTo(201);

            Api.Response ok = openTicket(Map.of("customFields", Map.of(key, "pro")));
            assertThat(ok.json().get("customFields").get(key).asString()).isEqualTo("pro");

            Api.Response bad = admin.patch(
                    "/api/v1/tickets/" + ok.id(), Map.of("customFields", Map.of(key, "gold", "nonexistent", 1)));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(fields(bad)).containsExactlyInAnyOrder("customFields." + key, "customFields.nonexistent");
        }

        @Test
        void requiresMarkedFieldsBeforeSolving() {
            String key = "cause_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
            long fieldId = admin.post(
                            "/api/v1/ticket-fields",
                            Map.of("key", key, "label", "Root cause", "type", "text", "requiredToSolve", true))
                    .id();
            try {
                long id = openTicket(Map.of()).id();

                Api.Response refused = admin.patch("/api/v1/tickets/" + id, Map.of("status", "solved"));
                Api.Response solved = admin.patch(
                        "/api/v1/tickets/" + id,
                        Map.of("status", "solved", "customFields", Map.of(key, "loose cable")));

                assertThat(refused.status()).isEqualTo(422);
                assertThat(fields(refused)).containsExactly("customFields." + key);
                assertThat(solved.status()).isEqualTo(200);
                assertThat(solved.json().get("status").asString()).isEqualTo("solved");
            } finally {
                admin.patch("/api/v1/ticket-fields/" + fieldId, Map.of("active", false));
            }
        }

        @Test
        void onlyAdminsDefineFields() {
            Api agent = agent("agent");

            Api.Response response =
                    agent.post("/api/v1/ticket-fields", Map.of("key", "x_field", "label", "X", "type", "text"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
