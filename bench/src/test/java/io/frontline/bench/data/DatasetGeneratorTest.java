package io.frontline.bench.data;

import static io.frontline.bench.data.GeneratedRows.value;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class DatasetGeneratorTest {

    @Nested
    class Determinism {

        @Test
        void sameSeedProducesIdenticalRows() {
            assertThat(GeneratedRows.of(DatasetSpec.tiny(7)).digests())
                    .isEqualTo(GeneratedRows.of(DatasetSpec.tiny(7)).digests());
        }

        @Test
        void rowsDoNotDependOnHowTheyAreChunked() {
            assertThat(GeneratedRows.of(DatasetSpec.tiny(7), 13).digests())
                    .isEqualTo(GeneratedRows.of(DatasetSpec.tiny(7), 500).digests());
        }

        @Test
        void anotherSeedProducesOtherRows() {
            Map<Table, String> first = GeneratedRows.of(DatasetSpec.tiny(7)).digests();
            Map<Table, String> second = GeneratedRows.of(DatasetSpec.tiny(8)).digests();
            assertThat(second.get(Table.TICKET)).isNotEqualTo(first.get(Table.TICKET));
            assertThat(second.get(Table.MESSAGE)).isNotEqualTo(first.get(Table.MESSAGE));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithABacklog {

        private final Instant end = Instant.parse("2026-12-07T00:00:00Z");
        private final DatasetSpec spec = DatasetSpec.small(42).withBacklog(8_000, end);
        private GeneratedRows rows;
        private List<Object[]> tickets;

        @BeforeAll
        void generate() {
            rows = GeneratedRows.of(spec);
            tickets = rows.of(Table.TICKET);
        }

        private String status(Object[] ticket) {
            return (String) value(Table.TICKET, ticket, "status");
        }

        private Instant statusSince(Object[] ticket) {
            return (Instant) value(Table.TICKET, ticket, "status_changed_at");
        }

        @Test
        void theNewestTicketsWaitAndAllOlderOnesAreClosed() {
            List<Object[]> older = tickets.subList(0, spec.tickets() - spec.backlog());
            List<Object[]> backlog = tickets.subList(spec.tickets() - spec.backlog(), spec.tickets());

            assertThat(older).allSatisfy(t -> assertThat(status(t)).isEqualTo("CLOSED"));
            assertThat(backlog).allSatisfy(t -> assertThat(status(t)).isIn("NEW", "OPEN", "PENDING", "ON_HOLD"));
            Map<String, Double> shares = shares(backlog, this::status);
            assertThat(shares.get("OPEN")).isCloseTo(0.60, within(0.03));
            assertThat(shares.get("PENDING")).isCloseTo(0.25, within(0.03));
            assertThat(shares.get("ON_HOLD")).isCloseTo(0.13, within(0.03));
            assertThat(shares.get("NEW")).isCloseTo(0.02, within(0.01));
        }

        @Test
        void isTheSameForTheSameSeedAndEndAndDiffersFromThePlainPreset() {
            Map<Table, String> again = GeneratedRows.of(DatasetSpec.small(42).withBacklog(8_000, end))
                    .digests();

            assertThat(again).isEqualTo(rows.digests());
            assertThat(GeneratedRows.of(DatasetSpec.small(42)).digests().get(Table.TICKET))
                    .isNotEqualTo(again.get(Table.TICKET));
        }

        @Test
        void waitingTicketsEnteredTheirStatusJustShortOfTheTypicalTimeRules() {
            for (Object[] t : tickets.subList(spec.tickets() - spec.backlog(), spec.tickets())) {
                Duration stay = Duration.between(statusSince(t), end);
                assertThat(stay.isNegative()).isFalse();
                switch (status(t)) {
                    case "NEW" -> assertThat(stay).isLessThan(Duration.ofMinutes(30));
                    case "PENDING" -> assertThat(stay).isLessThan(Duration.ofHours(72));
                    default -> assertThat(stay).isLessThan(Duration.ofDays(14));
                }
            }
        }

        @Test
        void everyTicketRecordsWhenItEnteredItsStatus() {
            Object[] closed = tickets.getFirst();
            assertThat(statusSince(closed)).isEqualTo(value(Table.TICKET, closed, "closed_at"));
            assertThat(tickets).allSatisfy(t -> assertThat(statusSince(t)).isNotNull());
        }

        @Test
        void runningClocksFallDueAfterTheEndAndPausedOnesHaveNoDueTime() {
            List<Object[]> clocks = rows.of(Table.SLA_CLOCK);
            Map<Long, Object[]> byId = new HashMap<>();
            tickets.forEach(t -> byId.put((Long) value(Table.TICKET, t, "id"), t));
            Set<Long> withResolution = new HashSet<>();
            for (Object[] c : clocks) {
                Object[] ticket = byId.get((Long) value(Table.SLA_CLOCK, c, "ticket_id"));
                String state = (String) value(Table.SLA_CLOCK, c, "state");
                boolean running = List.of("NEW", "OPEN").contains(status(ticket));
                assertThat(state).isEqualTo(running ? "RUNNING" : "PAUSED");
                Instant due = (Instant) value(Table.SLA_CLOCK, c, "due_at");
                Instant warn = (Instant) value(Table.SLA_CLOCK, c, "warn_at");
                if (running) {
                    assertThat(warn).isAfter(end).isBefore(due);
                    assertThat((Instant) value(Table.TICKET, ticket, "sla_due_at"))
                            .isBeforeOrEqualTo(due);
                } else {
                    assertThat(due).isNull();
                    assertThat(value(Table.TICKET, ticket, "sla_due_at")).isNull();
                }
                if ("RESOLUTION".equals(value(Table.SLA_CLOCK, c, "metric"))) {
                    withResolution.add((Long) value(Table.SLA_CLOCK, c, "ticket_id"));
                }
            }
            assertThat(withResolution).hasSize(spec.backlog());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheSmallPreset {

        private final DatasetSpec spec = DatasetSpec.small(42);
        private GeneratedRows rows;
        private List<Object[]> tickets;

        @BeforeAll
        void generate() {
            rows = GeneratedRows.of(spec);
            tickets = rows.of(Table.TICKET);
        }

        @Test
        void sizesMatchThePreset() {
            assertThat(tickets).hasSize(spec.tickets());
            assertThat(rows.of(Table.CUSTOMER)).hasSize(spec.customers());
            assertThat(rows.of(Table.ORGANIZATION)).hasSize(spec.organizations());
            assertThat(rows.of(Table.TEAM)).hasSize(6);
            assertThat(rows.of(Table.AGENT)).hasSize(spec.agents() + 1);
            assertThat((double) rows.of(Table.MESSAGE).size())
                    .isCloseTo(spec.messages(), within(spec.messages() * 0.08));
        }

        @Test
        void mostTicketsAreClosed() {
            Map<String, Double> shares = shares(tickets, row -> (String) value(Table.TICKET, row, "status"));
            assertThat(shares.get("CLOSED")).isCloseTo(0.70, within(0.03));
            assertThat(shares.get("SOLVED")).isCloseTo(0.10, within(0.02));
            assertThat(shares.get("OPEN")).isCloseTo(0.07, within(0.02));
            assertThat(shares.get("PENDING")).isCloseTo(0.05, within(0.02));
            assertThat(shares.get("ON_HOLD")).isCloseTo(0.02, within(0.01));
            assertThat(shares.get("NEW")).isCloseTo(0.06, within(0.02));
        }

        @Test
        void everyStatusAndChannelOccurs() {
            assertThat(distinct(Table.TICKET, "status")).containsExactlyInAnyOrderElementsOf(DatasetGenerator.STATUSES);
            assertThat(distinct(Table.TICKET, "channel"))
                    .containsExactlyInAnyOrderElementsOf(DatasetGenerator.CHANNELS);
            assertThat(distinct(Table.TICKET, "priority")).containsExactlyInAnyOrder("LOW", "NORMAL", "HIGH", "URGENT");
        }

        @Test
        void emailIsTheMostCommonChannelAndNormalTheMostCommonPriority() {
            assertThat(mostCommon(tickets, row -> (String) value(Table.TICKET, row, "channel")))
                    .isEqualTo("EMAIL");
            assertThat(mostCommon(tickets, row -> (String) value(Table.TICKET, row, "priority")))
                    .isEqualTo("NORMAL");
        }

        @Test
        void heavyCustomersFormALongTail() {
            Map<Long, Long> perCustomer = tickets.stream()
                    .collect(groupingBy(row -> (Long) value(Table.TICKET, row, "requester_id"), counting()));
            List<Long> counts = perCustomer.values().stream()
                    .sorted(Comparator.reverseOrder())
                    .toList();
            long median = counts.get(counts.size() / 2);
            assertThat(median).isLessThanOrEqualTo(5);
            assertThat(counts.getFirst()).isGreaterThanOrEqualTo(60);
            long topOnePercent = counts.stream()
                    .limit(spec.customers() / 100)
                    .mapToLong(Long::longValue)
                    .sum();
            assertThat((double) topOnePercent / spec.tickets()).isGreaterThan(0.08);
        }

        @Test
        void customersWriteInSixLanguagesMostlyEnglish() {
            Map<String, Double> shares =
                    shares(rows.of(Table.CUSTOMER), row -> (String) value(Table.CUSTOMER, row, "language"));
            assertThat(shares).containsOnlyKeys("en", "de", "es", "fr", "ja", "pt-BR");
            assertThat(shares.get("en")).isGreaterThan(0.35);
        }

        @Test
        void aboutFortyPercentOfCustomersBelongToAnOrganizationOfTheirEmailDomain() {
            Map<Long, Set<String>> domains = new HashMap<>();
            rows.of(Table.ORGANIZATION_DOMAIN)
                    .forEach(row -> domains.computeIfAbsent(
                                    (Long) value(Table.ORGANIZATION_DOMAIN, row, "organization_id"),
                                    k -> new HashSet<>())
                            .add((String) value(Table.ORGANIZATION_DOMAIN, row, "domain")));
            Map<Long, String> firstEmail = new HashMap<>();
            rows.of(Table.CUSTOMER_IDENTITY)
                    .forEach(row ->
                            firstEmail.putIfAbsent((Long) value(Table.CUSTOMER_IDENTITY, row, "customer_id"), (String)
                                    value(Table.CUSTOMER_IDENTITY, row, "normalized")));
            List<Object[]> members = rows.of(Table.CUSTOMER).stream()
                    .filter(row -> value(Table.CUSTOMER, row, "organization_id") != null)
                    .toList();
            assertThat((double) members.size() / spec.customers()).isCloseTo(0.40, within(0.04));
            assertThat(members).allSatisfy(row -> {
                String email = firstEmail.get((Long) value(Table.CUSTOMER, row, "id"));
                assertThat(domains.get((Long) value(Table.CUSTOMER, row, "organization_id")))
                        .contains(email.substring(email.indexOf('@') + 1));
            });
        }

        @Test
        void customerEmailsAreUniqueAndNormalizedToLowerCase() {
            List<Object[]> identities = rows.of(Table.CUSTOMER_IDENTITY);
            assertThat(identities)
                    .allSatisfy(row -> assertThat(value(Table.CUSTOMER_IDENTITY, row, "normalized"))
                            .isEqualTo(((String) value(Table.CUSTOMER_IDENTITY, row, "identity_value"))
                                    .toLowerCase(Locale.ROOT)));
            assertThat(distinct(Table.CUSTOMER_IDENTITY, "normalized")).hasSameSizeAs(identities);
            assertThat(identities.size()).isBetween(spec.customers(), spec.customers() * 2);
        }

        @Test
        void messageCountsMatchTicketCounters() {
            Map<Long, Long> perTicket = rows.of(Table.MESSAGE).stream()
                    .collect(groupingBy(row -> (Long) value(Table.MESSAGE, row, "ticket_id"), counting()));
            assertThat(tickets)
                    .allSatisfy(row -> assertThat(((Number) value(Table.TICKET, row, "message_count")).longValue())
                            .isEqualTo(perTicket.get((Long) value(Table.TICKET, row, "id")))
                            .isBetween(1L, 20L));
        }

        @Test
        void lastMessageTimestampsMatchTheMessages() {
            Map<Long, Instant> lastCustomer = new HashMap<>();
            Map<Long, Instant> lastAgentReply = new HashMap<>();
            for (Object[] message : rows.of(Table.MESSAGE)) {
                Long ticket = (Long) value(Table.MESSAGE, message, "ticket_id");
                Instant at = (Instant) value(Table.MESSAGE, message, "created_at");
                if (value(Table.MESSAGE, message, "author_type").equals("CUSTOMER")) {
                    lastCustomer.merge(ticket, at, (a, b) -> a.isAfter(b) ? a : b);
                } else if (value(Table.MESSAGE, message, "visibility").equals("PUBLIC")) {
                    lastAgentReply.merge(ticket, at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            assertThat(tickets).allSatisfy(row -> {
                Long id = (Long) value(Table.TICKET, row, "id");
                assertThat(value(Table.TICKET, row, "last_customer_message_at")).isEqualTo(lastCustomer.get(id));
                assertThat(value(Table.TICKET, row, "last_agent_reply_at")).isEqualTo(lastAgentReply.get(id));
            });
        }

        @Test
        void conversationsAlternateBetweenCustomerAndAgentWithSomeInternalNotes() {
            Map<String, Double> visibility =
                    shares(rows.of(Table.MESSAGE), row -> (String) value(Table.MESSAGE, row, "visibility"));
            assertThat(visibility.get("INTERNAL")).isBetween(0.01, 0.15);
            Object[] previous = null;
            for (Object[] message : rows.of(Table.MESSAGE)) {
                if (previous != null
                        && value(Table.MESSAGE, previous, "ticket_id")
                                .equals(value(Table.MESSAGE, message, "ticket_id"))
                        && value(Table.MESSAGE, message, "author_type").equals("AGENT")) {
                    assertThat(value(Table.MESSAGE, previous, "author_type")).isEqualTo("CUSTOMER");
                }
                previous = message;
            }
        }

        @Test
        void ticketsAreCreatedInIdOrderOverTheLastTwoYears() {
            Instant previous = Instant.MIN;
            for (Object[] row : tickets) {
                Instant created = (Instant) value(Table.TICKET, row, "created_at");
                assertThat(created).isAfterOrEqualTo(previous);
                assertThat((Instant) value(Table.TICKET, row, "updated_at")).isAfterOrEqualTo(created);
                previous = created;
            }
            Instant first = (Instant) value(Table.TICKET, tickets.getFirst(), "created_at");
            assertThat(Duration.between(first, spec.endsAt()).toDays()).isBetween(700L, 731L);
            assertThat(previous).isBefore(spec.endsAt());
        }

        @Test
        void solvedAndClosedTimestampsFollowTheStatus() {
            assertThat(tickets).allSatisfy(row -> {
                String status = (String) value(Table.TICKET, row, "status");
                Instant solved = (Instant) value(Table.TICKET, row, "solved_at");
                Instant closed = (Instant) value(Table.TICKET, row, "closed_at");
                assertThat(solved != null).isEqualTo(status.equals("SOLVED") || status.equals("CLOSED"));
                assertThat(closed != null).isEqualTo(status.equals("CLOSED"));
                if (closed != null) assertThat(closed).isAfterOrEqualTo(solved);
            });
        }

        @Test
        void newTicketsAreUnassignedAndAllOthersHaveAnAssignee() {
            assertThat(tickets)
                    .allSatisfy(row -> assertThat(value(Table.TICKET, row, "assignee_id") == null)
                            .isEqualTo(value(Table.TICKET, row, "status").equals("NEW")));
        }

        @Test
        void historyHasOneCreatedEventAndOneMessageAddedPerMessage() {
            Map<String, Long> kinds = rows.of(Table.TICKET_EVENT).stream()
                    .collect(groupingBy(row -> (String) value(Table.TICKET_EVENT, row, "kind"), counting()));
            assertThat(kinds.get("created")).isEqualTo((long) spec.tickets());
            assertThat(kinds.get("message_added"))
                    .isEqualTo((long) rows.of(Table.MESSAGE).size());
            assertThat(kinds).containsOnlyKeys("created", "message_added", "field_changed");
        }

        @Test
        void statusHistoryWalksFromNewToTheFinalStatus() {
            Map<Long, String> lastStatus = new HashMap<>();
            for (Object[] event : rows.of(Table.TICKET_EVENT)) {
                if ("status".equals(value(Table.TICKET_EVENT, event, "field"))) {
                    Long ticket = (Long) value(Table.TICKET_EVENT, event, "ticket_id");
                    String from = (String) value(Table.TICKET_EVENT, event, "from_value");
                    assertThat(from).isEqualTo(lastStatus.get(ticket));
                    lastStatus.put(ticket, (String) value(Table.TICKET_EVENT, event, "to_value"));
                }
            }
            assertThat(tickets)
                    .allSatisfy(row -> assertThat(lastStatus.get((Long) value(Table.TICKET, row, "id")))
                            .isEqualTo(((String) value(Table.TICKET, row, "status")).toLowerCase(Locale.ROOT)));
        }

        @Test
        void assignmentIsRecordedAndSkewedAcrossAgents() {
            Map<Long, Long> perAgent = tickets.stream()
                    .filter(row -> value(Table.TICKET, row, "assignee_id") != null)
                    .collect(groupingBy(row -> (Long) value(Table.TICKET, row, "assignee_id"), counting()));
            long busiest =
                    perAgent.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            long quietest =
                    perAgent.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(busiest).isGreaterThan(3 * quietest);
            long assignments = rows.of(Table.TICKET_EVENT).stream()
                    .filter(row -> "assigneeId".equals(value(Table.TICKET_EVENT, row, "field")))
                    .count();
            assertThat(assignments)
                    .isEqualTo(perAgent.values().stream()
                            .mapToLong(Long::longValue)
                            .sum());
        }

        @Test
        void messagesAreWrittenInTheCustomersLanguage() {
            Map<Long, String> languageOfCustomer = new HashMap<>();
            rows.of(Table.CUSTOMER)
                    .forEach(row -> languageOfCustomer.put(
                            (Long) value(Table.CUSTOMER, row, "id"), (String) value(Table.CUSTOMER, row, "language")));
            Map<Long, String> languageOfTicket = new HashMap<>();
            tickets.forEach(row ->
                    languageOfTicket.put((Long) value(Table.TICKET, row, "id"), languageOfCustomer.get((Long)
                            value(Table.TICKET, row, "requester_id"))));
            List<Object[]> japanese = rows.of(Table.MESSAGE).stream()
                    .filter(row -> value(Table.MESSAGE, row, "visibility").equals("PUBLIC"))
                    .filter(row -> "ja".equals(languageOfTicket.get((Long) value(Table.MESSAGE, row, "ticket_id"))))
                    .toList();
            assertThat(japanese)
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat((String) value(Table.MESSAGE, row, "body_text"))
                            .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]"));
            assertThat(distinct(Table.TICKET, "subject").size()).isGreaterThan(spec.tickets() / 3);
        }

        @Test
        void agentsShareOnePasswordAndIncludeTheAdmin() {
            assertThat(rows.of(Table.AGENT))
                    .allSatisfy(row ->
                            assertThat(value(Table.AGENT, row, "password_hash")).isEqualTo(GeneratedRows.HASH))
                    .anySatisfy(row -> {
                        assertThat(value(Table.AGENT, row, "email")).isEqualTo("admin@bench.local");
                        assertThat(value(Table.AGENT, row, "role")).isEqualTo("ADMIN");
                    });
            assertThat(distinct(Table.AGENT, "tier")).containsExactlyInAnyOrder(1, 2, 3);
            assertThat(distinct(Table.TEAM_MEMBER, "team_id")).hasSize(6);
        }

        private Set<Object> distinct(Table table, String column) {
            Set<Object> values = new HashSet<>();
            rows.of(table).forEach(row -> values.add(value(table, row, column)));
            return values;
        }
    }

    private static Map<String, Double> shares(List<Object[]> rows, Function<Object[], String> key) {
        Map<String, Double> shares = new HashMap<>();
        rows.forEach(row -> shares.merge(key.apply(row), 1.0 / rows.size(), Double::sum));
        return shares;
    }

    private static String mostCommon(List<Object[]> rows, Function<Object[], String> key) {
        return shares(rows, key).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
