package io.frontline.channels.email.classify;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads status codes, reply codes and the SMTP stage out of diagnostic text, and decides a {@link BounceReason}: first
 * from what the text says (servers often send a generic or even misleading status code), then from the enhanced status
 * code, then from the stage at which the session failed.
 */
final class BounceReasons {

    /** The SMTP command the remote server answered with the error. */
    enum Stage {
        CONNECT,
        HELO,
        MAIL,
        RCPT,
        DATA,
        UNKNOWN
    }

    private static final Pattern STATUS = Pattern.compile("(?<![\\w.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\w.])");
    private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\w.#-])([245])\\d\\d(?=[\\s\\-;:]|$)");
    private static final Pattern STAGE = Pattern.compile(
            "(?:after|in reply to|response to|progress was)\\s+(?:the\\s+)?"
                    + "(rcpt\\s*to|mail\\s*from|end\\s+of\\s+data|data|initial\\s+connection|ehlo|helo|starttls)",
            Pattern.CASE_INSENSITIVE);

    /** Rules are written in lower case and matched against lower-cased text, which is much faster than (?i). */
    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static final Pattern USER_UNKNOWN =
            p("user unknown|unknown user|no such (user|mailbox|recipient|person|address"
                    + " here)|(user|mailbox|recipient|account|address) (does not|doesn't|not) exist|email account that you"
                    + " tried to reach does not exist|unknown (recipient|mailbox|local[- ]?part|e-?mail address)"
                    + "|invalid (recipient|mailbox|user)|recipient address rejected|address rejected|mailbox (is )?unavailable"
                    + "|mailbox not found|(user|recipient|address) not found|not a valid (mailbox|recipient|user)"
                    + "|no mailbox|recip(ient)? ?not ?found|is not a known user|bad destination mailbox"
                    + "|destination addresses were unknown|not listed in (the )?(domino|directory)|no account by that name"
                    + "|unknown address|address unknown|mailbox inactive|address (couldn't|could not) be found");

    /** Ordered: the first rule whose text matches decides. */
    private static final List<Map.Entry<BounceReason, Pattern>> TEXT_RULES = List.of(
            Map.entry(
                    BounceReason.MAILBOX_FULL,
                    p("mailbox (is )?full|mailbox size limit|quota exceeded|over ?quota|exceeded (his|her|the|their)"
                            + " (storage|quota)|disk quota|insufficient (storage|disk)|out of storage|storage quota"
                            + "|mail ?folder is full|not enough (storage|space)")),
            Map.entry(
                    BounceReason.MESSAGE_TOO_BIG,
                    p("message (size )?(is )?too (large|big)|message size exceeds|exceeds? (the )?(maximum|max)"
                            + " (message )?size|size limit exceeded|too large for this recipient|line limit exceeded")),
            Map.entry(
                    BounceReason.REJECTED,
                    p("sender address|sender domain|domain of sender|unroutable sender|sender (was |is )?(rejected"
                            + "|invalid|unknown|denied|not allowed)|envelope sender|from: header|from header"
                            + "|(?<![\\w.])[45]\\.1\\.[78](?![\\w.])|email address is not verified")),
            Map.entry(BounceReason.HAS_MOVED, p("has moved|no longer on (this )?server|moved permanently")),
            Map.entry(
                    BounceReason.SUSPENDED,
                    p("account (has been |is )?(disabled|suspended|locked|frozen|inactive|deactivated"
                            + "|discontinued)|mailbox (is )?(disabled|frozen|suspended|locked)|(disabled|inactive)"
                            + " (account|mailbox)|tried to reach is (disabled|inactive)|account is locked"
                            + "|disabled or discontinued")),
            Map.entry(
                    BounceReason.SPAM_BLOCKED,
                    p("(rejected|blocked|identified|classified|scored|detected|considered|flagged) (as|due to|by)"
                            + " (a )?spam|spam (classification|detected|filter|score)|looks like spam|likely spam")),
            Map.entry(
                    BounceReason.REJECTED,
                    p("duplicate header|multiple [\\w-]+ headers|not rfc ?5322 compliant|reputation|dnsbl|\\brbl\\b"
                            + "|banned|refused to talk to me")),
            Map.entry(
                    BounceReason.SECURITY,
                    p("\\bspf\\b|\\bdkim\\b|dmarc|sender policy framework|unauthenticated|authentication (required"
                            + "|failed|results)|not authenticated|tls (is )?required|starttls (is )?required"
                            + "|must issue a starttls|tls negotiation|starttls failed")),
            Map.entry(
                    BounceReason.REJECTED,
                    p("relay(ing)? (denied|not permitted|not allowed|access denied)|not configured to relay"
                            + "|unable to relay|we do not relay|relay not permitted|reverse dns|ptr record|\\brdns\\b"
                            + "|reverse lookup|mismatches client ip|unverifyable sending|reverse (dns|lookup) failed"
                            + "|rate limit|receiving mail at a rate|too many (connections|recipients|messages)"
                            + "|unexpected volume")),
            Map.entry(
                    BounceReason.SPAM_BLOCKED,
                    p("\\bspam\\b|junk mail|bulk e?mail filter|\\bube\\b|unsolicited|virus|malware|infected")),
            Map.entry(BounceReason.USER_UNKNOWN, USER_UNKNOWN),
            Map.entry(
                    BounceReason.NOT_ACCEPTING,
                    p("null mx|does not accept (e-?)?mail|doesn'?t receive (e-?)?mail|accepts no mail")),
            Map.entry(
                    BounceReason.NETWORK,
                    p("not found, try again|try again later|temporary (dns|lookup|name)|servfail"
                            + "|malformed or unexpected name server")),
            Map.entry(
                    BounceReason.HOST_UNKNOWN,
                    p("host or domain name not found|host not found|domain (name )?not found|no such domain"
                            + "|unrouteable|domain (does not|doesn't) exist|name or service not known|unknown host"
                            + "|host unknown|nxdomain|domain is not reachable|domain may not exist"
                            + "|(couldn't|could not) find (a |any )?mail exchanger|domain \\S+ (couldn't|could not) be"
                            + " found|\\b[245]\\d\\d [a-z0-9.-]+\\.[a-z]{2,} does not exist")),
            Map.entry(
                    BounceReason.NETWORK,
                    p("connection (timed out|refused|reset|lost|closed)|lost connection|network is unreachable"
                            + "|no route to host|name service error|dns error|socket error|unable to connect"
                            + "|could not connect|wasn't able to establish")),
            Map.entry(
                    BounceReason.REJECTED,
                    p("blocked|black ?list|block ?list|dnsbl|\\brbl\\b|listed (in|at|on)|banned|reputation"
                            + "|access denied|not allowed|polic(y|ies)|denied|rejected|protocol violation")),
            Map.entry(
                    BounceReason.EXPIRED,
                    p("retry timeout|retry time|expired|timed out|timeout exceeded|failing for a long time"
                            + "|in the queue too long|too long in (the )?queue|delivery time")));

    private BounceReasons() {}

    /**
     * The first enhanced status code in the text, or null; for a failure only 4.x.x and 5.x.x codes count, since the
     * success codes of an SMTP transcript say nothing about what failed.
     */
    static String status(String text, boolean failure) {
        return first(STATUS, text, failure, 2);
    }

    /** The first SMTP reply code in the text, or null; for a failure only 4xx and 5xx codes count. */
    static String replyCode(String text, boolean failure) {
        return first(REPLY_CODE, text, failure, 0);
    }

    private static String first(Pattern pattern, String text, boolean failure, int subjectGroup) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean failing = m.group(1).charAt(0) != '2';
            boolean validSubject = subjectGroup == 0 || Integer.parseInt(m.group(subjectGroup)) <= 7;
            if (failing == failure && validSubject) {
                return m.group();
            }
        }
        return null;
    }

    static Stage stage(String text) {
        if (text == null) {
            return Stage.UNKNOWN;
        }
        Matcher m = STAGE.matcher(text);
        if (m.find()) {
            String command = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            return switch (command) {
                case "rcpt to", "rcptto" -> Stage.RCPT;
                case "mail from", "mailfrom" -> Stage.MAIL;
                case "data", "end of data" -> Stage.DATA;
                case "ehlo", "helo", "starttls" -> Stage.HELO;
                default -> Stage.CONNECT;
            };
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("does not like recipient") || lower.contains("rcpt to")) {
            return Stage.RCPT;
        }
        if (lower.contains("sender was rejected")) {
            return Stage.MAIL;
        }
        if (lower.contains("my name was rejected")) {
            return Stage.HELO;
        }
        return Stage.UNKNOWN;
    }

    /** The reason for one recipient's failure. */
    static BounceReason reason(String status, String code, String diagnostic, Stage stage, DeliveryAction action) {
        String text = diagnostic == null ? "" : diagnostic.toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<BounceReason, Pattern> rule : TEXT_RULES) {
            if (rule.getValue().matcher(text).find()) {
                BounceReason reason = rule.getKey();
                if (reason == BounceReason.USER_UNKNOWN && !userUnknownCorroborated(status, code, stage)) {
                    return BounceReason.REJECTED;
                }
                return reason;
            }
        }
        BounceReason byStatus = byStatus(status);
        if (byStatus != null) {
            return byStatus;
        }
        if (stage == Stage.CONNECT || stage == Stage.HELO || stage == Stage.MAIL) {
            return BounceReason.REJECTED;
        }
        return action == DeliveryAction.DELAYED ? BounceReason.EXPIRED : BounceReason.OTHER;
    }

    /** RFC 3463 subject and detail codes; null for codes that say nothing specific. */
    private static BounceReason byStatus(String status) {
        if (status == null) {
            return null;
        }
        String detail = status.substring(status.indexOf('.') + 1);
        return switch (detail) {
            case "1.1", "1.3", "1.10" -> BounceReason.USER_UNKNOWN;
            case "1.2" -> BounceReason.HOST_UNKNOWN;
            case "1.6" -> BounceReason.HAS_MOVED;
            case "1.7", "1.8" -> BounceReason.REJECTED;
            case "2.1" -> BounceReason.SUSPENDED;
            case "2.2" -> BounceReason.MAILBOX_FULL;
            case "2.3", "3.4" -> BounceReason.MESSAGE_TOO_BIG;
            case "4.7" -> BounceReason.EXPIRED;
            case "4.1", "4.2", "4.3", "4.4", "4.5", "4.6" -> BounceReason.NETWORK;
            case "7.25" -> BounceReason.REJECTED;
            case "7.26", "7.27", "7.509", "7.515", "7.5", "7.7", "7.10", "7.11" -> BounceReason.SECURITY;
            default -> {
                if (detail.startsWith("6.")) {
                    yield BounceReason.REJECTED;
                }
                if (detail.startsWith("7.")) {
                    yield BounceReason.REJECTED;
                }
                yield null;
            }
        };
    }

    /**
     * Whether "user unknown" wording can be believed. A remote server that says it after the message was sent (DATA),
     * or with a generic status and no sign that it answered the recipient address (RCPT), is usually a content filter
     * using that wording; marking the address dead on such evidence would silence a real customer.
     */
    private static boolean userUnknownCorroborated(String status, String code, Stage stage) {
        boolean addressStatus =
                status != null && status.substring(status.indexOf('.') + 1).startsWith("1.");
        if (stage == Stage.DATA) {
            return addressStatus;
        }
        boolean generic = status == null || status.endsWith(".0.0");
        return !(generic && code != null && stage != Stage.RCPT);
    }

    /**
     * Whether a failure condemns the address: a reason that says the address is unusable, reported as permanent. A
     * temporary (4xx) "user unknown" is often a directory hiccup and does not count.
     */
    static boolean hard(BounceReason reason, boolean permanent) {
        return permanent && reason != null && reason.condemnsAddress();
    }
}
