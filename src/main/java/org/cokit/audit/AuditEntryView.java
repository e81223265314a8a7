package org.cokit.audit;

import java.time.Instant;

/** One audit entry as {@code GET /api/audit} shows it. */
public record AuditEntryView(long id, Instant at, Long organisationId, String organisationName, Long actorMemberId,
        String actorEmail, String action, String objectType, Long objectId, String objectLabel, String details) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.occurredAt, e.organisationId, e.organisationName, e.actorMemberId,
                e.actorEmail, e.action, e.objectType, e.objectId, e.objectLabel, e.details);
    }
}
