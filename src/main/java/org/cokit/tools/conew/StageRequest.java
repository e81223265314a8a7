package org.cokit.tools.conew;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A stage: its name, what the user does there, and its touchpoints (null keeps the existing ones on an edit). */
public record StageRequest(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String userAction,
        @Size(max = 20) List<@Valid TouchpointRequest> touchpoints) {
}
