package org.cokit.engine.answers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coordinator gives to start an assessment: the tool, the subject when the tool needs one, a title. */
public record AssessmentRequest(@NotBlank @Size(max = 40) String tool, Long subjectId, @Size(max = 200) String title) {
}
