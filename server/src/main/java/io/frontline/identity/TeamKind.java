package io.frontline.identity;

/** What a team is for; routing and reports group by it. */
public enum TeamKind {
    FRONTLINE,
    TECHNICAL_SUPPORT,
    ACCOUNT_MANAGEMENT,
    ESCALATION,
    CHAT_AND_SOCIAL,
    BILLING,
    OTHER
}
