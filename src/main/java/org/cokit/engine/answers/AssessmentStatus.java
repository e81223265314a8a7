package org.cokit.engine.answers;

/** An assessment's life: prepared, taking answers, then closed with its result frozen. */
public enum AssessmentStatus {
    DRAFT, OPEN, CLOSED
}
