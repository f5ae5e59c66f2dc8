package io.frontline.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerApiIT extends ApiTest {

    @Nested
    class Customers {

        @Test
        void createsCustomerWithEveryAttribute() {
            String email = email("maria");
            Api.Response created = admin.post(
                    "/api/v1/customers",
                    Map.of(
                            "name", "María García",
                            "emails", List.of(email),
                            "phones", List.of("+34 600 123 456"),
                            "language", "es",
                            "timeZone", "Europe/Madrid",
                            "tags", List.of("VIP"),
                            "customFields", Map.of("loyaltyNumber", "L-991", "newsletter", true)));

            assertThat(created.status()).isEqualTo(201);
            JsonNode customer = admin.get("/api/v1/customers/" + created.id()).json();
            assertThat(customer.get("name").asString()).isEqualTo("María García");
            assertThat(customer.get("email").asString()).isEqualTo(email);
            assertThat(customer.get("phones").get(0).asString()).isEqualTo("+34 600 123 456");
            assertThat(customer.get("language").asString()).isEqualTo("es");
            assertThat(customer.get("timeZone").asString()).isEqualTo("Europe/Madrid");
            assertThat(customer.get("tags").get(0).asString()).isEqualTo("vip");
            assertThat(customer.get("customFields").get("newsletter").asBoolean())
                    .isTrue();
        }

        @Test
        void findsCustomerByEmailCaseInsensitively() {
            String email = email("Case.Sensitive");
            long id = admin.post("/api/v1/customers", Map.of("emails", List.of(email)))
                    .id();

            JsonNode found = admin.get("/api/v1/customers?email=" + q(email.toLowerCase()))
                    .json()
                    .get("items");

            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
            assertThat(found.get(0).get("name").asString()).isEqualTo(email.substring(0, email.indexOf('@')));
        }

        @Test
        void refusesAnEmailThatBelongsToAnotherCustomer() {
            String email = email("taken");
            long owner = admin.post("/api/v1/customers", Map.of("emails", List.of(email)))
                    .id();

            Api.Response duplicate = admin.post("/api/v1/customers", Map.of("emails", List.of(email.toUpperCase())));

            assertThat(duplicate.status()).isEqualTo(422);
            assertThat(duplicate.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("emails[0]");
            assertThat(duplicate.json().get("errors").get(0).get("message").asString())
                    .contains(String.valueOf(owner));
        }

        @Test
        void rejectsInvalidLanguageTimeZoneAndCustomFields() {
            Api.Response response = admin.post(
                    "/api/v1/customers",
                    Map.of(
                            "name", "Bad",
                            "language", "not a language!",
                            "timeZone", "Mars/Olympus",
                            "customFields", Map.of("nested", Map.of("a", 1))));

            assertThat(response.status()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).containsExactlyInAnyOrder("language", "timeZone", "customFields.nested");
        }

        @Test
        void patchesOnlyTheGivenFieldsAndAuditsTheChange() {
            long id = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Before", "emails", List.of(email("p")), "language", "en"))
                    .id();

            Api.Response patched = admin.patch("/api/v1/customers/" + id, Map.of("name", "After"));

            assertThat(patched.json().get("name").asString()).isEqualTo("After");
            assertThat(patched.json().get("language").asString()).isEqualTo("en");
            JsonNode audit = admin.get("/api/v1/audit?entityType=customer&entityId=" + id)
                    .json()
                    .get("items");
            assertThat(audit.get(0).get("action").asString()).isEqualTo("updated");
            assertThat(audit.get(0).get("details").get("from").get("name").asString())
                    .isEqualTo("Before");
        }

        @Test
        void keepsNotesAboutACustomer() {
            long id = admin.post("/api/v1/customers", Map.of("name", "Noted")).id();

            assertThat(admin.post("/api/v1/customers/" + id + "/notes", Map.of("body", "Prefers phone calls"))
                            .status())
                    .isEqualTo(201);

            JsonNode notes = admin.get("/api/v1/customers/" + id + "/notes").json();
            assertThat(notes.get(0).get("body").asString()).isEqualTo("Prefers phone calls");
            assertThat(notes.get(0).get("authorName").asString()).isEqualTo("Administrator");
        }

        @Test
        void mergeMovesIdentitiesNotesAndTicketsToTheSurvivor() {
            String survivorEmail = email("survivor");
            String duplicateEmail = email("duplicate");
            long survivor = admin.post("/api/v1/customers", Map.of("name", "Sam", "emails", List.of(survivorEmail)))
                    .id();
            long duplicate = admin.post(
                            "/api/v1/customers",
                            Map.of("name", "Sam D.", "emails", List.of(duplicateEmail), "tags", List.of("old")))
                    .id();
            admin.post("/api/v1/customers/" + duplicate + "/notes", Map.of("body", "from the duplicate"));
            long ticket = openTicket(Map.of("requester", Map.of("email", duplicateEmail)))
                    .id();

            Api.Response merged = admin.post("/api/v1/customers/" + survivor + "/merge", Map.of("sourceId", duplicate));

            assertThat(merged.status()).isEqualTo(200);
            assertThat(merged.json().get("emails").toString()).contains(survivorEmail, duplicateEmail);
            assertThat(merged.json().get("tags").toString()).contains("old");
            assertThat(admin.get("/api/v1/tickets/" + ticket)
                            .json()
                            .get("requester")
                            .get("id")
                            .asLong())
                    .isEqualTo(survivor);
            assertThat(admin.get("/api/v1/customers?email=" + q(duplicateEmail))
                            .json()
                            .get("items")
                            .get(0)
                            .get("id")
                            .asLong())
                    .isEqualTo(survivor);
            assertThat(admin.get("/api/v1/customers/" + survivor + "/notes")
                            .json()
                            .get(0)
                            .get("body")
                            .asString())
                    .isEqualTo("from the duplicate");
            assertThat(admin.get("/api/v1/customers/" + duplicate)
                            .json()
                            .get("mergedIntoId")
                            .asLong())
                    .isEqualTo(survivor);
            boolean recorded = false;
            for (JsonNode e :
                    admin.get("/api/v1/tickets/" + ticket + "/events").json().get("items")) {
                recorded |= "requesterId".equals(e.path("field").asString())
                        && String.valueOf(survivor).equals(e.get("to").asString());
            }
            assertThat(recorded)
                    .as("the requester change is in the ticket history")
                    .isTrue();
        }

        @Test
        void refusesToMergeACustomerIntoItself() {
            long id = admin.post("/api/v1/customers", Map.of("name", "Solo")).id();

            assertThat(admin.post("/api/v1/customers/" + id + "/merge", Map.of("sourceId", id))
                            .status())
                    .isEqualTo(422);
        }

        @Test
        void showsEveryMessageOfTheCustomerAcrossChannelsNewestFirst() {
            String email = email("timeline");
            long first = openTicket(Map.of("requester", Map.of("email", email), "channel", "email"))
                    .id();
            long second = openTicket(Map.of("requester", Map.of("email", email), "channel", "chat"))
                    .id();
            admin.post("/api/v1/tickets/" + first + "/messages", Map.of("body", "Reply by agent"));
            long customerId = admin.get("/api/v1/tickets/" + first)
                    .json()
                    .get("requester")
                    .get("id")
                    .asLong();

            JsonNode page = admin.get("/api/v1/customers/" + customerId + "/timeline?limit=2")
                    .json();
            JsonNode rest = admin.get("/api/v1/customers/" + customerId + "/timeline?cursor="
                            + page.get("nextCursor").asString())
                    .json();

            assertThat(page.get("items")).hasSize(2);
            assertThat(page.get("items").get(0).get("excerpt").asString()).isEqualTo("Reply by agent");
            assertThat(page.get("items").get(1).get("ticketId").asLong()).isEqualTo(second);
            assertThat(page.get("items").get(1).get("channel").asString()).isEqualTo("chat");
            assertThat(rest.get("items")).hasSize(1);
            assertThat(rest.get("items").get(0).get("ticketId").asLong()).isEqualTo(first);
            assertThat(rest.get("nextCursor").isNull()).isTrue();
        }

        @Test
        void pagesThroughCustomers() {
            String marker = "Pager" + UUID.randomUUID().toString().substring(0, 6);
            for (int i = 0; i < 3; i++) {
                admin.post("/api/v1/customers", Map.of("name", marker + " " + i));
            }

            JsonNode page =
                    admin.get("/api/v1/customers?q=" + marker + "&limit=2").json();
            JsonNode next = admin.get("/api/v1/customers?q=" + marker + "&limit=2&cursor="
                            + page.get("nextCursor").asString())
                    .json();

            assertThat(page.get("items")).hasSize(2);
            assertThat(next.get("items")).hasSize(1);
            assertThat(next.get("nextCursor").isNull()).isTrue();
        }
    }

    @Nested
    class Organizations {

        @Test
        void attachesNewCustomersToTheOrganizationOwningTheirEmailDomain() {
            String domain = "acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
            long org = admin.post(
                            "/api/v1/organizations", Map.of("name", "Acme", "domains", List.of(domain), "tier", "vip"))
                    .id();

            Api.Response ticket = openTicket(Map.of("requester", Map.of("email", "wile@" + domain)));

            assertThat(ticket.json().get("organizationId").asLong()).isEqualTo(org);
            assertThat(admin.get("/api/v1/organizations?domain=" + q(domain.toUpperCase()))
                            .json()
                            .get("items")
                            .get(0)
                            .get("tier")
                            .asString())
                    .isEqualTo("vip");
            assertThat(admin.get("/api/v1/organizations/" + org + "/timeline")
                            .json()
                            .get("items"))
                    .hasSize(1);
        }

        @Test
        void refusesADomainOwnedByAnotherOrganizationAndAnUnknownAccountManager() {
            String domain = "dup-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
            admin.post("/api/v1/organizations", Map.of("name", "First", "domains", List.of(domain)));

            Api.Response second = admin.post(
                    "/api/v1/organizations",
                    Map.of("name", "Second", "domains", List.of(domain), "accountManagerId", 987654));

            assertThat(second.status()).isEqualTo(422);
            assertThat(second.json().get("errors")).hasSize(2);
        }

        @Test
        void mergeMovesDomainsCustomersAndTickets() {
            String domain = "old-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
            long survivor = admin.post("/api/v1/organizations", Map.of("name", "New Co"))
                    .id();
            long source = admin.post("/api/v1/organizations", Map.of("name", "Old Co", "domains", List.of(domain)))
                    .id();
            Api.Response ticket = openTicket(Map.of("requester", Map.of("email", "x@" + domain)));

            Api.Response merged =
                    admin.post("/api/v1/organizations/" + survivor + "/merge", Map.of("sourceId", source));

            assertThat(merged.json().get("domains").get(0).asString()).isEqualTo(domain);
            assertThat(admin.get("/api/v1/tickets/" + ticket.id())
                            .json()
                            .get("organizationId")
                            .asLong())
                    .isEqualTo(survivor);
            long customer = ticket.json().get("requester").get("id").asLong();
            assertThat(admin.get("/api/v1/customers/" + customer)
                            .json()
                            .get("organizationId")
                            .asLong())
                    .isEqualTo(survivor);
        }

        @Test
        void listsOrganizationsByNameWithACursor() {
            String marker = "Listed" + UUID.randomUUID().toString().substring(0, 6);
            admin.post("/api/v1/organizations", Map.of("name", marker + " One"));
            admin.post("/api/v1/organizations", Map.of("name", marker + " Two"));

            JsonNode page =
                    admin.get("/api/v1/organizations?q=" + marker + "&limit=1").json();
            JsonNode next = admin.get("/api/v1/organizations?q=" + marker + "&limit=1&cursor="
                            + page.get("nextCursor").asString())
                    .json();

            assertThat(page.get("items").get(0).get("name").asString()).isEqualTo(marker + " Two");
            assertThat(next.get("items").get(0).get("name").asString()).isEqualTo(marker + " One");
            assertThat(next.get("nextCursor").isNull()).isTrue();
        }

        @Test
        void patchesAnOrganization() {
            long id = admin.post("/api/v1/organizations", Map.of("name", "Patchable"))
                    .id();
            long manager = admin.get("/api/v1/agents/me").id();

            Api.Response patched =
                    admin.patch("/api/v1/organizations/" + id, Map.of("tier", "premium", "accountManagerId", manager));

            assertThat(patched.json().get("tier").asString()).isEqualTo("premium");
            assertThat(patched.json().get("accountManagerId").asLong()).isEqualTo(manager);
            assertThat(patched.json().get("name").asString()).isEqualTo("Patchable");
        }
    }
}
