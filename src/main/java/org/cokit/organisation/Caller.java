package org.cokit.organisation;

import java.util.Set;

/** Who is making the current request, as carried by the security identity (no database look-up needed). */
public record Caller(long memberId, String email, String displayName, Long organisationId, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
