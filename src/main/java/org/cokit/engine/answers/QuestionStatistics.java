package org.cokit.engine.answers;

import java.util.Map;

/**
 * How the submitted answers to one question are spread. {@code counts} maps each canonical value (for multiple
 * choice: each option) to how many respondents gave it; {@code disagreement} runs from 0 (all agree) to 1 (evenly
 * split), or is null where it means nothing (free text, an open number, fewer than two answers).
 */
public record QuestionStatistics(String questionId, String type, int answered, int notApplicable,
        Map<String, Integer> counts, Double disagreement) {
}
