package io.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.kernel.Actor;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.Tickets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps everything in the data directory: a restarted server finds it all again. */
class RestartIT {

    @Test
    void keepsTicketsCustomersAndAttachmentsAcrossARestart() throws Exception {
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
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .run(
                        "--frontline.data-dir=" + dataDir,
                        "--server.port=0",
                        "--frontline.demo.mode=off",
                        "--frontline.admin.password=restart-admin-password");
    }
}
