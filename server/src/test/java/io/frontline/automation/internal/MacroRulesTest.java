package io.frontline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.automation.BusinessCalendar;
import io.frontline.automation.MacroScope;
import io.frontline.automation.RuleAction;
import io.frontline.customers.CustomerRef;
import io.frontline.tickets.Channel;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MacroRulesTest {

    @Nested
    class Visibility {

        final MacroAccess.Viewer mia = new MacroAccess.Viewer(1, false, Set.of(10L));
        final MacroAccess.Viewer carl = new MacroAccess.Viewer(2, false, Set.of(20L));
        final MacroAccess.Viewer lena = new MacroAccess.Viewer(3, true, Set.of());

        @Test
        void aPersonalMacroIsSeenAndManagedByItsOwnerOnlyWhateverTheOthersRole() {
            assertThat(MacroAccess.canSee(MacroScope.PERSONAL, 1L, null, mia)).isTrue();
            assertThat(MacroAccess.canSee(MacroScope.PERSONAL, 1L, null, carl)).isFalse();
            assertThat(MacroAccess.canSee(MacroScope.PERSONAL, 1L, null, lena)).isFalse();
            assertThat(MacroAccess.canManage(MacroScope.PERSONAL, 1L, mia)).isTrue();
            assertThat(MacroAccess.canManage(MacroScope.PERSONAL, 1L, lena)).isFalse();
        }

        @Test
        void aTeamMacroIsSeenByTheTeamsMembersAndLeadsAndManagedByLeads() {
            assertThat(MacroAccess.canSee(MacroScope.TEAM, null, 10L, mia)).isTrue();
            assertThat(MacroAccess.canSee(MacroScope.TEAM, null, 10L, carl)).isFalse();
            assertThat(MacroAccess.canSee(MacroScope.TEAM, null, 10L, lena)).isTrue();
            assertThat(MacroAccess.canManage(MacroScope.TEAM, null, mia)).isFalse();
            assertThat(MacroAccess.canManage(MacroScope.TEAM, null, lena)).isTrue();
        }

        @Test
        void aSharedMacroIsSeenByEveryoneAndManagedByLeads() {
            assertThat(MacroAccess.canSee(MacroScope.SHARED, null, null, carl)).isTrue();
            assertThat(MacroAccess.canManage(MacroScope.SHARED, null, carl)).isFalse();
            assertThat(MacroAccess.canManage(MacroScope.SHARED, null, lena)).isTrue();
        }
    }

    @Nested
    class Rendering {

        final TicketView ticket = new TicketView(
                42,
                "Refund for order 1042",
                TicketStatus.OPEN,
                Priority.HIGH,
                null,
                Channel.EMAIL,
                new TicketView.Requester(7, "Sofía Martínez", "sofia@example.com"),
                null,
                null,
                null,
                List.of("refund"),
                Map.of("order_no2", "FL-1042"),
                List.of(),
                1,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                null,
                3,
                Instant.EPOCH,
                null,
                null,
                null);

        final Facts facts = new Facts(
                ticket,
                () -> new CustomerRef(7, "Sofía Martínez", "sofia@example.com", null, "es"),
                () -> null,
                null,
                Instant.EPOCH,
                (BusinessCalendar) null);

        @Test
        void fillsCustomerTicketAgentAndCustomFieldPlaceholders() {
            Map<String, String> values = MacroEngine.placeholders(facts, "Maya Thompson", "maya@frontline.demo");

            String text = RuleActions.render(
                    "Hola {{customer.first_name}} ({{customer.language}}), #{{ticket.id}} «{{ticket.subject}}» is"
                            + " {{ticket.status}}/{{ticket.priority}}, order {{ticket.custom.order_no2}}."
                            + " {{agent.first_name}} <{{agent.email}}>{{organization.name}}",
                    values);

            assertThat(text)
                    .isEqualTo("Hola Sofía (es), #42 «Refund for order 1042» is open/high, order FL-1042."
                            + " Maya <maya@frontline.demo>");
        }

        @Test
        void rendersAgainstTheTicketAsItIsBeforeTheMacrosOwnChanges() {
            Map<String, String> values = MacroEngine.placeholders(facts, "Maya", null);
            RulePlan plan = RuleActions.plan(
                    List.of(new RuleAction("set", "status", "pending"), new RuleAction("add_tags", null, "refund")),
                    facts,
                    values);

            assertThat(RuleActions.render("{{ticket.status}}", values)).isEqualTo("open");
            assertThat(plan.describe()).containsEntry("status", "pending").doesNotContainKey("addTags");
        }

        @Test
        void knowsWhichPlaceholdersNoTicketCouldFill() {
            assertThat(MacroEngine.unknownPlaceholders(
                            "{{customer.name}} {{ticket.custom.plan}} {{customer.shoe_size}} {{ticket.custom.}}"))
                    .containsExactly("customer.shoe_size", "ticket.custom.");
        }
    }
}
