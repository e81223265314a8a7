package org.cokit.engine.answers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A submission with its answers, progress and the required questions still unanswered; the answers are the
 * canonical stored strings. {@code participantRole} is the role it was made in, null without participant roles.
 */
public record SubmissionView(long id, long assessmentId, String status, long version, String lastSection,
        Map<String, String> answers, int answered, int visible, int percent, List<String> unansweredRequired,
        Instant updatedAt, Instant submittedAt, String participantRole) {
}
