package org.cokit.comparison;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of one comparison (the four statements {@link ComparisonService} runs: the asked assessment's nodes,
 * the organisation's characteristics, its groups' counts, the chosen group's histograms; not the HTTP layer) over a
 * database holding {@code organisations} organisations, 90% opted in, each with a latest closed round of the tool and half of them with an earlier one too, 16 nodes and 40 inputs
 * per round (like CoReady: 1 + 3 + 12 nodes), spread over 10 countries, 3 levels, 10 sectors and 4 size bands.
 * Each call asks for a different organisation's round and the next of the five peer groups (all, country, level,
 * sector, size). JMH samples every call, so the output shows the p0.95.
 *
 * <p>Runs on an embedded H2 database migrated by the application's Flyway scripts, as CoKit runs by default; give
 * {@code -Dcomparison.jdbc-url=jdbc:postgresql://... -Dcomparison.user=... -Dcomparison.password=...} (through
 * JMH's {@code -jvmArgsAppend}) to measure an empty PostgreSQL database instead. Run with
 * {@code ./mvnw -B -Pbenchmarks -DskipTests test -Djmh.args="ComparisonBenchmark"}; figures in
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ComparisonBenchmark {

    private static final String TOOL = "coready";
    private static final int NODES = 16;
    private static final int INPUTS = 40;
    private static final String[] COUNTRIES = {"SI", "HR", "DK", "AT", "DE", "IT", "FR", "ES", "PL", "NL"};
    private static final String[] LEVELS = {"NATIONAL", "REGIONAL", "LOCAL"};
    private static final String[] SECTORS = {"GENERAL_ADMINISTRATION", "ECONOMIC_AFFAIRS", "ENVIRONMENT",
            "HOUSING_AND_COMMUNITY", "HEALTH", "CULTURE_AND_RECREATION", "EDUCATION", "SOCIAL_PROTECTION",
            "PUBLIC_ORDER_AND_SAFETY", "OTHER"};
    private static final String[] SIZES = {"UP_TO_49", "FROM_50_TO_249", "FROM_250_TO_999", "FROM_1000"};

    @Param({"1000", "10000", "50000"})
    public int organisations;

    private Connection connection;
    private final PeerStatistics statistics = new PeerStatistics();
    private long[] latestRounds;
    private int next;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        String url = System.getProperty("comparison.jdbc-url", "jdbc:h2:mem:comparison-" + organisations
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("comparison.user", "cokit");
        String password = System.getProperty("comparison.password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        latestRounds = new long[organisations];
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        long nodeId = 1;
        long assessmentId = 1;
        try (PreparedStatement organisation = connection.prepareStatement("insert into organisation (id, name,"
                + " name_key, country, government_level, sector, size_band, language, benchmark_opt_in, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'EN', ?, ?)");
                PreparedStatement assessment = connection.prepareStatement("insert into assessment (id,"
                        + " organisation_id, tool, status, questionnaire_id, questionnaire_version, rule_set_id,"
                        + " rule_set_version, created_by, created_at, opened_at, closed_at, respondents)"
                        + " values (?, ?, ?, 'CLOSED', 'coready', 1, 'coready', 1, 'bench', ?, ?, ?, 3)");
                PreparedStatement node = connection.prepareStatement("insert into node_result (id, assessment_id,"
                        + " node_id, is_input, level_min, level_max, score) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int o = 1; o <= organisations; o++) {
                organisation.setLong(1, o);
                organisation.setString(2, "Organisation " + o);
                organisation.setString(3, "organisation " + o);
                organisation.setString(4, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                organisation.setString(5, LEVELS[random.nextInt(LEVELS.length)]);
                organisation.setString(6, SECTORS[random.nextInt(SECTORS.length)]);
                organisation.setString(7, SIZES[random.nextInt(SIZES.length)]);
                organisation.setBoolean(8, random.nextInt(10) != 0);
                organisation.setTimestamp(9, Timestamp.from(start));
                organisation.addBatch();
                int rounds = random.nextBoolean() ? 2 : 1;
                for (int r = 0; r < rounds; r++) {
                    Timestamp closed = Timestamp.from(start.plusSeconds(86_400L * (r * 365 + random.nextInt(300))));
                    assessment.setLong(1, assessmentId);
                    assessment.setLong(2, o);
                    assessment.setString(3, TOOL);
                    assessment.setTimestamp(4, closed);
                    assessment.setTimestamp(5, closed);
                    assessment.setTimestamp(6, closed);
                    assessment.addBatch();
                    for (int n = 0; n < NODES + INPUTS; n++) {
                        int level = random.nextInt(4);
                        node.setLong(1, nodeId++);
                        node.setLong(2, assessmentId);
                        node.setString(3, (n < NODES ? "node-" : "input-") + n);
                        node.setBoolean(4, n >= NODES);
                        node.setInt(5, level);
                        node.setInt(6, level);
                        node.setDouble(7, n < NODES ? Math.round(random.nextDouble() * 1000) / 10.0 : level * 100.0 / 3);
                        node.addBatch();
                    }
                    latestRounds[o - 1] = assessmentId++;
                }
                if (o % 500 == 0) {
                    organisation.executeBatch();
                    assessment.executeBatch();
                    node.executeBatch();
                    connection.commit();
                }
            }
            organisation.executeBatch();
            assessment.executeBatch();
            node.executeBatch();
            connection.commit();
        }
        // as LatestRounds records each organisation's latest round when it closes
        try (PreparedStatement round = connection.prepareStatement(LatestRounds.KEEP_ROUND);
                PreparedStatement scores = connection.prepareStatement(LatestRounds.KEEP_SCORES)) {
            for (long latest : latestRounds) {
                round.setLong(1, latest);
                round.addBatch();
                scores.setLong(1, latest);
                scores.addBatch();
            }
            round.executeBatch();
            scores.executeBatch();
            connection.commit();
        }
        // as the application does at start-up after a bulk load
        new PeerTables().rebuild(connection);
        connection.commit();
        try (Statement analyse = connection.createStatement()) {
            analyse.execute("analyze");
        }
        connection.commit();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    /** One comparison of the next organisation's latest round with the next of its five peer groups. */
    @Benchmark
    public Object compare() throws SQLException {
        int o = next++ % organisations;
        long assessment = latestRounds[o];
        List<PeerStatistics.OwnNode> own = statistics.ownNodes(connection, assessment);
        PeerTables.Attributes attributes = statistics.attributes(connection, o + 1);
        Map<String, PeerCounts> counts = statistics.counts(connection, TOOL, attributes);
        PeerGroup group = PeerGroup.values()[next % PeerGroup.values().length];
        Object figures = statistics.nodeStatistics(connection, TOOL, attributes, counts, own, group);
        connection.commit();
        return new Object[] {own, counts, figures};
    }
}
