package org.cokit.tools.coserve;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A candidate service as a coordinator lists it; {@code channels} are ids of {@link Channel}. */
public record ServiceRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
        @Size(max = 200) String responsibleUnit, @PositiveOrZero Long approximateUsers, List<String> channels) {
}
