package org.cokit.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids for generated rows, after the highest already used (shared by the writers); afterwards moves the sequences
 * past them.
 */
final class ScaleIds {

    private final Connection connection;
    private final Map<String, Long> last = new LinkedHashMap<>();

    ScaleIds(Connection connection) {
        this.connection = connection;
    }

    synchronized long next(String table) {
        return reserve(table, 1);
    }

    /** The first of {@code count} consecutive ids of the table. */
    synchronized long reserve(String table, int count) {
        Long previous = last.get(table);
        if (previous == null) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                row.next();
                previous = row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the highest id of " + table, e);
            }
        }
        last.put(table, previous + count);
        return previous + 1;
    }

    /** Restarts each used table's sequence well above its highest id, so the application's next ids are free. */
    void moveSequences() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> entry : last.entrySet()) {
                statement.execute("alter sequence " + entry.getKey() + "_seq restart with "
                        + (entry.getValue() + 1000));
            }
        }
    }
}
