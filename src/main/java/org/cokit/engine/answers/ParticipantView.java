package org.cokit.engine.answers;

import java.time.Instant;

/** Someone answering an assessment, as a coordinator sees them: name and status, never their answers. */
public record ParticipantView(String displayName, String status, Instant submittedAt) {

    public boolean submitted() {
        return SubmissionStatus.SUBMITTED.name().equalsIgnoreCase(status);
    }
}
