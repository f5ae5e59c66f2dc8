package io.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.kernel.Actor;
import io.frontline.search.FullTextSearch;
import io.frontline.search.ResultType;
import io.frontline.search.SearchResults.TicketHit;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.Tickets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps everything in the data directory: a restarted server finds it all again, and rebuilds a
 * lost search index from the database when started with {@code --frontline.search.reindex=true}.
 */
class RestartIT {

    @Test
    void keepsTicketsCustomersAttachmentsAndTheSearchIndexAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("frontline-restart-");
        long id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            id = first.getBean(Tickets.class)
                    .open(
                            new NewTicket(
                                    "Survives restarts",
                                    new NewTicket.Requester("restart@example.com", "Rita Restart"),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    NewMessage.text("Hello from before the restart")),
                            Actor.SYSTEM)
                    .id();
        }
        assertThat(dataDir.resolve("db")).isDirectory();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Tickets tickets = second.getBean(Tickets.class);
            assertThat(tickets.get(id).subject()).isEqualTo("Survives restarts");
            assertThat(tickets.get(id).requester().name()).isEqualTo("Rita Restart");
            assertThat(tickets.messages(id, null, 10).items().getFirst().body())
                    .isEqualTo("Hello from before the restart");
            assertThat(ticketsFound(second, "restart")).containsExactly(id);
        }

        deleteRecursively(dataDir.resolve("index"));
        try (ConfigurableApplicationContext third = start(dataDir, "--frontline.search.reindex=true")) {
            assertThat(ticketsFound(third, "survives")).containsExactly(id);
        }
    }

    private static List<Long> ticketsFound(ConfigurableApplicationContext context, String query) {
        return context
                .getBean(FullTextSearch.class)
                .search(query, Set.of(ResultType.TICKETS), 10, null)
                .tickets()
                .items()
                .stream()
                .map(TicketHit::id)
                .toList();
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--frontline.data-dir=" + dataDir,
                "--server.port=0",
                "--frontline.demo.mode=off",
                "--frontline.admin.password=restart-admin-password"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(FrontlineApplication.class).run(args.toArray(String[]::new));
    }
}
