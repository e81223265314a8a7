package org.cokit.comparison;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;

/** Typed {@code cokit.comparison.*} settings, checked when the application starts. */
@ConfigMapping(prefix = "cokit.comparison")
public interface ComparisonConfig {

    /**
     * The fewest organisations a peer figure may stand for (env {@code COKIT_COMPARISON_MIN_GROUP_SIZE}); a group
     * with fewer shows nothing but "not enough organisations to compare". Values below 3 would let two colleagues
     * work out each other's result, so the application refuses to start with one.
     */
    @WithName("min-group-size")
    @WithDefault("5")
    @Min(value = 3, message = "must be at least 3: a peer figure of fewer organisations could reveal one"
            + " organisation's result")
    int minGroupSize();
}
