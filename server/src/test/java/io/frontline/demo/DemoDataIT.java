package io.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.support.TestDatabase;
import io.frontline.tickets.Channel;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {"frontline.demo.mode=on", "frontline.admin.password=demo-admin-password"})
@Import(TestDatabase.CleanSchema.class)
class DemoDataIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    Tickets tickets;

    @Autowired
    DemoData demo;

    @Autowired
    io.frontline.channels.chat.ChatWidgets chatWidgets;

    @Autowired
    io.frontline.channels.chat.CannedResponses canned;

    private List<TicketView> all() {
        return tickets.list(new TicketQuery(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, 200))
                .items();
    }

    @Test
    void coversEveryStatusAndEveryChannel() {
        List<TicketView> loaded = all();

        assertThat(loaded.stream().map(TicketView::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TicketStatus.values());
        assertThat(loaded.stream().map(TicketView::channel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Channel.values());
    }

    @Test
    void offersALiveChatWidgetForTheChatTeamWithCannedResponses() {
        assertThat(chatWidgets.list())
                .singleElement()
                .satisfies(w -> assertThat(w.allowedOrigins()).contains("http://localhost:8000"));
        assertThat(canned.list()).extracting(c -> c.title()).contains("Greeting", "Goodbye");
    }

    @Test
    void containsConversationsFollowUpsAndAMerge() {
        List<TicketView> loaded = all();

        assertThat(loaded).anySatisfy(t -> assertThat(t.followUpOfId()).isNotNull());
        assertThat(loaded).anySatisfy(t -> assertThat(t.mergedIntoId()).isNotNull());
        assertThat(loaded).anySatisfy(t -> assertThat(t.messageCount()).isGreaterThanOrEqualTo(3));
        Set<String> languages = loaded.stream().map(t -> t.requester().email()).collect(Collectors.toSet());
        assertThat(languages).hasSizeGreaterThanOrEqualTo(8);
    }

    @Autowired
    io.frontline.automation.BusinessHours businessHours;

    @Test
    void givesTheTeamsOfficeCalendarsWithHolidaysAndOneAroundTheClock() {
        assertThat(businessHours.list())
                .extracting(c -> c.name() + " " + c.timeZone() + " " + c.defaultCalendar())
                .containsExactly(
                        "Around the clock UTC false",
                        "Berlin office Europe/Berlin true",
                        "New York office America/New_York false");
        assertThat(businessHours.list()).allSatisfy(c -> assertThat(c.teamIds()).isNotEmpty());
        assertThat(businessHours.list().get(1).holidays())
                .anySatisfy(h -> assertThat(h.name()).isEqualTo("Tag der Deutschen Einheit"));
    }

    @Test
    void loadsOnlyIntoAnEmptyDatabase() throws Exception {
        int before = all().size();

        demo.run(null);

        assertThat(all()).hasSize(before);
    }
}
