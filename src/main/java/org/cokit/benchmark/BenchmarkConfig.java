package org.cokit.benchmark;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed {@code cokit.benchmark.*} settings. */
@ConfigMapping(prefix = "cokit.benchmark")
public interface BenchmarkConfig {

    /**
     * Whether the load tests' baseline endpoints under {@code /benchmark} answer (env
     * {@code COKIT_BENCHMARK_ENDPOINTS}); only {@code .bench/run} turns them on. Never in production.
     */
    @WithDefault("false")
    boolean endpoints();
}
