package org.cokit.engine.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant link as its coordinator sees it: never its token, which is shown once, when it is made.
 * {@code state} is {@code active}, {@code expired} (past its last day) or {@code revoked}; {@code submissions}
 * counts those started through it and {@code submitted} those sent in.
 */
public record ParticipantLinkView(long id, long assessmentId, List<String> roles, String label, String createdBy,
        Instant createdAt, LocalDate closesOn, String state, long submissions, long submitted) {
}
