package org.cokit.organisation;

import java.time.Instant;
import java.util.List;
import org.cokit.audit.AuditEntryView;

/** Everything CoKit holds about the signed-in member, as {@code GET /api/me/data} and the account page show it. */
public record AccountDataView(long memberId, String email, String displayName, List<String> roles,
        MeView.OrganisationRef organisation, Instant createdAt, Instant lastLoginAt,
        List<AcceptedInvitation> invitations, List<OrganisationDataOwner.HeldItem> held,
        List<AuditEntryView> auditEntries) {

    /** An invitation the member accepted: who invited them, with which roles, when. */
    public record AcceptedInvitation(long id, String invitedBy, String roles, Instant createdAt, Instant acceptedAt) {
    }
}
