package io.frontline.automation.internal;

import io.frontline.automation.MacroScope;
import java.util.Set;

/**
 * Who may see, use and change a macro. A personal macro is its owner's alone (others get a 404, whatever their
 * role); a team macro is seen by the team's members and by leads and admins, who manage it; a shared macro is seen by
 * everyone and managed by leads and admins.
 */
public final class MacroAccess {

    /** The agent asking: their id, whether they are a lead or admin, and the teams they belong to. */
    public record Viewer(long agentId, boolean lead, Set<Long> teamIds) {}

    private MacroAccess() {}

    public static boolean canSee(MacroScope scope, Long ownerId, Long teamId, Viewer viewer) {
        return switch (scope) {
            case PERSONAL -> ownerId != null && ownerId == viewer.agentId();
            case TEAM -> viewer.lead() || (teamId != null && viewer.teamIds().contains(teamId));
            case SHARED -> true;
        };
    }

    /** Whether the viewer may create, change or delete a macro of this scope (owning it, for a personal one). */
    public static boolean canManage(MacroScope scope, Long ownerId, Viewer viewer) {
        return switch (scope) {
            case PERSONAL -> ownerId == null || ownerId == viewer.agentId();
            case TEAM, SHARED -> viewer.lead();
        };
    }
}
