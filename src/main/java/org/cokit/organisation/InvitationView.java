package org.cokit.organisation;

import java.time.Instant;
import java.util.List;

/** An invitation as the API shows it; {@code link} is present only in the answer that created it. */
public record InvitationView(long id, String email, String displayName, List<String> roles, Instant expiresAt,
        String link) {

    public static InvitationView of(Invitation invitation, String link) {
        return new InvitationView(invitation.id, invitation.email, invitation.displayName,
                invitation.roleSet().stream().map(Role::id).toList(), invitation.expiresAt, link);
    }
}
