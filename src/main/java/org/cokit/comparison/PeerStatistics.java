package org.cokit.comparison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind comparisons: reads the peer figures {@link PeerTables} keeps, so that a comparison costs a few
 * index ranges whatever the size of the pool: the counts of the asking organisation's eleven groups (five groups,
 * six intersections) for its rounds and for each node, and for the chosen group each node's histogram of scores
 * (one row per distinct score), from which the quartiles and the asked score's standing are read off. Portable:
 * the same statements run on H2 2.x and PostgreSQL.
 *
 * <p>The pool is every organisation that has opted in ({@code benchmark_opt_in}) with its latest closed assessment
 * of the tool, as {@link LatestRounds} keeps it: the round that closed last. Quartiles are those of
 * {@code PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY score)}: linear interpolation between the closest ranks, at
 * position {@code p * (n - 1)} of the ascending scores counted from 0 (Hyndman and Fan's type 7, Excel's
 * PERCENTILE.INC).
 */
public class PeerStatistics {

    /** One own node of the asked assessment, as it was frozen. */
    public record OwnNode(String nodeId, int levelMin, int levelMax, Double score) {
    }

    /**
     * The peer figures of one node within the chosen group, and the per-group counts of organisations with a score
     * for it.
     *
     * @param below organisations of the chosen group with a lower score than the asked assessment's
     * @param equal organisations of the chosen group with the same score
     */
    public record NodeStatistics(String nodeId, PeerCounts counts, Double lowerQuartile, Double median,
            Double upperQuartile, long below, long equal) {
    }

    /** The asked assessment's non-input nodes, in the order they were frozen (the rule set's order). */
    public List<OwnNode> ownNodes(Connection connection, long assessmentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select node_id, level_min, level_max, score"
                + " from node_result where assessment_id = ? and is_input = false order by id")) {
            statement.setLong(1, assessmentId);
            List<OwnNode> nodes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new OwnNode(rows.getString(1), rows.getInt(2), rows.getInt(3), number(rows, 4)));
                }
            }
            return nodes;
        }
    }

    /** The organisation's present characteristics, which choose its peer groups. */
    public PeerTables.Attributes attributes(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select country, government_level, sector,"
                + " size_band from organisation where id = ?")) {
            statement.setLong(1, organisationId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no organisation " + organisationId);
                }
                return new PeerTables.Attributes(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4));
            }
        }
    }

    /**
     * How many pool organisations each of the organisation's groups holds: under {@link PeerTables#ROUND} those
     * with a round whatever their scores, under a node id those with a score for that node.
     */
    public Map<String, PeerCounts> counts(Connection connection, String tool, PeerTables.Attributes attributes)
            throws SQLException {
        List<String> keys = PeerTables.keys(attributes);
        StringBuilder sql = new StringBuilder("select node_id, peer_key, organisations from comparison_count"
                + " where tool = ? and peer_key in (");
        for (int k = 0; k < keys.size(); k++) {
            sql.append(k == 0 ? "?" : ", ?");
        }
        sql.append(')');
        Map<String, Integer> column = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            column.put(keys.get(k), k);
        }
        Map<String, long[]> byNode = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            statement.setString(1, tool);
            for (int k = 0; k < keys.size(); k++) {
                statement.setString(k + 2, keys.get(k));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byNode.computeIfAbsent(rows.getString(1), node -> new long[keys.size()])
                            [column.get(rows.getString(2))] = rows.getLong(3);
                }
            }
        }
        Map<String, PeerCounts> counts = new HashMap<>();
        byNode.forEach((node, values) -> counts.put(node, counts(values)));
        counts.putIfAbsent(PeerTables.ROUND, counts(new long[keys.size()]));
        return counts;
    }

    /** Counts in {@link PeerTables#keys} order. */
    private static PeerCounts counts(long[] values) {
        int groups = PeerGroup.values().length;
        long[] sizes = new long[groups];
        long[][] shared = new long[groups][groups];
        System.arraycopy(values, 0, sizes, 0, groups);
        int column = groups;
        for (PeerGroup[] pair : PeerTables.pairs()) {
            shared[pair[0].ordinal()][pair[1].ordinal()] = values[column++];
        }
        return new PeerCounts(sizes, shared);
    }

    /**
     * Per node of the asked assessment that any organisation of the pool has a score for: the counts of every
     * group, and the quartiles and the asked score's standing within {@code group}.
     */
    public Map<String, NodeStatistics> nodeStatistics(Connection connection, String tool,
            PeerTables.Attributes attributes, Map<String, PeerCounts> counts, List<OwnNode> own, PeerGroup group)
            throws SQLException {
        Map<String, List<double[]>> histograms = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select node_id, score, organisations"
                + " from comparison_histogram where tool = ? and peer_key = ? and organisations > 0"
                + " order by node_id, score")) {
            statement.setString(1, tool);
            statement.setString(2, PeerTables.key(group, attributes));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    histograms.computeIfAbsent(rows.getString(1), node -> new ArrayList<>())
                            .add(new double[] {rows.getDouble(2), rows.getLong(3)});
                }
            }
        }
        Map<String, NodeStatistics> byNode = new HashMap<>();
        for (OwnNode node : own) {
            PeerCounts nodeCounts = counts.get(node.nodeId());
            if (nodeCounts != null) {
                byNode.put(node.nodeId(), statistics(node, nodeCounts,
                        histograms.getOrDefault(node.nodeId(), List.of())));
            }
        }
        return byNode;
    }

    /** Reads the quartiles and the standing off one node's histogram (ascending scores with their counts). */
    static NodeStatistics statistics(OwnNode node, PeerCounts counts, List<double[]> histogram) {
        long n = 0;
        long below = 0;
        long equal = 0;
        for (double[] bucket : histogram) {
            n += (long) bucket[1];
            if (node.score() != null && bucket[0] < node.score()) {
                below += (long) bucket[1];
            } else if (node.score() != null && bucket[0] == node.score()) {
                equal = (long) bucket[1];
            }
        }
        return new NodeStatistics(node.nodeId(), counts, quantile(histogram, n, 0.25), quantile(histogram, n, 0.5),
                quantile(histogram, n, 0.75), below, equal);
    }

    /** {@code PERCENTILE_CONT(p)} of the {@code n} scores the histogram holds; null when it holds none. */
    static Double quantile(List<double[]> histogram, long n, double p) {
        if (n == 0) {
            return null;
        }
        double position = p * (n - 1);
        long lower = (long) Math.floor(position);
        long upper = (long) Math.ceil(position);
        double low = at(histogram, lower);
        if (upper == lower) {
            return low;
        }
        return low + (at(histogram, upper) - low) * (position - lower);
    }

    /** The score at 0-based {@code index} of the ascending scores. */
    private static double at(List<double[]> histogram, long index) {
        long seen = 0;
        for (double[] bucket : histogram) {
            seen += (long) bucket[1];
            if (index < seen) {
                return bucket[0];
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen + " scores");
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
