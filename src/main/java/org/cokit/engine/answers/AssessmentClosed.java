package org.cokit.engine.answers;

/**
 * Fired, in the closing transaction, when an assessment closes and its submissions become final, so that its result
 * can be frozen with it: a failure to do so undoes the close.
 */
public record AssessmentClosed(Assessment assessment) {
}
