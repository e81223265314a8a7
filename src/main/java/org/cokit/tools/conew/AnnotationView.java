package org.cokit.tools.conew;

import java.time.Instant;

/** An annotation as the team moderates it, with the link it came through and the support its idea has. */
public record AnnotationView(long id, long stageId, String stageName, Integer feeling, String problem, String idea,
        String status, String hiddenReason, Long mergedInto, long linkId, String linkLabel, String contactName,
        String contactEmail, String language, Instant createdAt, boolean redacted, long support) {

    static AnnotationView of(Annotation a, long support) {
        return new AnnotationView(a.id, a.stage.id, a.stage.name, a.feeling, a.problem, a.idea, a.status.id(),
                a.hiddenReason, a.mergedInto == null ? null : a.mergedInto.id, a.link.id, a.link.label,
                a.contactName, a.contactEmail, a.language, a.createdAt, a.redactedAt != null, support);
    }
}
