package io.frontline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.identity.AgentRef;
import io.frontline.identity.Directory;
import io.frontline.support.Api;
import io.frontline.support.ApiTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two routers — threads here, nodes in production — that pick the same agent at the same moment: the lock on the
 * agent's presence row makes the second count the first one's ticket, so the agent never gets more than their capacity.
 * The in-process coalescing of routing passes is bypassed on purpose.
 */
class TicketRouterConcurrencyIT extends ApiTest {

    @Autowired
    TicketRouter router;

    @Autowired
    Directory directory;

    @Test
    void routersRacingForOneAgentNeverExceedTheirCapacity() throws Exception {
        long team = admin.post("/api/v1/teams", Map.of("name", "Race " + UUID.randomUUID()))
                .id();
        String email = email("raced");
        long agentId = admin.post(
                        "/api/v1/agents",
                        Map.of(
                                "name",
                                "Rae Raced",
                                "email",
                                email,
                                "password",
                                "password-" + UUID.randomUUID(),
                                "role",
                                "agent",
                                "teamIds",
                                List.of(team)))
                .id();
        Api.Response online =
                admin.put("/api/v1/presence/" + agentId, Map.of("presence", "online", "ticketCapacity", 2));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        AgentRef agent = directory.agent(agentId).orElseThrow();
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tickets.add(openTicket(Map.of("teamId", team)).id());
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService racers = Executors.newFixedThreadPool(tickets.size())) {
            for (long ticket : tickets) {
                results.add(racers.submit(() -> {
                    start.await();
                    try {
                        return router.assign(ticket, team, agent, "race", Instant.now());
                    } catch (RuntimeException lockTimeout) {
                        return false;
                    }
                }));
            }
            start.countDown();
        }

        long assigned = 0;
        for (Future<Boolean> r : results) {
            if (r.get()) assigned++;
        }
        long holding = tickets.stream()
                .filter(t -> {
                    var a = admin.get("/api/v1/tickets/" + t).json().get("assigneeId");
                    return a != null && !a.isNull();
                })
                .count();
        assertThat(assigned).isBetween(1L, 2L);
        assertThat(holding).isEqualTo(assigned);
    }
}
