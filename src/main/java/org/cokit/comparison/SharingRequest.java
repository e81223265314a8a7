package org.cokit.comparison;

import jakarta.validation.constraints.NotNull;

/** Whether the organisation shares its results, anonymised, for comparison. */
public record SharingRequest(@NotNull Boolean benchmarkOptIn) {
}
