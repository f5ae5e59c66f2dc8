package io.frontline.bench.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Produces the rows of a dataset from a {@link DatasetSpec}. Every entity draws from its own random stream derived
 * from the seed and its id, so the rows depend only on the spec and the password hash, never on chunking or timing.
 * Tickets come in chunks so that memory stays bounded whatever the size.
 */
public final class DatasetGenerator {

    static final String ADMIN_EMAIL = "admin@bench.local";

    static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt-BR", "ja");
    private static final double[] LANGUAGE_WEIGHTS = {50, 15, 10, 10, 8, 7};

    static final List<String> CHANNELS = List.of("EMAIL", "CHAT", "WEB", "PHONE", "SOCIAL", "API", "IN_PERSON");
    private static final double[] CHANNEL_WEIGHTS = {45, 18, 12, 10, 7, 5, 3};

    static final List<String> STATUSES = List.of("NEW", "OPEN", "PENDING", "ON_HOLD", "SOLVED", "CLOSED");
    private static final double[] OLDEST_SIXTY_PERCENT = {0, .005, .005, .005, .01, .975};
    private static final double[] NEXT_THIRTY_PERCENT = {0, .1733, .1233, .0467, .28, .3767};
    private static final double[] NEWEST_TEN_PERCENT = {.6, .15, .1, .03, .1, .02};
    /** Statuses of a backlog's waiting tickets: new, open, pending, on hold. */
    private static final double[] BACKLOG_MIX = {.02, .60, .25, .13, 0, 0};

    private static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    private static final double[] PRIORITY_WEIGHTS = {15, 65, 15, 5};
    private static final double[] OUTAGE_PRIORITY_WEIGHTS = {3, 45, 35, 17};

    private static final double[] TOPIC_WEIGHTS = {20, 20, 18, 15, 27};
    private static final double[] CHANNEL_CDF = cumulative(CHANNEL_WEIGHTS);
    private static final double[] OLDEST_CDF = cumulative(OLDEST_SIXTY_PERCENT);
    private static final double[] MIDDLE_CDF = cumulative(NEXT_THIRTY_PERCENT);
    private static final double[] NEWEST_CDF = cumulative(NEWEST_TEN_PERCENT);
    private static final double[] BACKLOG_CDF = cumulative(BACKLOG_MIX);
    private static final double[] TOPIC_CDF = cumulative(TOPIC_WEIGHTS);
    private static final double[] PRIORITY_CDF = cumulative(PRIORITY_WEIGHTS);
    private static final double[] OUTAGE_PRIORITY_CDF = cumulative(OUTAGE_PRIORITY_WEIGHTS);
    private static final List<String> EXTRA_TAGS = List.of("vip", "feedback", "bug", "follow-up", "social-media");
    private static final List<String> CUSTOMER_TAGS =
            List.of("vip", "newsletter", "beta-tester", "reseller", "at-risk");

    private static final String SYSTEM_NAME = "Frontline";
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MINUTE = 60 * MICROS_PER_SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private static final long STREAM_TEAM = 1, STREAM_AGENT = 2, STREAM_ORG = 3, STREAM_CUSTOMER = 4, STREAM_TICKET = 5;
    private static final long STREAM_BACKLOG = 6;
    /** The SLA policy the generated clocks name; policies created later have other ids, clocks keep their targets. */
    static final String BACKLOG_POLICY = "Generated backlog";

    private record TeamDef(String name, String kind, String description, List<String> products) {}

    private static final List<TeamDef> TEAMS = List.of(
            new TeamDef(
                    "Frontline",
                    "FRONTLINE",
                    "First answer on every channel; triage and routing.",
                    List.of("shipping", "orders")),
            new TeamDef(
                    "Technical Support",
                    "TECHNICAL_SUPPORT",
                    "Connectivity, devices and sign-in problems.",
                    List.of("router", "mobile-app", "accounts")),
            new TeamDef("Billing", "BILLING", "Invoices, payments and refunds.", List.of("billing", "refunds")),
            new TeamDef(
                    "Chat & Social",
                    "CHAT_AND_SOCIAL",
                    "Live chat and social media conversations.",
                    List.of("orders", "mobile-app")),
            new TeamDef(
                    "Key Accounts",
                    "ACCOUNT_MANAGEMENT",
                    "Premium and VIP organizations.",
                    List.of("billing", "router")),
            new TeamDef(
                    "Escalations",
                    "ESCALATION",
                    "Urgent and long-running cases from tier 3.",
                    List.of("router", "refunds")));
    private static final int FRONTLINE = 0, TECHNICAL = 1, BILLING = 2, CHAT = 3, KEY_ACCOUNTS = 4, ESCALATIONS = 5;

    private record Agent(
            long id, String name, String firstName, int primaryTeam, double workload, Set<String> languages) {}

    private record Organization(long id, String domain, String tier, String language) {}

    private final DatasetSpec spec;
    private final String passwordHash;
    private final Map<String, PhraseBank> phrases = PhraseBank.all();
    private final long windowStart;
    private final long windowEnd;
    private final double geometricRatio;

    private final List<Agent> agents = new ArrayList<>();
    private final List<List<Agent>> members = new ArrayList<>();
    private double[][][] assigneeWeights;
    private final List<Organization> organizations = new ArrayList<>();
    private String[] customerNames;
    private String[] customerFirstNames;
    private byte[] customerLanguages;
    private long[] customerOrganizations;
    private double[] customerWeights;

    private long nextIdentityId = 1;
    private long nextMessageId = 1;
    private long nextEventId = 1;
    private long nextClockId = 1;

    /**
     * @param passwordHash the stored password of every generated agent (e.g. {@code {bcrypt}...}); passed in because a
     *     salted hash would differ on every run
     */
    public DatasetGenerator(DatasetSpec spec, String passwordHash) {
        this.spec = spec;
        this.passwordHash = passwordHash;
        this.windowEnd = micros(spec.endsAt());
        this.windowStart = windowEnd - 730 * DAY;
        this.geometricRatio = ratioForMean(nonNewMean(spec.messagesPerTicket()));
    }

    /** Emits the whole dataset: reference data first, then tickets in chunks of at most {@code ticketsPerChunk}. */
    public void generate(int ticketsPerChunk, Consumer<Chunk> sink) {
        Chunk people = new Chunk();
        teamsAndAgents(people);
        organizations(people);
        sink.accept(people);
        customers(10_000, sink);
        Chunk chunk = new Chunk();
        for (int index = 0; index < spec.tickets(); index++) {
            ticket(index, chunk);
            if ((index + 1) % ticketsPerChunk == 0) {
                sink.accept(chunk);
                chunk = new Chunk();
            }
        }
        if (chunk.size() > 0) {
            sink.accept(chunk);
        }
    }

    private void teamsAndAgents(Chunk out) {
        long created = windowStart - 400 * DAY;
        for (int t = 0; t < spec.teams(); t++) {
            TeamDef def = TEAMS.get(t);
            SplittableRandom r = rng(STREAM_TEAM, t + 1);
            Instant at = instant(created + r.nextLong(DAY));
            out.add(Table.TEAM, (long) t + 1, def.name(), def.kind(), def.description(), at, at, 0L);
            members.add(new ArrayList<>());
        }
        Instant adminAt = instant(created);
        out.add(Table.AGENT, 1L, "Bench Admin", ADMIN_EMAIL, passwordHash, "ADMIN", 3, true, adminAt, adminAt, 0L);
        out.add(Table.AGENT_SKILL, 1L, "language", "en");
        out.add(Table.TEAM_MEMBER, 1L, 1L);
        for (int n = 1; n <= spec.agents(); n++) {
            long id = n + 1;
            SplittableRandom r = rng(STREAM_AGENT, id);
            String language = LANGUAGES.get(pick(r, LANGUAGE_WEIGHTS));
            Names.Person people = Names.PEOPLE.get(language);
            String first = any(r, people.first());
            String name = first + " " + any(r, people.last());
            int team = (n - 1) % spec.teams();
            boolean lead = n <= spec.teams();
            int tier = lead ? 3 : r.nextDouble() < 0.5 ? 1 : r.nextDouble() < 0.7 ? 2 : 3;
            if (team == ESCALATIONS) tier = Math.max(tier, 2);
            Set<String> languages = new TreeSet<>(List.of("en", language));
            if (r.nextDouble() < 0.3) languages.add(LANGUAGES.get(pick(r, LANGUAGE_WEIGHTS)));
            double workload = Math.exp(r.nextGaussian() * 0.6) * (tier == 1 ? 1.5 : tier == 2 ? 1.0 : 0.6);
            Agent agent = new Agent(id, name, first, team, workload, languages);
            agents.add(agent);
            Instant at = instant(created + n * HOUR + r.nextLong(30 * DAY));
            out.add(
                    Table.AGENT,
                    id,
                    name,
                    "agent" + n + "@bench.local",
                    passwordHash,
                    lead ? "LEAD" : "AGENT",
                    tier,
                    true,
                    at,
                    at,
                    0L);
            for (String l : languages) out.add(Table.AGENT_SKILL, id, "language", l);
            for (String product : TEAMS.get(team).products()) out.add(Table.AGENT_SKILL, id, "product", product);
            Set<Integer> teams = new TreeSet<>(List.of(team));
            if (r.nextDouble() < 0.25) teams.add(r.nextDouble() < 0.6 ? FRONTLINE : r.nextInt(spec.teams()));
            for (int t : teams) {
                out.add(Table.TEAM_MEMBER, id, (long) t + 1);
                members.get(t).add(agent);
            }
        }
        assigneeWeights = new double[spec.teams()][LANGUAGES.size()][];
        for (int t = 0; t < spec.teams(); t++) {
            for (int l = 0; l < LANGUAGES.size(); l++) {
                String language = LANGUAGES.get(l);
                assigneeWeights[t][l] = cumulative(members.get(t).stream()
                        .mapToDouble(a -> a.workload() * (a.languages().contains(language) ? 4 : 1))
                        .toArray());
            }
        }
    }

    private void organizations(Chunk out) {
        Set<String> names = new HashSet<>();
        Set<String> domains = new HashSet<>();
        List<Agent> managers = spec.teams() > KEY_ACCOUNTS ? members.get(KEY_ACCOUNTS) : agents;
        String[] forms = {"Inc.", "LLC", "Ltd", "GmbH", "S.A.", "SAS", "Ltda.", "K.K."};
        String[] formLanguages = {"en", "en", "en", "de", "es", "fr", "pt-BR", "ja"};
        String[] formTlds = {".com", ".com", ".co.uk", ".de", ".es", ".fr", ".com.br", ".co.jp"};
        double[] formWeights = cumulative(new double[] {25, 15, 10, 15, 10, 10, 8, 7});
        for (int n = 1; n <= spec.organizations(); n++) {
            SplittableRandom r = rng(STREAM_ORG, n);
            int form = pick(r, formWeights);
            String base;
            int attempts = 0;
            do {
                base = any(r, Names.COMPANY_PREFIXES) + " " + any(r, Names.COMPANY_CORES);
            } while (names.contains(base + forms[form]) && ++attempts < 20);
            if (!names.add(base + forms[form])) {
                base = base + " " + n;
                names.add(base + forms[form]);
            }
            String slug = Names.ascii(base);
            String domain = slug + formTlds[form];
            if (!domains.add(domain)) {
                domain = slug + n + formTlds[form];
                domains.add(domain);
            }
            double tierDraw = r.nextDouble();
            String tier = tierDraw < 0.75 ? "STANDARD" : tierDraw < 0.95 ? "PREMIUM" : "VIP";
            Long manager = tier.equals("STANDARD") ? null : any(r, managers).id();
            String notes = tier.equals("VIP")
                    ? "Strategic account: route outages straight to the account manager and call back within 1 hour."
                    : null;
            Instant at = instant(windowStart - 365 * DAY + r.nextLong(300 * DAY));
            out.add(Table.ORGANIZATION, (long) n, base + " " + forms[form], manager, tier, notes, null, at, at, 0L);
            out.add(Table.ORGANIZATION_DOMAIN, (long) n, domain);
            if (r.nextDouble() < 0.2) {
                String second = slug + "-group.com";
                if (domains.add(second)) out.add(Table.ORGANIZATION_DOMAIN, (long) n, second);
            }
            organizations.add(new Organization(n, domain, tier, formLanguages[form]));
        }
    }

    private void customers(int perChunk, Consumer<Chunk> sink) {
        int count = spec.customers();
        customerNames = new String[count];
        customerFirstNames = new String[count];
        customerLanguages = new byte[count];
        customerOrganizations = new long[count];
        double[] weights = new double[count];
        double[] organizationWeights = cumulative(organizations.stream()
                .mapToDouble(
                        o -> Math.exp(rng(STREAM_ORG, o.id() + 1_000_000_000L).nextGaussian()))
                .toArray());
        double[] languageWeights = cumulative(LANGUAGE_WEIGHTS);
        Chunk out = new Chunk();
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            SplittableRandom r = rng(STREAM_CUSTOMER, id);
            Organization organization = r.nextDouble() < 0.4 ? organizations.get(pick(r, organizationWeights)) : null;
            int language = organization != null && r.nextDouble() < 0.8
                    ? LANGUAGES.indexOf(organization.language())
                    : pick(r, languageWeights);
            String lang = LANGUAGES.get(language);
            Names.Person people = Names.PEOPLE.get(lang);
            int first = r.nextInt(people.first().size());
            int last = r.nextInt(people.last().size());
            String name = lang.equals("ja")
                    ? people.last().get(last) + " " + people.first().get(first)
                    : people.first().get(first) + " " + people.last().get(last);
            customerNames[i] = name;
            customerFirstNames[i] =
                    lang.equals("ja") ? people.last().get(last) : people.first().get(first);
            customerLanguages[i] = (byte) language;
            customerOrganizations[i] = organization == null ? 0 : organization.id();
            weights[i] = Math.exp(r.nextGaussian() * 1.3);
            String domain = organization != null ? organization.domain() : any(r, Names.FREE_MAIL.get(lang));
            String local =
                    people.asciiFirst().get(first) + "." + people.asciiLast().get(last) + id;
            String email = local + "@" + domain;
            if (r.nextDouble() < 0.1) email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
            long created = windowStart - r.nextLong(365 * DAY);
            Instant createdAt = instant(created);
            out.add(
                    Table.CUSTOMER,
                    id,
                    name,
                    lang,
                    any(r, Names.TIME_ZONES.get(lang)),
                    organization == null ? null : organization.id(),
                    null,
                    null,
                    createdAt,
                    instant(created + r.nextLong(30 * DAY)),
                    0L);
            identity(out, id, email);
            if (r.nextDouble() < 0.25) {
                identity(out, id, people.asciiFirst().get(first) + id + "@" + any(r, Names.FREE_MAIL.get(lang)));
            }
            if (r.nextDouble() < 0.1) out.add(Table.CUSTOMER_TAG, id, any(r, CUSTOMER_TAGS));
            if ((i + 1) % perChunk == 0) {
                sink.accept(out);
                out = new Chunk();
            }
        }
        if (out.size() > 0) sink.accept(out);
        customerWeights = cumulative(weights);
    }

    private void identity(Chunk out, long customerId, String email) {
        out.add(Table.CUSTOMER_IDENTITY, nextIdentityId++, customerId, "EMAIL", email, email.toLowerCase(Locale.ROOT));
    }

    private record Actor(String type, Long id, String name) {}

    private static final Actor SYSTEM = new Actor("SYSTEM", null, SYSTEM_NAME);

    private void ticket(int index, Chunk out) {
        long id = index + 1;
        SplittableRandom r = rng(STREAM_TICKET, id);
        long step = (windowEnd - windowStart) / spec.tickets();
        long created = windowStart + index * step + r.nextLong(Math.max(1, step));

        int customer = pick(r, customerWeights);
        String lang = LANGUAGES.get(customerLanguages[customer]);
        PhraseBank bank = phrases.get(lang);
        long organizationId = customerOrganizations[customer];
        String organizationTier = organizationId == 0
                ? "STANDARD"
                : organizations.get((int) organizationId - 1).tier();
        Actor requester = new Actor("CUSTOMER", (long) customer + 1, customerNames[customer]);

        String channel = CHANNELS.get(pick(r, CHANNEL_CDF));
        double age = (double) index / spec.tickets();
        String status = STATUSES.get(pick(r, age < 0.6 ? OLDEST_CDF : age < 0.9 ? MIDDLE_CDF : NEWEST_CDF));
        boolean waiting = index >= spec.tickets() - spec.backlog();
        if (spec.backlog() > 0) {
            status = waiting ? STATUSES.get(pick(rng(STREAM_BACKLOG, id), BACKLOG_CDF)) : "CLOSED";
        }
        Topic topic = Topic.values()[pick(r, TOPIC_CDF)];
        String priority = PRIORITIES.get(pick(r, topic == Topic.OUTAGE ? OUTAGE_PRIORITY_CDF : PRIORITY_CDF));
        String type = type(topic, r);
        int team = team(topic, channel, priority, organizationTier, r);
        Agent assignee = status.equals("NEW")
                ? null
                : members.get(team).get(pick(r, assigneeWeights[team][customerLanguages[customer]]));
        Set<String> tags = new TreeSet<>();
        int tagCount = r.nextInt(4);
        for (int i = 0; i < tagCount; i++) {
            tags.add(r.nextDouble() < 0.8 ? any(r, topic.tags()) : any(r, EXTRA_TAGS));
        }
        Map<String, String> values = placeholders(r, lang, created);
        PhraseBank.TopicPhrases scenarios = bank.topics().get(topic);
        int scenario = r.nextInt(scenarios.subjects().size());
        String subject = fill(scenarios.subjects().get(scenario), values);

        int messages = messageCount(status, r);
        boolean fast = channel.equals("CHAT") || channel.equals("PHONE") || channel.equals("IN_PERSON");
        long[] gaps = new long[messages + 1];
        for (int k = 1; k < messages; k++) {
            boolean agentTurn = !status.equals("NEW") && k % 2 == 1;
            double mean = fast ? (agentTurn ? 4 * MINUTE : 6 * MINUTE) : (agentTurn ? 5 * HOUR : 14 * HOUR);
            if (agentTurn && priority.equals("URGENT")) mean /= 4;
            gaps[k] = 20 * MICROS_PER_SECOND + (long) (-mean * Math.log(1 - r.nextDouble()));
        }
        gaps[messages] = status.equals("CLOSED") ? HOUR + r.nextLong(4 * DAY) : 5 * MINUTE + r.nextLong(HOUR);
        long total = Arrays.stream(gaps).sum();
        long room = windowEnd - created - MICROS_PER_SECOND;
        if (total > room) {
            double scale = (double) room / total;
            for (int k = 0; k < gaps.length; k++) gaps[k] = (long) (gaps[k] * scale);
        }

        Actor creator = switch (channel) {
            case "PHONE", "IN_PERSON" -> assignee == null ? SYSTEM : actor(assignee);
            case "API" -> SYSTEM;
            default -> requester;
        };
        List<Object[]> events = new ArrayList<>();
        List<Object[]> messageRows = new ArrayList<>();
        event(events, id, created, creator, "created", "status", null, "new");
        if (!priority.equals("NORMAL")) {
            event(events, id, created, SYSTEM, "field_changed", "priority", "normal", lower(priority));
        }
        if (type != null) event(events, id, created, SYSTEM, "field_changed", "type", null, lower(type));
        event(events, id, created, SYSTEM, "field_changed", "teamId", null, String.valueOf(team + 1));
        if (!tags.isEmpty()) {
            event(events, id, created, SYSTEM, "field_changed", "tags", null, String.join(" ", tags));
        }

        String current = "new";
        long t = created;
        Long solvedAt = null;
        Long closedAt = null;
        long lastCustomer = created;
        Long lastAgent = null;
        long version = 0;
        boolean assigned = false;
        String previousAgentStatus = null;
        for (int k = 0; k < messages; k++) {
            t += gaps[k];
            if (k > 0) version++;
            boolean agentTurn = !status.equals("NEW") && k % 2 == 1;
            boolean last = k == messages - 1;
            if (!agentTurn) {
                String body = k == 0
                        ? firstMessage(
                                bank, scenarios.problems().get(scenario), channel, values, customerNames[customer], r)
                        : fill(
                                any(r, "solved".equals(previousAgentStatus) ? bank.stillBroken() : bank.followUps()),
                                values);
                long messageId = message(messageRows, id, "PUBLIC", requester, channel, body, null, t);
                event(events, id, t, requester, "message_added", "reply", null, String.valueOf(messageId));
                if (current.equals("solved") || current.equals("pending")) {
                    event(events, id, t, requester, "field_changed", "status", current, "open");
                    if (current.equals("solved")) solvedAt = null;
                    current = "open";
                }
                lastCustomer = t;
                continue;
            }
            Actor agent = actor(assignee);
            if (!assigned) {
                event(events, id, t, agent, "field_changed", "assigneeId", null, String.valueOf(assignee.id()));
                assigned = true;
                version++;
            }
            if (!last && r.nextDouble() < 0.12) {
                long messageId =
                        message(messageRows, id, "INTERNAL", agent, channel, any(r, PhraseBank.NOTES), null, t);
                event(events, id, t, agent, "message_added", "note", null, String.valueOf(messageId));
                previousAgentStatus = null;
                continue;
            }
            String target;
            if (last) {
                target = switch (status) {
                    case "CLOSED", "SOLVED" -> "solved";
                    case "PENDING" -> "pending";
                    case "ON_HOLD" -> "on_hold";
                    default -> null;
                };
            } else {
                double draw = r.nextDouble();
                target = draw < 0.3 ? "pending" : draw < 0.38 ? "solved" : null;
            }
            String text = "pending".equals(target)
                    ? any(r, bank.agentQuestions())
                    : last || "solved".equals(target) ? scenarios.answers().get(scenario) : any(r, bank.agentUpdates());
            String body = agentReply(bank, text, channel, values, customerFirstNames[customer], assignee, team, r);
            String html = channel.equals("EMAIL") ? html(body) : null;
            long messageId = message(messageRows, id, "PUBLIC", agent, channel, body, html, t);
            event(events, id, t, agent, "message_added", "reply", null, String.valueOf(messageId));
            if (target == null && current.equals("new")) target = "open";
            if (target != null && !target.equals(current)) {
                event(events, id, t, agent, "field_changed", "status", current, target);
                current = target;
                if (target.equals("solved")) solvedAt = t;
            }
            previousAgentStatus = target;
            lastAgent = t;
        }
        if (status.equals("CLOSED")) {
            t += gaps[messages];
            event(events, id, t, SYSTEM, "field_changed", "status", "solved", "closed");
            current = "closed";
            closedAt = t;
            version++;
        } else if (status.equals("OPEN") && current.equals("new")) {
            t += gaps[messages];
            Actor agent = actor(assignee);
            if (!assigned) {
                event(events, id, t, agent, "field_changed", "assigneeId", null, String.valueOf(assignee.id()));
            }
            event(events, id, t, agent, "field_changed", "status", "new", "open");
            current = "open";
            version++;
        }
        if (!current.equals(lower(status))) {
            throw new IllegalStateException("ticket " + id + " ended " + current + " instead of " + status);
        }
        // when the ticket entered its status: its last status change, else its creation
        Instant statusChangedAt = instant(created);
        for (Object[] row : events) {
            if ("status".equals(row[7]) && "field_changed".equals(row[6])) {
                statusChangedAt = (Instant) row[2];
            }
        }
        Instant slaDueAt = null;
        if (spec.backlog() > 0 && waiting) {
            SplittableRandom b = rng(STREAM_BACKLOG, id);
            b.nextDouble(); // the status draw above
            statusChangedAt = instant(windowEnd - backlogStay(status, b));
            slaDueAt = clocks(out, id, status, priority, lastAgent == null, b);
        }

        out.add(
                Table.TICKET,
                id,
                subject,
                (long) customer + 1,
                organizationId == 0 ? null : organizationId,
                channel,
                status,
                priority,
                type,
                assignee == null ? null : assignee.id(),
                (long) team + 1,
                null,
                null,
                null,
                messages,
                instant(created),
                instant(t),
                solvedAt == null ? null : instant(solvedAt),
                closedAt == null ? null : instant(closedAt),
                instant(lastCustomer),
                lastAgent == null ? null : instant(lastAgent),
                version,
                statusChangedAt,
                slaDueAt);
        for (String tag : tags) out.add(Table.TICKET_TAG, id, tag);
        for (Object[] row : messageRows) out.add(Table.MESSAGE, row);
        for (Object[] row : events) out.add(Table.TICKET_EVENT, row);
    }

    /**
     * How long (microseconds before the dataset's end) a backlog ticket has been in its status. The backlog is a steady
     * state for the typical time rules, which are assumed to have kept up until then: nothing new waited 30 minutes and
     * nothing pending waited 72 hours yet, so the rules find only the tickets that cross a threshold after the end.
     */
    private static long backlogStay(String status, SplittableRandom r) {
        return switch (status) {
            case "NEW" -> r.nextLong(25 * MINUTE);
            case "PENDING" -> r.nextLong(70 * HOUR);
            default -> r.nextLong(14 * DAY);
        };
    }

    /**
     * The SLA clocks of a backlog ticket as a policy with targets by priority would have left them at the dataset's end:
     * a resolution clock (and a first-reply clock while no agent has answered) that is running for new and open tickets
     * (due and warning after the end, spread over the target) and paused with part of the target used for pending and
     * on-hold ones. Answers the earliest due time, mirrored onto the ticket.
     */
    private Instant clocks(
            Chunk out, long ticketId, String status, String priority, boolean unanswered, SplittableRandom r) {
        int resolution = switch (priority) {
            case "URGENT" -> 240;
            case "HIGH" -> 480;
            case "NORMAL" -> 1_440;
            default -> 4_320;
        };
        boolean running = status.equals("NEW") || status.equals("OPEN");
        Instant due = clock(out, ticketId, "RESOLUTION", resolution, running, r);
        if (unanswered) {
            Instant first = clock(out, ticketId, "FIRST_REPLY", resolution / 6, running, r);
            if (first != null && (due == null || first.isBefore(due))) due = first;
        }
        return due;
    }

    private Instant clock(Chunk out, long ticketId, String metric, int minutes, boolean running, SplittableRandom r) {
        long target = minutes * MINUTE;
        long used = (long) (r.nextDouble() * 0.7 * target);
        long since = windowEnd - used;
        Instant due = running ? instant(since + target) : null;
        out.add(
                Table.SLA_CLOCK,
                nextClockId++,
                ticketId,
                0L,
                BACKLOG_POLICY,
                metric,
                minutes,
                false,
                75,
                running ? "RUNNING" : "PAUSED",
                instant(since),
                running ? instant(since) : null,
                running ? 0L : used / MICROS_PER_SECOND,
                due,
                running ? instant(since + target * 75 / 100) : null,
                0L);
        return due;
    }

    private long message(
            List<Object[]> rows,
            long ticketId,
            String visibility,
            Actor author,
            String channel,
            String body,
            String html,
            long at) {
        long id = nextMessageId++;
        rows.add(new Object[] {
            id, ticketId, visibility, author.type(), author.id(), author.name(), channel, body, html, instant(at)
        });
        return id;
    }

    private void event(
            List<Object[]> rows,
            long ticketId,
            long at,
            Actor actor,
            String kind,
            String field,
            String from,
            String to) {
        rows.add(new Object[] {
            nextEventId++, ticketId, instant(at), actor.type(), actor.id(), actor.name(), kind, field, from, to
        });
    }

    private static Actor actor(Agent agent) {
        return new Actor("AGENT", agent.id(), agent.name());
    }

    private String type(Topic topic, SplittableRandom r) {
        if (r.nextDouble() < 0.1) return null;
        return switch (topic) {
            case OUTAGE -> r.nextDouble() < 0.75 ? "INCIDENT" : "PROBLEM";
            case LOGIN -> r.nextDouble() < 0.6 ? "INCIDENT" : "QUESTION";
            case BILLING, SHIPPING -> r.nextDouble() < 0.8 ? "QUESTION" : "TASK";
            case REFUND -> "TASK";
        };
    }

    private int team(Topic topic, String channel, String priority, String organizationTier, SplittableRandom r) {
        int team;
        if (organizationTier.equals("VIP") && r.nextDouble() < 0.6) {
            team = KEY_ACCOUNTS;
        } else if (priority.equals("URGENT") && r.nextDouble() < 0.5) {
            team = ESCALATIONS;
        } else if ((channel.equals("CHAT") || channel.equals("SOCIAL")) && r.nextDouble() < 0.7) {
            team = CHAT;
        } else if (r.nextDouble() < 0.25) {
            team = FRONTLINE;
        } else {
            team = switch (topic) {
                case OUTAGE, LOGIN -> TECHNICAL;
                case BILLING, REFUND -> BILLING;
                case SHIPPING -> FRONTLINE;
            };
        }
        return team < spec.teams() ? team : FRONTLINE;
    }

    private int messageCount(String status, SplittableRandom r) {
        if (status.equals("NEW")) {
            return r.nextDouble() < 0.75 ? 1 : 2;
        }
        double u = r.nextDouble();
        int m = 1 + (int) (Math.log(1 - u * (1 - Math.pow(geometricRatio, 20))) / Math.log(geometricRatio));
        m = Math.min(20, m);
        boolean wantsOdd = status.equals("OPEN");
        if ((m % 2 == 1) != wantsOdd) {
            m = m == 1 ? 2 : m == 20 ? 19 : m + (r.nextBoolean() ? 1 : -1);
        }
        return m;
    }

    private String firstMessage(
            PhraseBank bank,
            String problem,
            String channel,
            Map<String, String> values,
            String signature,
            SplittableRandom r) {
        if (channel.equals("CHAT") || channel.equals("SOCIAL")) {
            return fill(problem, values);
        }
        return fill(
                any(r, bank.customerGreetings())
                        + "\n\n"
                        + problem
                        + "\n\n"
                        + any(r, bank.customerClosings())
                        + "\n"
                        + signature,
                values);
    }

    private String agentReply(
            PhraseBank bank,
            String text,
            String channel,
            Map<String, String> values,
            String customerFirstName,
            Agent agent,
            int team,
            SplittableRandom r) {
        if (channel.equals("CHAT") || channel.equals("SOCIAL")) {
            return fill(text, values);
        }
        return fill(
                any(r, bank.agentGreetings()).replace("{name}", customerFirstName)
                        + "\n\n"
                        + text
                        + "\n\n"
                        + any(r, bank.agentClosings())
                        + "\n"
                        + agent.firstName()
                        + "\n"
                        + TEAMS.get(team).name()
                        + " team · Frontline Support",
                values);
    }

    private static String html(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>")
                    .append(paragraph
                            .replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace(">", "&gt;")
                            .replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.toString();
    }

    private Map<String, String> placeholders(SplittableRandom r, String lang, long created) {
        double amount = 9.99 + r.nextInt(49_000) / 100.0;
        String formatted = lang.equals("ja")
                ? String.format(Locale.ROOT, "%,d", Math.round(amount * 150))
                : lang.equals("en")
                        ? String.format(Locale.ROOT, "%.2f", amount)
                        : String.format(Locale.ROOT, "%.2f", amount).replace('.', ',');
        int year = instant(created).atOffset(ZoneOffset.UTC).getYear();
        return Map.of(
                "{order}", "FL-" + (100_000 + r.nextInt(900_000)),
                "{invoice}", "INV-" + year + "-" + (10_000 + r.nextInt(90_000)),
                "{amount}", formatted,
                "{tracking}",
                        "1Z"
                                + Long.toString(1_000_000_000_000L + r.nextLong(9_000_000_000_000L), 36)
                                        .toUpperCase(Locale.ROOT),
                "{device}", any(r, Names.DEVICES));
    }

    private static String fill(String template, Map<String, String> values) {
        if (template.indexOf('{') < 0) return template.strip();
        String result = template;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result.strip();
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private SplittableRandom rng(long stream, long id) {
        return new SplittableRandom(mix(mix(spec.seed() * 0x9E3779B97F4A7C15L + stream) + id));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        for (int i = 0; i < sums.length; i++) sums[i] /= total;
        return sums;
    }

    private static int pick(SplittableRandom r, double[] cumulative) {
        int index = Arrays.binarySearch(cumulative, r.nextDouble());
        int position = index >= 0 ? index + 1 : -index - 1;
        return Math.min(position, cumulative.length - 1);
    }

    private static <T> T any(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Non-new tickets carry the messages that new ones (one or two each) leave over. */
    private static double nonNewMean(double perTicket) {
        return (perTicket - 0.06 * 1.25) / 0.94;
    }

    /**
     * The ratio of the geometric distribution behind {@link #messageCount} whose mean, after the parity fix-up for the
     * final status, is {@code mean}; found by bisection over the exact expectation.
     */
    private static double ratioForMean(double mean) {
        double low = 0.01, high = 0.9999;
        for (int i = 0; i < 60; i++) {
            double q = (low + high) / 2;
            if (expectedCount(q) < mean) low = q;
            else high = q;
        }
        return (low + high) / 2;
    }

    private static double expectedCount(double q) {
        double openShare = 0.07 / 0.94;
        double norm = (1 - Math.pow(q, 20)) / (1 - q);
        double expected = 0;
        for (int m = 1; m <= 20; m++) {
            double p = Math.pow(q, m - 1) / norm;
            double asEven = m % 2 == 0 ? m : m == 1 ? 2 : m;
            double asOdd = m % 2 == 1 ? m : m == 20 ? 19 : m;
            expected += p * (openShare * asOdd + (1 - openShare) * asEven);
        }
        return expected;
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * MICROS_PER_SECOND + instant.getNano() / 1000;
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
    }
}
