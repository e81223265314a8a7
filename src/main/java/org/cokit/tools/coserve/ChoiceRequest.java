package org.cokit.tools.coserve;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the coordinator chooses a service for renewal; a reason is required. */
public record ChoiceRequest(@NotBlank @Size(max = 2000) String reason) {
}
