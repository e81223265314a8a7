package org.cokit.comparison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind comparisons: aggregates over the peer pool's frozen node scores ({@code comparison_score}, joined
 * to {@code organisation} for the opt-in and the groups), computed in the database so that no organisation's
 * figures are loaded into memory. Portable: the same statements run on H2 2.x and PostgreSQL.
 *
 * <p>The pool is every organisation that has opted in ({@code benchmark_opt_in}) with its latest closed assessment
 * of the tool, as {@link LatestRounds} keeps it: the round that closed last. Quartiles are
 * {@code PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY score)}: linear interpolation between the closest ranks, at
 * position {@code p * (n - 1)} of the ascending scores counted from 0 (Hyndman and Fan's type 7, Excel's
 * PERCENTILE.INC). Organisations outside the chosen group enter the ordering as NULL, which the function skips.
 */
public class PeerStatistics {

    /** The four characteristic groups, in the order their counts come back. */
    private static final List<PeerGroup> DIMENSIONS = List.of(PeerGroup.COUNTRY, PeerGroup.LEVEL, PeerGroup.SECTOR,
            PeerGroup.SIZE);

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

    /** How many pool organisations each of the asking organisation's groups holds, whatever their scores. */
    public PeerCounts organisationCounts(Connection connection, String tool, long organisationId)
            throws SQLException {
        String sql = "select count(*)" + countColumns("1") + " from comparison_round r"
                + " join organisation o on o.id = r.organisation_id join organisation me on me.id = ?"
                + " where r.tool = ? and o.benchmark_opt_in = true";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, organisationId);
            statement.setString(2, tool);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return counts(rows, 1);
            }
        }
    }

    /**
     * Per non-input node of the asked assessment: the counts of organisations with a score in each group, and the
     * quartiles and the asked score's standing within {@code group}.
     */
    public Map<String, NodeStatistics> nodeStatistics(Connection connection, String tool, long organisationId,
            long assessmentId, PeerGroup group) throws SQLException {
        String inGroup = group == PeerGroup.ALL ? "" : "o." + group.column() + " = me." + group.column() + " and ";
        String groupScore = group == PeerGroup.ALL ? "s.score"
                : "case when o." + group.column() + " = me." + group.column() + " then s.score end";
        String sql = "select s.node_id, count(*)" + countColumns("1")
                + ", percentile_cont(0.25) within group (order by " + groupScore + ")"
                + ", percentile_cont(0.5) within group (order by " + groupScore + ")"
                + ", percentile_cont(0.75) within group (order by " + groupScore + ")"
                + ", count(case when " + inGroup + "s.score < own.score then 1 end)"
                + ", count(case when " + inGroup + "s.score = own.score then 1 end)"
                + " from node_result own"
                + " join comparison_score s on s.tool = ? and s.node_id = own.node_id"
                + " join organisation o on o.id = s.organisation_id"
                + " join organisation me on me.id = ?"
                + " where own.assessment_id = ? and own.is_input = false and o.benchmark_opt_in = true"
                + " group by s.node_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tool);
            statement.setLong(2, organisationId);
            statement.setLong(3, assessmentId);
            Map<String, NodeStatistics> byNode = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    PeerCounts counts = counts(rows, 2);
                    int next = 2 + 1 + DIMENSIONS.size() + 6;
                    String nodeId = rows.getString(1);
                    byNode.put(nodeId, new NodeStatistics(nodeId, counts, number(rows, next), number(rows, next + 1),
                            number(rows, next + 2), rows.getLong(next + 3), rows.getLong(next + 4)));
                }
            }
            return byNode;
        }
    }

    /** Counts of {@code counted} (non-null) per characteristic group, then per pair of them; alias {@code o}. */
    private static String countColumns(String counted) {
        StringBuilder columns = new StringBuilder();
        for (PeerGroup dimension : DIMENSIONS) {
            columns.append(", count(case when ").append(same(dimension)).append(" then ").append(counted)
                    .append(" end)");
        }
        for (int g = 0; g < DIMENSIONS.size(); g++) {
            for (int h = g + 1; h < DIMENSIONS.size(); h++) {
                columns.append(", count(case when ").append(same(DIMENSIONS.get(g))).append(" and ")
                        .append(same(DIMENSIONS.get(h))).append(" then ").append(counted).append(" end)");
            }
        }
        return columns.toString();
    }

    private static String same(PeerGroup dimension) {
        return "o." + dimension.column() + " = me." + dimension.column();
    }

    /** Reads the counts written by {@link #countColumns}, preceded by the count of the whole pool at {@code at}. */
    private static PeerCounts counts(ResultSet rows, int at) throws SQLException {
        int groups = PeerGroup.values().length;
        long[] sizes = new long[groups];
        long[][] shared = new long[groups][groups];
        sizes[0] = rows.getLong(at);
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            sizes[DIMENSIONS.get(d).ordinal()] = rows.getLong(at + 1 + d);
        }
        int column = at + 1 + DIMENSIONS.size();
        for (int g = 0; g < DIMENSIONS.size(); g++) {
            for (int h = g + 1; h < DIMENSIONS.size(); h++) {
                shared[DIMENSIONS.get(g).ordinal()][DIMENSIONS.get(h).ordinal()] = rows.getLong(column++);
            }
        }
        return new PeerCounts(sizes, shared);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
