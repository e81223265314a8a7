package org.cokit.scoring.roadmap;

import jakarta.validation.constraints.Size;

/**
 * Adopting a recommended action ({@code actionId} required) or changing an adopted one (every field optional; a
 * field left out stays as it is). {@code due} is a date {@code yyyy-mm-dd}, or empty to clear it.
 */
public record RoadmapRequest(@Size(max = 80) String actionId, @Size(max = 200) String owner, String status,
        @Size(max = 10) String due) {
}
