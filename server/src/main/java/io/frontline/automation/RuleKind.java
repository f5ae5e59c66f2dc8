package io.frontline.automation;

/** Triggers run when something happens to a ticket; time rules run periodically on tickets that have waited. */
public enum RuleKind {
    TRIGGER,
    TIME_RULE;

    /** The name rule versions and audit records use. */
    public String versionKind() {
        return this == TRIGGER ? "trigger" : "time_rule";
    }
}
