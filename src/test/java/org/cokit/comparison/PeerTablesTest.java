package org.cokit.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kept peer tables against the pool itself, on an H2 database migrated by the application's scripts: after any
 * sequence of closing rounds, opting out and in, and deleting organisations, the incrementally kept tables equal a
 * rebuild from scratch, and the figures read from them equal SQL's own aggregates over the raw scores. Runs on
 * PostgreSQL too when given {@code -Dpeer-tables.jdbc-url}.
 */
class PeerTablesTest {

    private static final String TOOL = "tables";
    private static final String[] COUNTRIES = {"SI", "HR", "DK"};
    private static final String[] LEVELS = {"NATIONAL", "REGIONAL", "LOCAL"};
    private static final String[] SECTORS = {"HEALTH", "EDUCATION"};
    private static final String[] SIZES = {"UP_TO_49", "FROM_1000"};

    private final PeerTables tables = new PeerTables();
    private final PeerStatistics statistics = new PeerStatistics();
    private final SplittableRandom random = new SplittableRandom(7);
    private Connection connection;
    private long nextAssessment = 1;
    private long nextNode = 1;

    @BeforeEach
    void migrate() throws SQLException {
        // -Dpeer-tables.jdbc-url=jdbc:postgresql://... (with .user, .password) runs it on an expendable database
        String url = System.getProperty("peer-tables.jdbc-url", "jdbc:h2:mem:peer-tables-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("peer-tables.user", "sa");
        String password = System.getProperty("peer-tables.password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void keptTablesEqualARebuildAfterRoundsSharingAndDeletions() throws SQLException {
        assertTrue(tables.rebuildIfStale(connection), "a fresh migration leaves the tables to be rebuilt");
        assertFalse(tables.rebuildIfStale(connection));
        for (long o = 1; o <= 40; o++) {
            organisation(o, random.nextInt(5) != 0);
            close(o, random.nextInt(100));
        }
        for (long o = 1; o <= 40; o += 3) {
            close(o, 200 + random.nextInt(100)); // a later round replaces the kept one
        }
        close(2, -50); // an earlier round than the kept one changes nothing
        for (long o = 4; o <= 40; o += 5) {
            share(o, false);
        }
        share(9, true);
        share(10, true);
        withdrawAndDelete(7);
        withdrawAndDelete(8);
        Map<String, Long> kept = contents();
        assertTrue(kept.size() > 100, kept.toString());

        tables.markStale(connection);
        assertTrue(tables.rebuildIfStale(connection));
        assertEquals(contents(), kept);
    }

    @Test
    void figuresEqualSqlAggregatesOverTheRawScores() throws SQLException {
        for (long o = 1; o <= 60; o++) {
            organisation(o, random.nextInt(6) != 0);
            close(o, random.nextInt(100));
        }
        for (long o = 1; o <= 60; o += 7) {
            close(o, 150);
        }
        for (long asking = 1; asking <= 60; asking += 4) {
            PeerTables.Attributes attributes = statistics.attributes(connection, asking);
            Map<String, PeerCounts> counts = statistics.counts(connection, TOOL, attributes);
            List<PeerStatistics.OwnNode> own = statistics.ownNodes(connection, keptRound(asking));
            for (PeerGroup group : PeerGroup.values()) {
                Map<String, PeerStatistics.NodeStatistics> figures = statistics.nodeStatistics(connection, TOOL,
                        attributes, counts, own, group);
                for (PeerStatistics.OwnNode node : own) {
                    if (node.score() == null) {
                        continue;
                    }
                    double[] expected = aggregates(asking, group, node);
                    PeerStatistics.NodeStatistics actual = figures.get(node.nodeId());
                    String where = "organisation " + asking + ", " + group + ", " + node.nodeId();
                    assertEquals((long) expected[0], actual.counts().size(group), where);
                    assertEquals(expected[1], actual.lowerQuartile(), 1e-9, where);
                    assertEquals(expected[2], actual.median(), 1e-9, where);
                    assertEquals(expected[3], actual.upperQuartile(), 1e-9, where);
                    assertEquals((long) expected[4], actual.below(), where);
                    assertEquals((long) expected[5], actual.equal(), where);
                }
            }
            assertEquals(count("select count(*) from comparison_round r join organisation o on o.id ="
                    + " r.organisation_id where o.benchmark_opt_in = true and o.country = '" + attributes.country()
                    + "' and o.sector = '" + attributes.sector() + "'"),
                    counts.get(PeerTables.ROUND).inBoth(PeerGroup.COUNTRY, PeerGroup.SECTOR));
        }
    }

    @Test
    void quantilesInterpolateBetweenTheClosestRanks() {
        List<double[]> histogram = List.of(new double[] {10, 1}, new double[] {20, 2}, new double[] {40, 1});
        // scores 10 20 20 40: positions 0.75, 1.5, 2.25
        assertEquals(17.5, PeerStatistics.quantile(histogram, 4, 0.25), 1e-12);
        assertEquals(20.0, PeerStatistics.quantile(histogram, 4, 0.5), 1e-12);
        assertEquals(25.0, PeerStatistics.quantile(histogram, 4, 0.75), 1e-12);
        assertEquals(null, PeerStatistics.quantile(List.of(), 0, 0.5));
    }

    /** count, q1, median, q3, below, equal of the opted-in organisations' kept scores in the group, by SQL. */
    private double[] aggregates(long asking, PeerGroup group, PeerStatistics.OwnNode node) throws SQLException {
        String same = group == PeerGroup.ALL ? "" : " and o." + group.column() + " = me." + group.column();
        String sql = "select count(*), percentile_cont(0.25) within group (order by s.score),"
                + " percentile_cont(0.5) within group (order by s.score),"
                + " percentile_cont(0.75) within group (order by s.score),"
                + " count(case when s.score < ? then 1 end), count(case when s.score = ? then 1 end)"
                + " from comparison_score s join organisation o on o.id = s.organisation_id"
                + " join organisation me on me.id = ? where s.tool = ? and s.node_id = ?"
                + " and o.benchmark_opt_in = true" + same;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDouble(1, node.score());
            statement.setDouble(2, node.score());
            statement.setLong(3, asking);
            statement.setString(4, TOOL);
            statement.setString(5, node.nodeId());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new double[] {row.getLong(1), row.getDouble(2), row.getDouble(3), row.getDouble(4),
                        row.getLong(5), row.getLong(6)};
            }
        }
    }

    private void organisation(long id, boolean optIn) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into organisation (id, name, name_key,"
                + " country, government_level, sector, size_band, language, benchmark_opt_in, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'EN', ?, ?)")) {
            statement.setLong(1, id);
            statement.setString(2, "Organisation " + id);
            statement.setString(3, "organisation " + id);
            statement.setString(4, COUNTRIES[random.nextInt(COUNTRIES.length)]);
            statement.setString(5, LEVELS[random.nextInt(LEVELS.length)]);
            statement.setString(6, SECTORS[random.nextInt(SECTORS.length)]);
            statement.setString(7, SIZES[random.nextInt(SIZES.length)]);
            statement.setBoolean(8, optIn);
            statement.setTimestamp(9, Timestamp.from(Instant.EPOCH));
            statement.executeUpdate();
        }
    }

    /** A round closing on {@code day}, kept as {@link LatestRounds#record} keeps it. */
    private void close(long organisation, int day) throws SQLException {
        long assessment = nextAssessment++;
        Timestamp closed = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day));
        try (PreparedStatement statement = connection.prepareStatement("insert into assessment (id, organisation_id,"
                + " tool, status, questionnaire_id, questionnaire_version, created_by, created_at, closed_at)"
                + " values (?, ?, ?, 'CLOSED', 'q', 1, 'test', ?, ?)")) {
            statement.setLong(1, assessment);
            statement.setLong(2, organisation);
            statement.setString(3, TOOL);
            statement.setTimestamp(4, closed);
            statement.setTimestamp(5, closed);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("insert into node_result (id, assessment_id,"
                + " node_id, is_input, level_min, level_max, score) values (?, ?, ?, ?, 0, 0, ?)")) {
            for (int n = 0; n < 4; n++) {
                statement.setLong(1, nextNode++);
                statement.setLong(2, assessment);
                statement.setString(3, "node-" + n);
                statement.setBoolean(4, n == 3);
                // few distinct scores, as DEX levels give, so that ties occur; node-2 is sometimes missing
                if (n == 2 && random.nextInt(4) == 0) {
                    statement.setNull(5, java.sql.Types.DOUBLE);
                } else {
                    statement.setDouble(5, random.nextInt(5) * 25.0);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
        Long kept = keptRound(organisation);
        if (kept != null && count("select count(*) from assessment where id = " + kept + " and closed_at > '"
                + closed + "'") > 0) {
            return;
        }
        tables.withdraw(connection, TOOL, organisation);
        run("delete from comparison_score where tool = '" + TOOL + "' and organisation_id = " + organisation);
        run("delete from comparison_round where tool = '" + TOOL + "' and organisation_id = " + organisation);
        for (String sql : new String[] {LatestRounds.KEEP_ROUND, LatestRounds.KEEP_SCORES}) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, assessment);
                statement.executeUpdate();
            }
        }
        tables.contribute(connection, TOOL, organisation);
    }

    private void share(long organisation, boolean optIn) throws SQLException {
        run("update organisation set benchmark_opt_in = " + optIn + " where id = " + organisation);
        for (String tool : tables.tools(connection, organisation)) {
            tables.withdraw(connection, tool, organisation);
            tables.contribute(connection, tool, organisation);
        }
    }

    private void withdrawAndDelete(long organisation) throws SQLException {
        for (String tool : tables.tools(connection, organisation)) {
            tables.withdraw(connection, tool, organisation);
        }
        run("delete from comparison_score where organisation_id = " + organisation);
        run("delete from comparison_round where organisation_id = " + organisation);
    }

    private Long keptRound(long organisation) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select assessment_id from comparison_round where tool = '" + TOOL + "' and organisation_id = "
                        + organisation)) {
            return row.next() ? row.getLong(1) : null;
        }
    }

    /** Every non-zero count and histogram bucket. */
    private Map<String, Long> contents() throws SQLException {
        Map<String, Long> contents = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select peer_key, node_id, organisations"
                    + " from comparison_count where organisations > 0")) {
                while (rows.next()) {
                    contents.put("count " + rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("select peer_key, node_id, score, organisations"
                    + " from comparison_histogram where organisations > 0")) {
                while (rows.next()) {
                    contents.put("histogram " + rows.getString(1) + " " + rows.getString(2) + " "
                            + rows.getDouble(3), rows.getLong(4));
                }
            }
        }
        return contents;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
