package io.frontline.automation;

/**
 * Who sees a macro: its owner alone ({@code personal}), the members of its team ({@code team}, and leads) or every
 * agent ({@code shared}). Any agent keeps personal macros; leads and admins manage team and shared ones.
 */
public enum MacroScope {
    PERSONAL,
    TEAM,
    SHARED
}
