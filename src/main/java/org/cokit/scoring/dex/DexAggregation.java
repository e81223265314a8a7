package org.cokit.scoring.dex;

/** How an aggregate attribute gets its value from its inputs: a decision table or a discretisation. */
public sealed interface DexAggregation permits DexFunction, DexDiscretization {
}
