package org.cokit.engine.answers;

/**
 * Fired, in the creating transaction, when an assessment is created, so that what the engine does not know of (the
 * scoring rule-set version to pin) is settled before anyone answers.
 */
public record AssessmentCreated(Assessment assessment) {
}
