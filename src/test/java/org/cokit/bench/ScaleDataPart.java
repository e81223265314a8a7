package org.cokit.bench;

import java.sql.SQLException;

/**
 * One kind of data the scale-data generator writes for every organisation (a tool's rounds, services, journeys...).
 * Parts are found with {@link java.util.ServiceLoader}: a tool adds its own by naming its class in
 * {@code src/test/resources/META-INF/services/org.cokit.bench.ScaleDataPart}. Parts run in the order listed there,
 * for each chunk of organisations, on one JDBC connection with batched inserts.
 */
public interface ScaleDataPart {

    /** A short name for the summary, e.g. {@code coready}. */
    String name();

    /** Writes this part's rows for the chunk's organisations (batches are executed and committed by the caller). */
    void fill(ScaleChunk chunk) throws SQLException;
}
