package org.cokit.engine.answers;

import java.util.Map;

/**
 * How the submitted answers to one question are spread. {@code counts} maps each canonical value (for multiple
 * choice: each option) to how many respondents gave it; {@code disagreement} runs from 0 (all agree) to 1 (evenly
 * split), or is null where it means nothing (free text, an open number, fewer than two answers).
 *
 * <p>{@code consensus} is the answer the group gives, the one an assessment's result is scored with: for ordered
 * answers (yes-no, scale, number) the lower median, so a Yes needs a strict majority and an even split counts
 * against the criterion rather than for it; for a single choice the most frequent option (none on a tie); for a
 * multiple choice the options more than half chose. It is {@code n/a} when everyone answered so, and null when
 * nobody answered or there is no consensus.
 */
public record QuestionStatistics(String questionId, String type, int answered, int notApplicable,
        Map<String, Integer> counts, Double disagreement, String consensus) {
}
