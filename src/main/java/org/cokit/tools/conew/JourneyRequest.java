package org.cokit.tools.conew;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new journey: for a service (the chosen one when absent), with a title, a persona or scenario, and stages. */
public record JourneyRequest(Long serviceId, @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String persona, @Size(max = 30) List<@Valid StageRequest> stages) {
}
