package io.frontline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Business-hours calendars over the API, and SLA targets counted in them. Calendars made here are deleted afterwards,
 * so that the default calendar of one test never reaches the tickets of another.
 */
class BusinessHoursApiIT extends ApiTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BusinessCalendars calendars;

    String tag;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void uniqueTag() {
        tag = "h" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void deleteCalendars() {
        created.reversed().forEach(admin::delete);
    }

    private long create(String path, Map<String, Object> body) {
        Api.Response response = admin.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add(path + "/" + response.id());
        return response.id();
    }

    private long team() {
        return admin.post("/api/v1/teams", Map.of("name", "Hours " + tag + " " + UUID.randomUUID()))
                .id();
    }

    private static Map<String, Object> shift(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    private static List<Map<String, Object>> weekdays(String start, String end) {
        return List.of("monday", "tuesday", "wednesday", "thursday", "friday").stream()
                .map(d -> shift(d, start, end))
                .toList();
    }

    private static List<Map<String, Object>> aroundTheClock() {
        return List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").stream()
                .map(d -> shift(d, "00:00", "24:00"))
                .toList();
    }

    private Map<String, Object> calendar(String zone, List<Map<String, Object>> shifts, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Office " + tag);
        body.put("timeZone", zone);
        body.put("shifts", shifts);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Nested
    class Validation {

        @Test
        void namesEveryWrongFieldAndSavesNothing() {
            Api.Response response = admin.post(
                    "/api/v1/business-hours",
                    calendar(
                            "Mars/Olympus_Mons",
                            List.of(
                                    shift("funday", "09:00", "17:00"),
                                    shift("monday", "25:00", "17:00"),
                                    shift("monday", "09:00", "9 am"),
                                    shift("tuesday", "09:00", "09:00")),
                            "holidays",
                            List.of(Map.of("date", "2026-02-30", "name", "Nope"))));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.raw().body())
                    .contains("timeZone")
                    .contains("shifts[0].day")
                    .contains("shifts[1].start")
                    .contains("shifts[2].end")
                    .contains("shifts[3].end")
                    .contains("holidays[0].date");
            assertThat(admin.get("/api/v1/business-hours").raw().body()).doesNotContain(tag);
        }

        @Test
        void refusesAWeekWithoutWorkingTime() {
            Api.Response response = admin.post("/api/v1/business-hours", calendar("Europe/Berlin", List.of()));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.raw().body()).contains("\"shifts\"");
        }

        @Test
        void refusesOverlappingShiftsAlsoWhenANightShiftRunsIntoTheNextWeek() {
            Api.Response sameDay = admin.post(
                    "/api/v1/business-hours",
                    calendar(
                            "Europe/Berlin",
                            List.of(shift("monday", "09:00", "17:00"), shift("monday", "16:00", "18:00"))));
            assertThat(sameDay.status()).isEqualTo(422);
            assertThat(sameDay.raw().body()).contains("shifts[1]").contains("overlaps monday 09:00-17:00");

            Api.Response overnight = admin.post(
                    "/api/v1/business-hours",
                    calendar(
                            "Europe/Berlin",
                            List.of(shift("monday", "05:00", "09:00"), shift("sunday", "22:00", "06:00"))));
            assertThat(overnight.status()).isEqualTo(422);
            assertThat(overnight.raw().body()).contains("shifts[1]");
        }

        @Test
        void refusesUnknownTeamsAndTeamsThatAlreadyHaveACalendar() {
            long team = team();
            create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "teamIds", List.of(team)));
            Api.Response response = admin.post(
                    "/api/v1/business-hours",
                    calendar("America/New_York", weekdays("09:00", "17:00"), "teamIds", List.of(team, 987654321L)));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.raw().body())
                    .contains("teamIds[0]")
                    .contains("already works by the calendar")
                    .contains("teamIds[1]")
                    .contains("no such team");
        }

        @Test
        void letsOnlyLeadsManageCalendars() {
            Api agent = agent("AGENT");
            assertThat(agent.get("/api/v1/business-hours").status()).isEqualTo(403);
            assertThat(agent.get("/automation/business-hours").status()).isEqualTo(403);
            Api lead = agent("LEAD");
            assertThat(lead.get("/api/v1/business-hours").status()).isEqualTo(200);
            assertThat(lead.get("/automation/business-hours").raw().body()).contains("Business hours");
        }
    }

    @Nested
    class Calendars {

        @Test
        void keepsShiftsAndHolidaysInNormalFormAndTellsWhetherItIsOpenNow() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long id = create(
                    "/api/v1/business-hours",
                    calendar(
                            "UTC",
                            aroundTheClock().reversed(),
                            "holidays",
                            List.of(
                                    Map.of("date", today.toString(), "name", "Today"),
                                    Map.of("date", "2026-12-25", "name", "Christmas Day", "yearly", true))));
            JsonNode calendar = admin.get("/api/v1/business-hours/" + id).json();
            assertThat(calendar.get("shifts").get(0).get("day").asString()).isEqualTo("monday");
            assertThat(calendar.get("shifts").get(0).get("end").asString()).isEqualTo("24:00");
            assertThat(calendar.get("holidays")).hasSize(2);
            assertThat(calendar.get("now").get("open").asBoolean()).isFalse();
            assertThat(Instant.parse(calendar.get("now").get("nextOpening").asString()))
                    .isEqualTo(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        @Test
        void keepsEveryVersionAuditsItAndRollsBack() {
            long team = team();
            long id = create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "teamIds", List.of(team)));
            Api.Response changed = admin.put(
                    "/api/v1/business-hours/" + id, calendar("Asia/Tokyo", List.of(shift("friday", "22:00", "06:00"))));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().get("teamIds")).isEmpty();

            JsonNode versions =
                    admin.get("/api/v1/business-hours/" + id + "/versions").json();
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("action").asString()).isEqualTo("updated");
            JsonNode rolledBack = admin.post("/api/v1/business-hours/" + id + "/versions/1/rollback", Map.of())
                    .json();
            assertThat(rolledBack.get("timeZone").asString()).isEqualTo("Europe/Berlin");
            assertThat(rolledBack.get("shifts")).hasSize(5);
            assertThat(rolledBack.get("teamIds").get(0).asLong()).isEqualTo(team);
            assertThat(admin.get("/api/v1/business-hours/" + id + "/versions").json())
                    .hasSize(3);
            JsonNode audit = admin.get("/api/v1/audit?entityType=business_calendar&entityId=" + id)
                    .json()
                    .get("items");
            assertThat(audit.get(0).get("action").asString()).isEqualTo("rolled_back");
        }

        @Test
        void hasOneDefaultAtATime() {
            long first = create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "defaultCalendar", true));
            long second = create(
                    "/api/v1/business-hours",
                    calendar("America/New_York", weekdays("09:00", "17:00"), "defaultCalendar", true));
            assertThat(admin.get("/api/v1/business-hours/" + first)
                            .json()
                            .get("defaultCalendar")
                            .asBoolean())
                    .isFalse();
            assertThat(admin.get("/api/v1/business-hours/" + second)
                            .json()
                            .get("defaultCalendar")
                            .asBoolean())
                    .isTrue();
            assertThat(admin.get("/api/v1/business-hours/" + first + "/versions")
                            .json())
                    .hasSize(2);
        }

        @Test
        void deletesACalendarAndFreesItsTeams() {
            long team = team();
            long id = create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "teamIds", List.of(team)));
            assertThat(admin.delete("/api/v1/business-hours/" + id).status()).isEqualTo(204);
            assertThat(admin.get("/api/v1/business-hours/" + id).status()).isEqualTo(404);
            assertThat(calendars.forTeam(team)).isSameAs(BusinessCalendar.ALWAYS);
            create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "teamIds", List.of(team)));
        }
    }

    @Nested
    class TeamsWorkByTheirCalendar {

        @Test
        void aTeamWithoutCalendarWorksByTheDefaultOrElseAroundTheClock() {
            long team = team();
            assertThat(calendars.forTeam(team)).isSameAs(BusinessCalendar.ALWAYS);
            assertThat(calendars.forTeam(null)).isSameAs(BusinessCalendar.ALWAYS);
            create(
                    "/api/v1/business-hours",
                    calendar("America/New_York", weekdays("09:00", "17:00"), "defaultCalendar", true));
            assertThat(calendars.forTeam(team).zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(calendars.forTeam(null).zone()).isEqualTo(ZoneId.of("America/New_York"));
        }

        @Test
        void aTicketOpenedFridayAtFourIsDueMondayAtTenWithTwoBusinessHours() {
            long team = team();
            long id = create(
                    "/api/v1/business-hours",
                    calendar("Europe/Berlin", weekdays("09:00", "17:00"), "teamIds", List.of(team)));
            BusinessCalendar calendar = calendars.forTeam(team);
            Instant friday =
                    LocalDateTime.parse("2026-12-04T16:00").atZone(BERLIN).toInstant();
            assertThat(calendar.plus(friday, Duration.ofHours(2)))
                    .isEqualTo(LocalDateTime.parse("2026-12-07T10:00")
                            .atZone(BERLIN)
                            .toInstant());

            admin.put(
                    "/api/v1/business-hours/" + id,
                    calendar("Europe/Berlin", weekdays("08:00", "17:00"), "teamIds", List.of(team)));
            assertThat(calendars.forTeam(team).plus(friday, Duration.ofHours(2)))
                    .as("the change is seen once it committed")
                    .isEqualTo(LocalDateTime.parse("2026-12-07T09:00")
                            .atZone(BERLIN)
                            .toInstant());
        }

        @Test
        void aTicketOpenedAnHourBeforeClosingIsDueAfterTheClosedDaysWithTheRestOfItsTarget() {
            // the clock is real, so the week is laid out around now, in a zone where it is day time: today closes in
            // about an hour, the next two days are closed, the third is open from 09:00 (as Friday 16:00 → Monday)
            ZoneId zone = Stream.of("Europe/Berlin", "Asia/Tokyo", "America/New_York")
                    .map(ZoneId::of)
                    .filter(z ->
                            LocalTime.now(z).getHour() >= 8 && LocalTime.now(z).getHour() < 20)
                    .findFirst()
                    .orElseThrow();
            ZonedDateTime now = ZonedDateTime.now(zone);
            LocalTime closes = now.toLocalTime().plusHours(1).truncatedTo(ChronoUnit.MINUTES);
            String today = now.getDayOfWeek().name().toLowerCase(Locale.ROOT);
            String reopening = now.getDayOfWeek().plus(3).name().toLowerCase(Locale.ROOT);
            long team = team();
            create(
                    "/api/v1/business-hours",
                    calendar(
                            zone.getId(),
                            List.of(shift(today, "00:00", closes.toString()), shift(reopening, "09:00", "17:00")),
                            "teamIds",
                            List.of(team)));
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("name", "Business " + tag);
            policy.put("conditions", Map.of("all", List.of(Map.of("field", "tags", "op", "includes", "value", tag))));
            policy.put("firstReplyMinutes", 120);
            policy.put("businessHours", true);
            create("/api/v1/sla-policies", policy);

            JsonNode ticket =
                    openTicket(Map.of("teamId", team, "tags", List.of(tag))).json();

            Instant opened = Instant.parse(ticket.get("createdAt").asString());
            Duration usedToday = Duration.between(
                    opened, now.toLocalDate().atTime(closes).atZone(zone).toInstant());
            Instant expected = now.toLocalDate()
                    .plusDays(3)
                    .atTime(9, 0)
                    .atZone(zone)
                    .toInstant()
                    .plus(Duration.ofHours(2).minus(usedToday));
            Instant due = Instant.parse(
                    admin.get("/api/v1/tickets/" + ticket.get("id").asLong())
                            .json()
                            .get("slaDueAt")
                            .asString());
            // within the moment between the ticket's creation and its SLA clock starting in the same transaction
            assertThat(due).isCloseTo(expected, within(2, ChronoUnit.SECONDS));
        }

        @Test
        void slaTargetsInBusinessHoursSkipTheTeamsHolidays() {
            long team = team();
            LocalDate today = LocalDate.now(BERLIN);
            create(
                    "/api/v1/business-hours",
                    calendar(
                            "Europe/Berlin",
                            aroundTheClock(),
                            "teamIds",
                            List.of(team),
                            "holidays",
                            List.of(
                                    Map.of("date", today.toString(), "name", "Closed today"),
                                    Map.of("date", today.plusDays(1).toString(), "name", "Closed tomorrow"))));
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("name", "Business " + tag);
            policy.put("conditions", Map.of("all", List.of(Map.of("field", "tags", "op", "includes", "value", tag))));
            policy.put("firstReplyMinutes", 120);
            policy.put("businessHours", true);
            create("/api/v1/sla-policies", policy);

            long ticket =
                    openTicket(Map.of("teamId", team, "tags", List.of(tag))).id();

            Instant due = Instant.parse(admin.get("/api/v1/tickets/" + ticket)
                    .json()
                    .get("slaDueAt")
                    .asString());
            Instant reopens = today.plusDays(2).atStartOfDay(BERLIN).toInstant();
            assertThat(due).isEqualTo(reopens.plus(Duration.ofHours(2)));

            admin.patch("/api/v1/tickets/" + ticket, Map.of("status", "pending"));
            admin.patch("/api/v1/tickets/" + ticket, Map.of("status", "open"));
            assertThat(Instant.parse(admin.get("/api/v1/tickets/" + ticket)
                            .json()
                            .get("slaDueAt")
                            .asString()))
                    .as("no business time passed while closed, so resuming keeps the due time")
                    .isEqualTo(due);
        }
    }
}
