package org.cokit.engine.answers;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A partial save of answers: question id to value (a string, number, boolean or list; {@code null} or "" clears,
 * {@code "n/a"} is "not applicable"). {@code version} is the submission version the client last saw; when given
 * and stale, a save that would change anything is refused rather than silently overwriting another tab's work.
 */
public record AnswersRequest(Map<String, Object> answers, @PositiveOrZero Long version,
        @Size(max = 100) String section) {
}
