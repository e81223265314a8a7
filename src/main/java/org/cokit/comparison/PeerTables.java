package org.cokit.comparison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the peer figures' tables ({@code comparison_count}, {@code comparison_histogram}, see V11) in step with the
 * pool: an organisation's latest round of a tool adds one to every count and histogram bucket of its peer groups
 * while it is counted (opted in), and is withdrawn with the characteristics it was added with. Each change costs a
 * few hundred indexed row updates whatever the size of the pool; a full rebuild aggregates the whole pool once.
 * Plain JDBC on the caller's connection and transaction; every change first locks the one row of
 * {@code comparison_refresh}, so concurrent changes of a bucket add up instead of racing to insert it.
 */
public class PeerTables {

    /** The node id under which {@code comparison_count} counts organisations with a round, whatever their scores. */
    public static final String ROUND = "";

    /** The characteristic groups, in the order of the organisation's columns. */
    static final List<PeerGroup> DIMENSIONS = List.of(PeerGroup.COUNTRY, PeerGroup.LEVEL, PeerGroup.SECTOR,
            PeerGroup.SIZE);

    /** An organisation's characteristics, as the peer groups read them. */
    public record Attributes(String country, String governmentLevel, String sector, String sizeBand) {

        String value(PeerGroup dimension) {
            return switch (dimension) {
                case COUNTRY -> country;
                case LEVEL -> governmentLevel;
                case SECTOR -> sector;
                case SIZE -> sizeBand;
                case ALL -> "";
            };
        }
    }

    /** The key of one of the organisation's five groups, e.g. {@code all} or {@code country=SI}. */
    public static String key(PeerGroup group, Attributes attributes) {
        return group == PeerGroup.ALL ? "all" : group.id() + "=" + attributes.value(group);
    }

    /** The key of the intersection of two characteristic groups, e.g. {@code country=SI&level=LOCAL}. */
    static String key(PeerGroup first, PeerGroup second, Attributes attributes) {
        return key(first, attributes) + "&" + key(second, attributes);
    }

    /** The five groups' keys (in {@link PeerGroup} order), then the six pairs' (in {@link #pairs()} order). */
    static List<String> keys(Attributes attributes) {
        List<String> keys = new ArrayList<>(11);
        for (PeerGroup group : PeerGroup.values()) {
            keys.add(key(group, attributes));
        }
        for (PeerGroup[] pair : pairs()) {
            keys.add(key(pair[0], pair[1], attributes));
        }
        return keys;
    }

    /** The six pairs of characteristic groups. */
    static List<PeerGroup[]> pairs() {
        List<PeerGroup[]> pairs = new ArrayList<>(6);
        for (int g = 0; g < DIMENSIONS.size(); g++) {
            for (int h = g + 1; h < DIMENSIONS.size(); h++) {
                pairs.add(new PeerGroup[] {DIMENSIONS.get(g), DIMENSIONS.get(h)});
            }
        }
        return pairs;
    }

    /** Locks the tables for a change; true when they still need a {@link #rebuild}. */
    public boolean lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select stale from comparison_refresh where id = 1"
                        + " for update")) {
            return !row.next() || row.getBoolean(1);
        }
    }

    /** Rebuilds the tables when a migration or a bulk load marked them stale; true when it did. */
    public boolean rebuildIfStale(Connection connection) throws SQLException {
        if (!lock(connection)) {
            return false;
        }
        rebuild(connection);
        return true;
    }

    /** Marks the tables stale, after rows were written to {@code comparison_round}/{@code _score} directly. */
    public void markStale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update comparison_refresh set stale = true where id = 1");
        }
    }

    /** Recomputes both tables from the pool as it stands, in set-based statements. */
    public void rebuild(Connection connection) throws SQLException {
        lock(connection);
        List<String> sql = new ArrayList<>();
        sql.add("delete from comparison_count");
        sql.add("delete from comparison_histogram");
        sql.add("update comparison_round set counted = (select o.benchmark_opt_in from organisation o"
                + " where o.id = comparison_round.organisation_id)");
        for (PeerGroup dimension : DIMENSIONS) {
            sql.add("update comparison_round set " + dimension.column() + " = case when counted then (select o."
                    + dimension.column() + " from organisation o where o.id = comparison_round.organisation_id)"
                    + " end");
        }
        List<String> expressions = new ArrayList<>();
        for (PeerGroup group : PeerGroup.values()) {
            expressions.add(expression(group));
        }
        for (PeerGroup[] pair : pairs()) {
            expressions.add(expression(pair[0]) + " || '&' || " + expression(pair[1]));
        }
        // joined on the assessment id: an index on each side, whichever way round the database joins
        String scores = " from comparison_score s join comparison_round r on r.assessment_id = s.assessment_id"
                + " and r.tool = s.tool and r.organisation_id = s.organisation_id where r.counted = true";
        for (String key : expressions) {
            // PostgreSQL refuses a constant in GROUP BY: the key of "all" is grouped by the tool alone
            String groupKey = key.startsWith("'all'") ? "" : ", " + key;
            sql.add("insert into comparison_count (tool, peer_key, node_id, organisations) select r.tool, " + key
                    + ", '" + ROUND + "', count(*) from comparison_round r where r.counted = true"
                    + " group by r.tool" + groupKey);
            sql.add("insert into comparison_count (tool, peer_key, node_id, organisations) select s.tool, " + key
                    + ", s.node_id, count(*)" + scores + " group by s.tool" + groupKey + ", s.node_id");
        }
        for (String key : expressions.subList(0, PeerGroup.values().length)) {
            String groupKey = key.startsWith("'all'") ? "" : ", " + key;
            sql.add("insert into comparison_histogram (tool, peer_key, node_id, score, organisations) select s.tool, "
                    + key + ", s.node_id, s.score, count(*)" + scores + " group by s.tool" + groupKey
                    + ", s.node_id, s.score");
        }
        sql.add("update comparison_refresh set stale = false where id = 1");
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        }
    }

    /** The SQL of a group's key over {@code comparison_round r}. */
    private static String expression(PeerGroup group) {
        return group == PeerGroup.ALL ? "'all'" : "'" + group.id() + "=' || r." + group.column();
    }

    /**
     * Takes the organisation's kept round of the tool out of the figures, if it was counted; call before its
     * {@code comparison_round}/{@code _score} rows change or go. Buckets left at zero stay, as zero.
     */
    public void withdraw(Connection connection, String tool, long organisationId) throws SQLException {
        lock(connection);
        Optional<Attributes> counted = countedWith(connection, tool, organisationId);
        if (counted.isPresent()) {
            add(connection, tool, organisationId, counted.get(), -1);
            try (PreparedStatement statement = connection.prepareStatement("update comparison_round"
                    + " set counted = false, country = null, government_level = null, sector = null,"
                    + " size_band = null where tool = ? and organisation_id = ?")) {
                statement.setString(1, tool);
                statement.setLong(2, organisationId);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Adds the organisation's kept round of the tool to the figures when the organisation is opted in, with its
     * present characteristics; call after its {@code comparison_round}/{@code _score} rows were written, or after
     * {@link #withdraw} when its sharing changed.
     */
    public void contribute(Connection connection, String tool, long organisationId) throws SQLException {
        lock(connection);
        try (PreparedStatement statement = connection.prepareStatement("update comparison_round set counted = true,"
                + " country = (select o.country from organisation o where o.id = ?),"
                + " government_level = (select o.government_level from organisation o where o.id = ?),"
                + " sector = (select o.sector from organisation o where o.id = ?),"
                + " size_band = (select o.size_band from organisation o where o.id = ?)"
                + " where tool = ? and organisation_id = ? and counted = false and exists (select 1 from"
                + " organisation o where o.id = ? and o.benchmark_opt_in = true)")) {
            for (int p = 1; p <= 4; p++) {
                statement.setLong(p, organisationId);
            }
            statement.setString(5, tool);
            statement.setLong(6, organisationId);
            statement.setLong(7, organisationId);
            if (statement.executeUpdate() == 0) {
                return;
            }
        }
        add(connection, tool, organisationId, countedWith(connection, tool, organisationId).orElseThrow(), 1);
    }

    /** The tools of which the organisation has a kept round. */
    public List<String> tools(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select tool from comparison_round"
                + " where organisation_id = ? order by tool")) {
            statement.setLong(1, organisationId);
            List<String> tools = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tools.add(rows.getString(1));
                }
            }
            return tools;
        }
    }

    private static Optional<Attributes> countedWith(Connection connection, String tool, long organisationId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select country, government_level, sector,"
                + " size_band from comparison_round where tool = ? and organisation_id = ? and counted = true")) {
            statement.setString(1, tool);
            statement.setLong(2, organisationId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Attributes(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4))) : Optional.empty();
            }
        }
    }

    /** Adds {@code delta} to every bucket the round falls in: batched updates, then inserts of missing buckets. */
    private static void add(Connection connection, String tool, long organisationId, Attributes attributes,
            int delta) throws SQLException {
        List<String> nodes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select node_id, score from comparison_score"
                + " where tool = ? and organisation_id = ?")) {
            statement.setString(1, tool);
            statement.setLong(2, organisationId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    nodes.add(rows.getString(1));
                    scores.add(rows.getDouble(2));
                }
            }
        }
        List<String> keys = keys(attributes);
        List<Object[]> counts = new ArrayList<>();
        for (String key : keys) {
            counts.add(new Object[] {key, ROUND});
            for (String node : nodes) {
                counts.add(new Object[] {key, node});
            }
        }
        List<Object[]> buckets = new ArrayList<>();
        for (String key : keys.subList(0, PeerGroup.values().length)) {
            for (int n = 0; n < nodes.size(); n++) {
                buckets.add(new Object[] {key, nodes.get(n), scores.get(n)});
            }
        }
        upsert(connection, "update comparison_count set organisations = organisations + ? where tool = ?"
                + " and peer_key = ? and node_id = ?", "insert into comparison_count (organisations, tool, peer_key,"
                + " node_id) values (?, ?, ?, ?)", tool, delta, counts);
        upsert(connection, "update comparison_histogram set organisations = organisations + ? where tool = ?"
                + " and peer_key = ? and node_id = ? and score = ?", "insert into comparison_histogram"
                + " (organisations, tool, peer_key, node_id, score) values (?, ?, ?, ?, ?)", tool, delta, buckets);
    }

    private static void upsert(Connection connection, String update, String insert, String tool, int delta,
            List<Object[]> rows) throws SQLException {
        int[] updated;
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Object[] row : rows) {
                bind(statement, tool, delta, row);
                statement.addBatch();
            }
            updated = statement.executeBatch();
        }
        if (delta < 0) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            boolean any = false;
            for (int r = 0; r < rows.size(); r++) {
                if (updated[r] == 0) {
                    bind(statement, tool, delta, rows.get(r));
                    statement.addBatch();
                    any = true;
                }
            }
            if (any) {
                statement.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, String tool, int delta, Object[] row)
            throws SQLException {
        statement.setLong(1, delta);
        statement.setString(2, tool);
        statement.setString(3, (String) row[0]);
        statement.setString(4, (String) row[1]);
        if (row.length > 2) {
            statement.setDouble(5, (Double) row[2]);
        }
    }
}
