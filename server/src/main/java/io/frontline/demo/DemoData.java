package io.frontline.demo;

import io.frontline.automation.BusinessHours;
import io.frontline.automation.BusinessHoursInput;
import io.frontline.automation.MacroInput;
import io.frontline.automation.MacroScope;
import io.frontline.automation.Macros;
import io.frontline.automation.RuleAction;
import io.frontline.channels.chat.CannedResponses;
import io.frontline.channels.chat.ChatWidgets;
import io.frontline.channels.chat.WidgetInput;
import io.frontline.channels.chat.WidgetView;
import io.frontline.channels.email.EmailIntake;
import io.frontline.channels.email.MailboxSettings;
import io.frontline.channels.email.Mailboxes;
import io.frontline.customers.CustomerInput;
import io.frontline.customers.CustomerView;
import io.frontline.customers.Customers;
import io.frontline.customers.OrganizationInput;
import io.frontline.customers.OrganizationTier;
import io.frontline.customers.Organizations;
import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.AgentView;
import io.frontline.identity.IdentityAdmin;
import io.frontline.identity.NewAgent;
import io.frontline.identity.NewTeam;
import io.frontline.identity.Role;
import io.frontline.identity.Skill;
import io.frontline.identity.TeamKind;
import io.frontline.identity.TeamView;
import io.frontline.kernel.Actor;
import io.frontline.tickets.Channel;
import io.frontline.tickets.FieldType;
import io.frontline.tickets.NewMessage;
import io.frontline.tickets.NewTicket;
import io.frontline.tickets.Priority;
import io.frontline.tickets.TicketChanges;
import io.frontline.tickets.TicketFields;
import io.frontline.tickets.TicketQuery;
import io.frontline.tickets.TicketStatus;
import io.frontline.tickets.TicketType;
import io.frontline.tickets.TicketView;
import io.frontline.tickets.Tickets;
import io.frontline.tickets.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a small but realistic helpdesk: six teams, agents of every tier and several languages, organizations of every
 * tier, customers writing in six languages, and tickets on every channel and in every status with real-looking
 * conversations, notes, follow-ups, a merge and links. Everything goes through the same services as the API, so the
 * history and audit trail are real too.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final IdentityAdmin identity;
    private final Customers customers;
    private final Organizations organizations;
    private final TicketFields fields;
    private final Tickets tickets;
    private final EmailIntake intake;
    private final Mailboxes mailboxes;
    private final ChatWidgets chatWidgets;
    private final CannedResponses canned;
    private final BusinessHours businessHours;
    private final Macros macros;
    private final String datasourceUrl;

    DemoData(
            DemoProperties properties,
            IdentityAdmin identity,
            Customers customers,
            Organizations organizations,
            TicketFields fields,
            Tickets tickets,
            EmailIntake intake,
            Mailboxes mailboxes,
            ChatWidgets chatWidgets,
            CannedResponses canned,
            BusinessHours businessHours,
            Macros macros,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.properties = properties;
        this.identity = identity;
        this.customers = customers;
        this.organizations = organizations;
        this.fields = fields;
        this.tickets = tickets;
        this.intake = intake;
        this.mailboxes = mailboxes;
        this.chatWidgets = chatWidgets;
        this.canned = canned;
        this.businessHours = businessHours;
        this.macros = macros;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        if (!tickets.list(new TicketQuery(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, 1))
                .items()
                .isEmpty()) {
            return;
        }
        log.info(
                "Loading the demo dataset (frontline.demo.mode={})",
                properties.mode().name().toLowerCase());
        new Loader().load();
        log.info("Demo dataset loaded; demo agents sign in with the password from frontline.demo.agent-password");
    }

    boolean wanted() {
        return switch (properties.mode()) {
            case OFF -> false;
            case ON -> true;
            case AUTO -> datasourceUrl.startsWith("jdbc:h2:file:");
        };
    }

    /** One load, holding the ids it creates along the way. */
    private final class Loader {

        private final Map<String, Long> teams = new HashMap<>();
        private final Map<String, AgentView> agents = new HashMap<>();
        private final Map<String, Long> orgs = new HashMap<>();
        private final Map<String, CustomerView> people = new HashMap<>();

        void load() {
            Actor system = Actor.SYSTEM;
            team("frontline", "Frontline Support", TeamKind.FRONTLINE, "First answers on every channel");
            team("tech", "Technical Support", TeamKind.TECHNICAL_SUPPORT, "Devices, connectivity, integrations");
            team("accounts", "Account Management", TeamKind.ACCOUNT_MANAGEMENT, "Key accounts and renewals");
            team("escalations", "Escalations", TeamKind.ESCALATION, "Senior specialists for hard cases");
            team("chat", "Chat & Social", TeamKind.CHAT_AND_SOCIAL, "Live chat and social media");
            team("billing", "Billing", TeamKind.BILLING, "Invoices, refunds and payment problems");
            calendars();

            agent("maya", "Maya Thompson", Role.LEAD, 3, List.of("frontline", "escalations"), "en", "de");
            agent("jonas", "Jonas Weber", Role.AGENT, 2, List.of("tech"), "de", "en");
            agent("lucia", "Lucía Fernández", Role.AGENT, 1, List.of("frontline", "chat"), "es", "en");
            agent("hiro", "Hiroshi Tanaka", Role.AGENT, 2, List.of("tech", "chat"), "ja", "en");
            agent("amelie", "Amélie Dubois", Role.AGENT, 1, List.of("frontline", "billing"), "fr", "en");
            agent("sam", "Sam Okafor", Role.LEAD, 3, List.of("accounts", "escalations"), "en");
            agent("priya", "Priya Raman", Role.AGENT, 1, List.of("billing"), "en");

            org("acme", "Acme Corporation", "acme.example", OrganizationTier.VIP, "sam");
            org("globex", "Globex GmbH", "globex.example", OrganizationTier.PREMIUM, "sam");
            org("initech", "Initech", "initech.example", OrganizationTier.STANDARD, null);
            org("soylent", "Soylent Foods S.A.", "soylent.example", OrganizationTier.STANDARD, null);

            person("alice", "Alice Johnson", "alice.johnson@acme.example", "en", "America/New_York");
            person("klaus", "Klaus Becker", "k.becker@globex.example", "de", "Europe/Berlin");
            person("sofia", "Sofía Martínez", "sofia.martinez@soylent.example", "es", "Europe/Madrid");
            person("yuki", "Yuki Sato", "yuki.sato@example.jp", "ja", "Asia/Tokyo");
            person("claire", "Claire Moreau", "claire.moreau@example.fr", "fr", "Europe/Paris");
            person("joao", "João Silva", "joao.silva@example.com.br", "pt-BR", "America/Sao_Paulo");
            person("bob", "Bob Smith", "bob@initech.example", "en", "America/Chicago");
            person("emma", "Emma Wilson", "emma.wilson@example.co.uk", "en", "Europe/London");
            person("liam", "Liam O'Brien", "liam.obrien@acme.example", "en", "Europe/Dublin");

            fields.create(
                    new TicketFields.NewField(
                            "product",
                            "Product",
                            FieldType.DROPDOWN,
                            List.of("Router X1", "Router X2", "Mesh Pro", "Cloud Backup", "Subscription"),
                            false,
                            1),
                    system);
            fields.create(
                    new TicketFields.NewField("order_number", "Order number", FieldType.TEXT, null, false, 2), system);

            conversation(
                    "alice",
                    Channel.EMAIL,
                    "Router X2 drops Wi-Fi every evening",
                    Priority.HIGH,
                    TicketType.INCIDENT,
                    "tech",
                    "jonas",
                    Set.of("wifi", "router"),
                    Map.of("product", "Router X2"),
                    TicketStatus.OPEN,
                    "Hi, since the firmware update on Monday our Router X2 loses Wi-Fi every evening around 7pm. "
                            + "Restarting helps for an hour. We have 40 people in the office, this is urgent.",
                    "agent:jonas:Thanks Alice. Could you send the router log (Settings → Diagnostics → Export)? "
                            + "We are aware of a channel-switching issue in 4.2.1.",
                    "note:jonas:Matches the known bug in firmware 4.2.1 (auto channel). Workaround: fixed channel 36.",
                    "customer:Log attached as requested. It happened again at 19:04.");
            conversation(
                    "klaus",
                    Channel.EMAIL,
                    "Rechnung doppelt abgebucht",
                    Priority.URGENT,
                    TicketType.INCIDENT,
                    "billing",
                    "amelie",
                    Set.of("billing", "refund"),
                    Map.of("order_number", "GX-20931"),
                    TicketStatus.PENDING,
                    "Guten Tag, die Rechnung GX-20931 wurde zweimal von unserem Konto abgebucht. "
                            + "Bitte erstatten Sie den doppelten Betrag umgehend.",
                    "agent:amelie:Guten Tag Herr Becker, wir haben die doppelte Abbuchung gefunden und die Erstattung "
                            + "veranlasst. Können Sie uns bestätigen, ob der Betrag in 3–5 Werktagen eingeht?");
            conversation(
                    "sofia",
                    Channel.CHAT,
                    "¿Cómo cambio mi plan de suscripción?",
                    Priority.NORMAL,
                    TicketType.QUESTION,
                    "chat",
                    "lucia",
                    Set.of("subscription"),
                    Map.of("product", "Subscription"),
                    TicketStatus.SOLVED,
                    "Hola, quiero pasar del plan básico al plan Pro. ¿Se pierde algo de mi configuración?",
                    "agent:lucia:¡Hola Sofía! No se pierde nada: en Cuenta → Plan elige Pro y el cambio es inmediato.",
                    "customer:¡Perfecto, ya está! Muchas gracias.");
            conversation(
                    "yuki",
                    Channel.SOCIAL,
                    "Mesh Proの設定ができません",
                    Priority.NORMAL,
                    TicketType.QUESTION,
                    "chat",
                    "hiro",
                    Set.of("setup", "mesh"),
                    Map.of("product", "Mesh Pro"),
                    TicketStatus.OPEN,
                    "Mesh Proのサテライトがアプリに表示されません。どうすればいいですか？",
                    "agent:hiro:佐藤様、お問い合わせありがとうございます。サテライトのリセットボタンを10秒押してから、" + "アプリで「デバイスを追加」をもう一度お試しください。");
            conversation(
                    "claire",
                    Channel.PHONE,
                    "Remboursement d'un retour",
                    Priority.NORMAL,
                    TicketType.TASK,
                    "billing",
                    "amelie",
                    Set.of("returns", "refund"),
                    Map.of("order_number", "FR-55120"),
                    TicketStatus.ON_HOLD,
                    "Appel de Mme Moreau : le routeur X1 renvoyé le 3 n'a pas encore été remboursé.",
                    "note:amelie:Le colis est bloqué au centre logistique ; j'attends la confirmation de l'entrepôt.");
            conversation(
                    "joao",
                    Channel.WEB,
                    "Backup na nuvem não conclui",
                    Priority.HIGH,
                    TicketType.PROBLEM,
                    "tech",
                    null,
                    Set.of("backup"),
                    Map.of("product", "Cloud Backup"),
                    TicketStatus.NEW,
                    "Olá, o backup na nuvem fica parado em 87% há dois dias. Já reiniciei o computador.");
            conversation(
                    "bob",
                    Channel.API,
                    "Webhook deliveries failing with 500",
                    Priority.HIGH,
                    TicketType.INCIDENT,
                    "tech",
                    "jonas",
                    Set.of("api", "integration"),
                    Map.of(),
                    TicketStatus.OPEN,
                    "Our monitoring shows your webhook deliveries to https://hooks.initech.example failing since 02:00 UTC.",
                    "agent:jonas:Thanks Bob, we see it too: a certificate on our side expired. Fix is rolling out.",
                    "note:maya:Incident INC-118 opened; status page updated.");
            conversation(
                    "emma",
                    Channel.IN_PERSON,
                    "Replacement power adapter",
                    Priority.LOW,
                    TicketType.TASK,
                    "frontline",
                    "lucia",
                    Set.of("hardware"),
                    Map.of("product", "Router X1"),
                    TicketStatus.SOLVED,
                    "Customer came to the store with a broken Router X1 power adapter (still under warranty).",
                    "agent:lucia:Handed over a new adapter in the store. Nothing else needed.");
            conversation(
                    "liam",
                    Channel.EMAIL,
                    "Contract renewal for 2027",
                    Priority.NORMAL,
                    TicketType.QUESTION,
                    "accounts",
                    "sam",
                    Set.of("renewal"),
                    Map.of(),
                    TicketStatus.PENDING,
                    "Hello, our contract ends in January. Could you send an offer for 60 seats with Mesh Pro?",
                    "agent:sam:Hi Liam, offer attached for 60 seats including Mesh Pro and priority support. "
                            + "Happy to walk you through it on a call this week.");
            conversation(
                    "alice",
                    Channel.CHAT,
                    "Invoice address change",
                    Priority.LOW,
                    TicketType.QUESTION,
                    "billing",
                    "priya",
                    Set.of("billing"),
                    Map.of(),
                    TicketStatus.CLOSED,
                    "Can you change the invoice address to 1 Acme Way, Springfield?",
                    "agent:priya:Done — the next invoice goes to 1 Acme Way.");
            conversation(
                    "klaus",
                    Channel.WEB,
                    "Router X1 Portfreigabe",
                    Priority.NORMAL,
                    TicketType.QUESTION,
                    "tech",
                    null,
                    Set.of("router"),
                    Map.of("product", "Router X1"),
                    TicketStatus.NEW,
                    "Wie richte ich eine Portfreigabe für unseren VPN-Server ein?");
            conversation(
                    "bob",
                    Channel.EMAIL,
                    "URGENT: whole office offline",
                    Priority.URGENT,
                    TicketType.INCIDENT,
                    "escalations",
                    "maya",
                    Set.of("outage", "vip"),
                    Map.of("product", "Router X2"),
                    TicketStatus.OPEN,
                    "Nothing works since the power cut this morning. All lights on the router are red.",
                    "note:jonas:Tier 1 steps done (power cycle, cables). Escalating to Maya.",
                    "agent:maya:Bob, I'm calling you in five minutes to do a factory reset together.");

            long duplicate = conversation(
                    "emma",
                    Channel.EMAIL,
                    "Adapter",
                    Priority.LOW,
                    TicketType.QUESTION,
                    "frontline",
                    null,
                    Set.of(),
                    Map.of(),
                    TicketStatus.NEW,
                    "Is the new adapter compatible with the X2?");
            long original = conversation(
                    "emma",
                    Channel.WEB,
                    "Question about the replacement adapter",
                    Priority.LOW,
                    TicketType.QUESTION,
                    "frontline",
                    "lucia",
                    Set.of("hardware"),
                    Map.of(),
                    TicketStatus.OPEN,
                    "Sorry, I sent this twice — is the adapter also fine for the Router X2?");
            tickets.merge(duplicate, original, actor("lucia"));

            long closed = conversation(
                    "sofia",
                    Channel.EMAIL,
                    "Factura de octubre",
                    Priority.NORMAL,
                    TicketType.QUESTION,
                    "billing",
                    "priya",
                    Set.of("billing"),
                    Map.of(),
                    TicketStatus.CLOSED,
                    "¿Me pueden reenviar la factura de octubre?",
                    "agent:priya:Claro, se la reenviamos ahora mismo.");
            tickets.addMessage(
                    closed,
                    new NewMessage(
                            "Gracias. ¿Y la de noviembre?",
                            null,
                            null,
                            NewMessage.AuthorType.CUSTOMER,
                            Channel.EMAIL,
                            null,
                            null),
                    system);
            long related = conversation(
                    "liam",
                    Channel.PHONE,
                    "Seats for the new Dublin office",
                    Priority.NORMAL,
                    TicketType.TASK,
                    "accounts",
                    "sam",
                    Set.of("renewal"),
                    Map.of(),
                    TicketStatus.OPEN,
                    "Liam called: 15 extra seats for the Dublin office, to be included in the renewal.");
            tickets.link(related, findBySubject("Contract renewal for 2027"), actor("sam"));
            emailThread();
            chatWidget();
            macros();
        }

        /** Shared, team and personal macros, as a support team keeps them (German ones for Globex and Klaus). */
        private void macros() {
            AgentPrincipal maya = principal("maya");
            AgentPrincipal jonas = principal("jonas");
            macro(
                    maya,
                    "Ask for the order number",
                    "When the customer did not say which order",
                    MacroScope.SHARED,
                    null,
                    Visibility.PUBLIC,
                    "Hi {{customer.first_name}},\n\nthanks for getting in touch. Could you send us the order number"
                            + " (it starts with FL- and is in your confirmation email)? Then we can look into it"
                            + " right away.\n\nBest regards,\n{{agent.first_name}}",
                    List.of(
                            new RuleAction("set", "status", "pending"),
                            new RuleAction("add_tags", null, List.of("needs-order-number"))));
            macro(
                    maya,
                    "Bestellnummer erfragen",
                    "Dasselbe auf Deutsch",
                    MacroScope.SHARED,
                    null,
                    Visibility.PUBLIC,
                    "Hallo {{customer.first_name}},\n\nvielen Dank für Ihre Nachricht. Könnten Sie uns die"
                            + " Bestellnummer (beginnt mit FL-, steht in Ihrer Bestätigungs-E-Mail) schicken? Dann"
                            + " kümmern wir uns sofort darum.\n\nViele Grüße\n{{agent.name}}",
                    List.of(
                            new RuleAction("set", "status", "pending"),
                            new RuleAction("add_tags", null, List.of("needs-order-number"))));
            macro(
                    maya,
                    "Refund approved",
                    "Billing: confirm an approved refund and solve",
                    MacroScope.TEAM,
                    teams.get("billing"),
                    Visibility.PUBLIC,
                    "Hi {{customer.first_name}},\n\ngood news: your refund has been approved. The money will be"
                            + " back on your original payment method within 5–7 business days.\n\nTicket"
                            + " #{{ticket.id}} is solved; just reply if anything is missing.\n\n{{agent.name}}",
                    List.of(
                            new RuleAction("set", "status", "solved"),
                            new RuleAction("add_tags", null, List.of("refund", "refund-approved"))));
            macro(
                    maya,
                    "Close: no response",
                    "For tickets that waited a week on the customer",
                    MacroScope.SHARED,
                    null,
                    Visibility.PUBLIC,
                    "Hi {{customer.first_name}},\n\nwe haven't heard back from you, so we are closing this request"
                            + " for now. Just reply to this email to pick it up again.\n\n{{agent.first_name}}",
                    List.of(
                            new RuleAction("set", "status", "solved"),
                            new RuleAction("add_tags", null, List.of("no-response"))));
            macro(
                    maya,
                    "Escalate to Technical Support",
                    "Hand over with a note for tier 2",
                    MacroScope.SHARED,
                    null,
                    Visibility.INTERNAL,
                    "Escalating to Technical Support: {{customer.name}} ({{organization.name}}) reports"
                            + " \"{{ticket.subject}}\". Tier 1 checks are done.",
                    List.of(
                            new RuleAction("set", "teamId", String.valueOf(teams.get("tech"))),
                            new RuleAction("set", "assigneeId", ""),
                            new RuleAction("set", "priority", "high")));
            macro(
                    jonas,
                    "Router log, bitte",
                    "Jonas' own: ask for the diagnostics export",
                    MacroScope.PERSONAL,
                    null,
                    Visibility.PUBLIC,
                    "Hallo {{customer.first_name}},\n\nkönnten Sie uns das Router-Protokoll schicken"
                            + " (Einstellungen → Diagnose → Exportieren)?\n\nDanke!\n{{agent.first_name}}",
                    List.of());
        }

        private void macro(
                AgentPrincipal by,
                String title,
                String description,
                MacroScope scope,
                Long teamId,
                Visibility visibility,
                String body,
                List<RuleAction> actions) {
            macros.create(new MacroInput(title, description, scope, teamId, visibility, body, actions, true, null), by);
        }

        private AgentPrincipal principal(String key) {
            AgentView a = agents.get(key);
            return new AgentPrincipal(a.id(), a.name(), a.email(), a.role(), a.tier(), "", true);
        }

        /**
         * A chat widget for the Chat & Social team, embeddable from the server's own origin (its preview) and from a
         * local test page on port 8000, and the canned responses agents insert in the console.
         */
        private void chatWidget() {
            chatWidgets.create(
                    new WidgetInput(
                            "Frontline demo website",
                            teams.get("chat"),
                            List.of("http://localhost:8000", "http://127.0.0.1:8000"),
                            "Hi! Questions about your router or your subscription? We are here.",
                            "Nobody is online right now. Leave a message and we answer by email within a day.",
                            "#2563eb",
                            "en",
                            List.of(new WidgetView.PrechatField("order", "Order number (if you have one)", false)),
                            null,
                            true),
                    Actor.SYSTEM);
            canned.add(
                    "Greeting",
                    "Hi {{visitor.name}}, I'm {{agent.name}}. Happy to help. Let me have a look.",
                    Actor.SYSTEM);
            canned.add(
                    "Order number",
                    "Could you give me your order number? It starts with FL- and is in your confirmation email.",
                    Actor.SYSTEM);
            canned.add(
                    "Restart router",
                    "Please unplug the router for 30 seconds, plug it back in and wait until the light is steady green.",
                    Actor.SYSTEM);
            canned.add(
                    "Goodbye",
                    "Is there anything else I can do for you? Thanks for chatting with us, {{visitor.name}}!",
                    Actor.SYSTEM);
        }

        /**
         * A support mailbox (no IMAP or SMTP: nothing leaves a demo) and a real email conversation taken in through the
         * raw intake, so the ticket shows threading reasons, the customer's reply without its quote, and raw originals.
         */
        private void emailThread() {
            long mailbox = mailboxes
                    .create(
                            new MailboxSettings(
                                    "support@frontline.demo",
                                    "Frontline Demo Support",
                                    teams.get("frontline"),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    true,
                                    false,
                                    null,
                                    null),
                            Actor.SYSTEM)
                    .id();
            String first = """
                    From: Emma Wilson <emma.wilson@example.co.uk>
                    To: Frontline Demo Support <support@frontline.demo>
                    Subject: Espresso machine leaking water
                    Date: Sat, 21 Nov 2026 09:12:00 +0000
                    Message-ID: <CAEmma-1@mail.example.co.uk>
                    MIME-Version: 1.0
                    Content-Type: text/plain; charset=utf-8

                    Hello,

                    my Barista Pro (serial BP-20931) started leaking water from the bottom this morning.
                    It is eight months old. Can you help?

                    Thanks,
                    Emma
                    """;
            long ticketId = intake.receive(crlf(first), mailbox).ticketId();
            tickets.addMessage(
                    ticketId,
                    agentMessage(
                            "Hi Emma, sorry to hear that! Could you send a photo of the underside of the machine?",
                            Visibility.PUBLIC,
                            Channel.EMAIL),
                    actor("lucia"));
            String reply = """
                    From: Emma Wilson <emma.wilson@example.co.uk>
                    To: Frontline Demo Support <support@frontline.demo>
                    Subject: Re: Espresso machine leaking water [#%d]
                    Date: Sat, 21 Nov 2026 10:40:00 +0000
                    Message-ID: <CAEmma-2@mail.example.co.uk>
                    In-Reply-To: <CAEmma-1@mail.example.co.uk>
                    References: <CAEmma-1@mail.example.co.uk>
                    MIME-Version: 1.0
                    Content-Type: text/plain; charset=utf-8

                    The water comes out right below the drip tray. I can bring it to a shop if that is easier.

                    On Sat, 21 Nov 2026 at 10:02, Frontline Demo Support wrote:
                    > Hi Emma, sorry to hear that! Could you send a photo of the underside of the machine?
                    """.formatted(ticketId);
            intake.receive(crlf(reply), mailbox);
        }

        private static byte[] crlf(String text) {
            return text.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        private long conversation(
                String customer,
                Channel channel,
                String subject,
                Priority priority,
                TicketType type,
                String team,
                String assignee,
                Set<String> tags,
                Map<String, Object> customFields,
                TicketStatus status,
                String first,
                String... rest) {
            CustomerView requester = people.get(customer);
            Actor opener = assignee == null ? Actor.SYSTEM : actor(assignee);
            TicketView ticket = tickets.open(
                    new NewTicket(
                            subject,
                            null,
                            requester.id(),
                            channel,
                            priority,
                            type,
                            List.copyOf(tags),
                            teams.get(team),
                            assignee == null ? null : agents.get(assignee).id(),
                            customFields,
                            null,
                            new NewMessage(first, null, null, NewMessage.AuthorType.CUSTOMER, channel, null, null)),
                    opener);
            for (String line : rest) {
                String[] parts = line.split(":", 3);
                switch (parts[0]) {
                    case "agent" ->
                        tickets.addMessage(
                                ticket.id(), agentMessage(parts[2], Visibility.PUBLIC, channel), actor(parts[1]));
                    case "note" ->
                        tickets.addMessage(
                                ticket.id(), agentMessage(parts[2], Visibility.INTERNAL, channel), actor(parts[1]));
                    default ->
                        tickets.addMessage(
                                ticket.id(),
                                new NewMessage(
                                        line.substring(line.indexOf(':') + 1),
                                        null,
                                        null,
                                        NewMessage.AuthorType.CUSTOMER,
                                        channel,
                                        null,
                                        null),
                                Actor.SYSTEM);
                }
            }
            moveTo(ticket.id(), status, assignee == null ? Actor.SYSTEM : actor(assignee));
            return ticket.id();
        }

        private void moveTo(long id, TicketStatus target, Actor actor) {
            TicketStatus current = tickets.get(id).status();
            if (target == current || target == TicketStatus.NEW) {
                return;
            }
            if (target == TicketStatus.CLOSED) {
                moveTo(id, TicketStatus.SOLVED, actor);
            }
            tickets.update(id, TicketChanges.ofStatus(target), null, actor);
        }

        private NewMessage agentMessage(String body, Visibility visibility, Channel channel) {
            return new NewMessage(body, null, visibility, NewMessage.AuthorType.AGENT, channel, null, null);
        }

        private long findBySubject(String subject) {
            return tickets
                    .list(new TicketQuery(
                            null, null, null, null, null, null, null, null, null, null, null, null, null, 200))
                    .items()
                    .stream()
                    .filter(t -> t.subject().equals(subject))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        private Actor actor(String key) {
            AgentView agent = agents.get(key);
            return Actor.agent(agent.id(), agent.name());
        }

        /**
         * Technical support and billing work from Berlin (the default, so frontline does too), account management from
         * New York, chat and escalations around the clock.
         */
        private void calendars() {
            businessHours.create(
                    new BusinessHoursInput(
                            "Berlin office",
                            "Mon–Fri 08:00–17:00, German public holidays",
                            "Europe/Berlin",
                            true,
                            weekdays("08:00", "17:00"),
                            List.of(
                                    yearly("01-01", "Neujahr"),
                                    once("2026-04-03", "Karfreitag"),
                                    once("2026-04-06", "Ostermontag"),
                                    yearly("05-01", "Tag der Arbeit"),
                                    once("2026-05-14", "Christi Himmelfahrt"),
                                    once("2026-05-25", "Pfingstmontag"),
                                    yearly("10-03", "Tag der Deutschen Einheit"),
                                    yearly("12-24", "Heiligabend"),
                                    yearly("12-25", "1. Weihnachtstag"),
                                    yearly("12-26", "2. Weihnachtstag"),
                                    yearly("12-31", "Silvester"),
                                    once("2027-03-26", "Karfreitag"),
                                    once("2027-03-29", "Ostermontag"),
                                    once("2027-05-06", "Christi Himmelfahrt"),
                                    once("2027-05-17", "Pfingstmontag")),
                            List.of(teams.get("tech"), teams.get("billing"))),
                    Actor.SYSTEM);
            businessHours.create(
                    new BusinessHoursInput(
                            "New York office",
                            "Mon–Fri 09:00–18:00, US federal holidays",
                            "America/New_York",
                            false,
                            weekdays("09:00", "18:00"),
                            List.of(
                                    yearly("01-01", "New Year's Day"),
                                    once("2027-01-18", "Martin Luther King Jr. Day"),
                                    once("2027-05-31", "Memorial Day"),
                                    yearly("06-19", "Juneteenth"),
                                    yearly("07-04", "Independence Day"),
                                    once("2026-09-07", "Labor Day"),
                                    once("2026-11-26", "Thanksgiving"),
                                    once("2027-09-06", "Labor Day"),
                                    once("2027-11-25", "Thanksgiving"),
                                    yearly("12-25", "Christmas Day")),
                            List.of(teams.get("accounts"))),
                    Actor.SYSTEM);
            List<BusinessHoursInput.Shift> always = new ArrayList<>();
            for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
                always.add(new BusinessHoursInput.Shift(day, "00:00", "24:00"));
            }
            businessHours.create(
                    new BusinessHoursInput(
                            "Around the clock",
                            "Chat and escalations never close",
                            "UTC",
                            false,
                            always,
                            List.of(),
                            List.of(teams.get("chat"), teams.get("escalations"))),
                    Actor.SYSTEM);
        }

        private static List<BusinessHoursInput.Shift> weekdays(String start, String end) {
            return List.of("monday", "tuesday", "wednesday", "thursday", "friday").stream()
                    .map(day -> new BusinessHoursInput.Shift(day, start, end))
                    .toList();
        }

        private static BusinessHoursInput.Holiday once(String date, String name) {
            return new BusinessHoursInput.Holiday(date, name, false);
        }

        /** Every year from 2026 on. */
        private static BusinessHoursInput.Holiday yearly(String monthDay, String name) {
            return new BusinessHoursInput.Holiday("2026-" + monthDay, name, true);
        }

        private void team(String key, String name, TeamKind kind, String description) {
            TeamView team = identity.createTeam(new NewTeam(name, kind, description), Actor.SYSTEM);
            teams.put(key, team.id());
        }

        private void agent(String key, String name, Role role, int tier, List<String> teamKeys, String... languages) {
            List<Skill> skills = java.util.Arrays.stream(languages)
                    .map(l -> new Skill("language", l))
                    .toList();
            AgentView agent = identity.createAgent(
                    new NewAgent(
                            name,
                            key + "@frontline.demo",
                            properties.agentPassword(),
                            role,
                            tier,
                            teamKeys.stream().map(teams::get).toList(),
                            skills),
                    Actor.SYSTEM);
            agents.put(key, agent);
        }

        private void org(String key, String name, String domain, OrganizationTier tier, String manager) {
            long id = organizations
                    .create(
                            new OrganizationInput(
                                    name,
                                    List.of(domain),
                                    manager == null ? null : agents.get(manager).id(),
                                    tier,
                                    null),
                            Actor.SYSTEM)
                    .id();
            orgs.put(key, id);
        }

        private void person(String key, String name, String email, String language, String zone) {
            people.put(
                    key,
                    customers.create(
                            new CustomerInput(name, List.of(email), null, null, language, zone, null, null, null),
                            Actor.SYSTEM));
        }
    }
}
