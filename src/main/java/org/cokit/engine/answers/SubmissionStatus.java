package org.cokit.engine.answers;

/** A submission is edited as a draft until the respondent submits it, which locks it. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED
}
