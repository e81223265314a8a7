package org.cokit.engine.answers;

import jakarta.enterprise.context.RequestScoped;

/**
 * The one anonymous submission this request may read and change, granted after its resume token was checked
 * (see {@code ParticipationService}); {@link SubmissionService} then treats it like a member's own submission.
 */
@RequestScoped
public class AnonymousAccess {

    private Long submissionId;

    public void grant(long submissionId) {
        this.submissionId = submissionId;
    }

    boolean allows(long submissionId) {
        return this.submissionId != null && this.submissionId == submissionId;
    }
}
