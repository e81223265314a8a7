package org.cokit.bench;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cokit.comparison.PeerTables;
import org.flywaydb.core.Flyway;

/**
 * Fills a database (H2 or PostgreSQL, migrated here by the application's Flyway scripts) with {@code N}
 * organisations for load tests: each with a coordinator and five respondents, and what every {@link ScaleDataPart}
 * adds (CoReady rounds, CoServe services and rounds, CoMaster rounds with participant roles, CoNew journeys with
 * annotations); then the comparison's latest rounds and peer tables. Plain JDBC with batched inserts, committed
 * per chunk of organisations, by one writer per processor. Run by {@code .bench/run}, or:
 * <pre>
 * java -cp ... org.cokit.bench.ScaleData --url jdbc:h2:file:./data/scale --organisations 10000 [--user u]
 *     [--password p] [--open-rounds 40] [--drafts target/scale-drafts.tsv] [--seed 42]
 *     [--export-submissions 1000 --export-file target/export.tsv]
 * </pre>
 */
public final class ScaleData {

    /** The password of every generated member. */
    public static final String PASSWORD = "scale-data";
    private static final int CHUNK = 250;
    private static final String[] COUNTRIES = {"SI", "HR", "DK", "AT", "DE", "IT", "FR", "ES", "PL", "NL"};
    private static final String[] LEVELS = {"NATIONAL", "REGIONAL", "LOCAL"};
    private static final String[] SECTORS = {"GENERAL_ADMINISTRATION", "ECONOMIC_AFFAIRS", "ENVIRONMENT",
            "HOUSING_AND_COMMUNITY", "HEALTH", "CULTURE_AND_RECREATION", "EDUCATION", "SOCIAL_PROTECTION",
            "PUBLIC_ORDER_AND_SAFETY", "OTHER"};
    private static final String[] SIZES = {"UP_TO_49", "FROM_50_TO_249", "FROM_250_TO_999", "FROM_1000"};
    private static final String[] LANGUAGES = {"EN", "SL", "HR", "DA"};

    private ScaleData() {
    }

    /**
     * What a run wrote: rows per table, the draft submissions (member id, submission id) it opened, and the round
     * written for the export benchmark (null without one).
     */
    public record Summary(Map<String, Long> rows, List<long[]> drafts, long millis, ExportRound export) {
    }

    /** A closed CoReady round with many submissions, and the coordinator who may export it. */
    public record ExportRound(long assessment, String coordinator, int submissions) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--user", "cokit", "--password", "",
                "--organisations", "10000", "--open-rounds", "40", "--seed", "42", "--export-submissions", "0"));
        for (int a = 0; a + 1 < args.length; a += 2) {
            options.put(args[a], args[a + 1]);
        }
        if (!options.containsKey("--url")) {
            System.err.println("usage: ScaleData --url <jdbc url> [--user u] [--password p] [--organisations n]"
                    + " [--open-rounds n] [--drafts file] [--seed n] [--export-submissions n --export-file file]");
            System.exit(2);
        }
        Summary summary = generate(options.get("--url"), options.get("--user"), options.get("--password"),
                Integer.parseInt(options.get("--organisations")), Integer.parseInt(options.get("--open-rounds")),
                Long.parseLong(options.get("--seed")), Integer.parseInt(options.get("--export-submissions")));
        if (options.containsKey("--drafts")) {
            writeDrafts(Path.of(options.get("--drafts")), summary.drafts());
        }
        if (options.containsKey("--export-file") && summary.export() != null) {
            Files.writeString(Path.of(options.get("--export-file")), summary.export().coordinator() + "\t"
                    + summary.export().assessment() + "\t" + summary.export().submissions() + "\n");
        }
        System.out.printf("generated in %.1f s: %s%n", summary.millis() / 1000.0, new TreeMap<>(summary.rows()));
    }

    /**
     * Migrates the database and adds {@code organisations} generated organisations to it, in chunks shared out
     * between one writer per processor (at most four), each on its own connection.
     */
    public static Summary generate(String url, String user, String password, int organisations, int openRounds,
            long seed) throws SQLException {
        return generate(url, user, password, organisations, openRounds, seed, 0);
    }

    /**
     * As {@link #generate(String, String, String, int, int, long)}, and with {@code exportSubmissions} above 0 the
     * first organisation also gets that many more respondents and an earlier closed CoReady round answered by all
     * of them (the export benchmark's).
     */
    public static Summary generate(String url, String user, String password, int organisations, int openRounds,
            long seed, int exportSubmissions) throws SQLException {
        long began = System.currentTimeMillis();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        List<ScaleDataPart> parts = new ArrayList<>();
        ServiceLoader.load(ScaleDataPart.class).forEach(parts::add);
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        Map<String, Long> rows = new ConcurrentHashMap<>();
        List<long[]> drafts = Collections.synchronizedList(new ArrayList<>());
        List<ExportRound> export = Collections.synchronizedList(new ArrayList<>());
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        ScaleRounds.questionnaire("coready");
        ScaleRounds.ruleSet("coready");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            ScaleIds ids = new ScaleIds(connection);
            long first = ids.reserve("organisation", organisations);
            AtomicInteger nextChunk = new AtomicInteger();
            int writers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                running.add(pool.submit(() -> {
                    write(url, user, password, organisations, openRounds, seed, parts, hash, rows, drafts, start, ids,
                            first, nextChunk, exportSubmissions, export);
                    return null;
                }));
            }
            pool.shutdown();
            try {
                for (Future<?> writer : running) {
                    writer.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a writer failed", e.getCause());
            }
            latestRounds(connection, first, first + organisations - 1);
            new PeerTables().rebuild(connection);
            ids.moveSequences();
            connection.commit();
        }
        return new Summary(rows, drafts, System.currentTimeMillis() - began, export.isEmpty() ? null : export.get(0));
    }

    /** One writer: takes the next chunk of organisations until none is left; each chunk has a random of its own. */
    private static void write(String url, String user, String password, int organisations, int openRounds, long seed,
            List<ScaleDataPart> parts, String hash, Map<String, Long> rows, List<long[]> drafts, Instant start,
            ScaleIds ids, long first, AtomicInteger nextChunk, int exportSubmissions, List<ExportRound> export)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            Map<String, PreparedStatement> statements = new LinkedHashMap<>();
            for (int from = nextChunk.getAndAdd(CHUNK); from < organisations; from = nextChunk.getAndAdd(CHUNK)) {
                List<ScaleChunk.GeneratedOrganisation> chunkOrganisations = new ArrayList<>();
                ScaleChunk chunk = new ScaleChunk(connection, ids, new SplittableRandom(seed * 1_000_003 + from),
                        statements, rows, chunkOrganisations, start, openRounds, drafts);
                for (int o = from; o < Math.min(organisations, from + CHUNK); o++) {
                    chunkOrganisations.add(organisation(chunk, first + o, o, hash));
                }
                for (ScaleDataPart part : parts) {
                    part.fill(chunk);
                }
                if (from == 0 && exportSubmissions > 0) {
                    export.add(exportRound(chunk, chunkOrganisations.get(0), exportSubmissions, hash));
                }
                for (PreparedStatement statement : statements.values()) {
                    statement.executeBatch();
                }
                connection.commit();
            }
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }

    private static ExportRound exportRound(ScaleChunk chunk, ScaleChunk.GeneratedOrganisation organisation,
            int submissions, String hash) throws SQLException {
        long[] respondents = new long[submissions];
        for (int r = 0; r < submissions; r++) {
            respondents[r] = member(chunk, organisation.id(), "RESPONDENT", hash);
        }
        // closed before the organisation's other CoReady rounds, so its latest round (and the comparison) stays
        long assessment = ScaleRounds.round(chunk, organisation.id(), "coready", null, "Readiness (export)",
                organisation.coordinator(), respondents, 5, false, 0.5);
        return new ExportRound(assessment, ScaleChunk.email(organisation.coordinator()), submissions);
    }

    private static ScaleChunk.GeneratedOrganisation organisation(ScaleChunk chunk, long id, int index, String hash)
            throws SQLException {
        PreparedStatement organisation = chunk.batch("insert into organisation (id, name, name_key, country,"
                + " government_level, sector, size_band, language, benchmark_opt_in, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        String name = "Scale Organisation " + id;
        organisation.setLong(1, id);
        organisation.setString(2, name);
        organisation.setString(3, name.toLowerCase(java.util.Locale.ROOT));
        organisation.setString(4, COUNTRIES[chunk.random().nextInt(COUNTRIES.length)]);
        organisation.setString(5, LEVELS[chunk.random().nextInt(LEVELS.length)]);
        organisation.setString(6, SECTORS[chunk.random().nextInt(SECTORS.length)]);
        organisation.setString(7, SIZES[chunk.random().nextInt(SIZES.length)]);
        organisation.setString(8, LANGUAGES[chunk.random().nextInt(LANGUAGES.length)]);
        organisation.setBoolean(9, chunk.random().nextInt(10) != 0);
        organisation.setTimestamp(10, chunk.day(0));
        organisation.addBatch();
        chunk.wrote("organisation", 1);
        long coordinator = member(chunk, id, "COORDINATOR", hash);
        long[] respondents = new long[5];
        for (int r = 0; r < respondents.length; r++) {
            respondents[r] = member(chunk, id, "RESPONDENT", hash);
        }
        return new ScaleChunk.GeneratedOrganisation(id, index, coordinator, respondents);
    }

    private static long member(ScaleChunk chunk, long organisation, String role, String hash) throws SQLException {
        long id = chunk.nextId("member");
        PreparedStatement member = chunk.batch("insert into member (id, organisation_id, email, display_name,"
                + " password_hash, created_at) values (?, ?, ?, ?, ?, ?)");
        member.setLong(1, id);
        member.setLong(2, organisation);
        member.setString(3, ScaleChunk.email(id));
        member.setString(4, "Member " + id);
        member.setString(5, hash);
        member.setTimestamp(6, chunk.day(0));
        member.addBatch();
        PreparedStatement roles = chunk.batch("insert into member_role (member_id, role) values (?, ?)");
        roles.setLong(1, id);
        roles.setString(2, role);
        roles.addBatch();
        chunk.wrote("member", 1);
        return id;
    }

    /** As the application keeps them when rounds close: each generated organisation's latest closed round per tool. */
    private static void latestRounds(Connection connection, long first, long last) throws SQLException {
        String generated = " between " + first + " and " + last;
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into comparison_round (tool, organisation_id, assessment_id)"
                    + " select a.tool, a.organisation_id, max(a.id) from assessment a where a.status = 'CLOSED'"
                    + " and a.organisation_id" + generated
                    + " and a.closed_at = (select max(b.closed_at) from assessment b where b.tool = a.tool"
                    + " and b.organisation_id = a.organisation_id and b.status = 'CLOSED')"
                    + " group by a.tool, a.organisation_id");
            statement.executeUpdate("insert into comparison_score (tool, node_id, organisation_id, assessment_id,"
                    + " score) select r.tool, nr.node_id, r.organisation_id, r.assessment_id, nr.score"
                    + " from comparison_round r join node_result nr on nr.assessment_id = r.assessment_id"
                    + " where r.organisation_id" + generated + " and nr.is_input = false and nr.score is not null");
        }
    }

    private static void writeDrafts(Path file, List<long[]> drafts) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (long[] draft : drafts) {
            lines.append(ScaleChunk.email(draft[0])).append('\t').append(draft[1]).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, lines);
        // what the load tests answer and show: CoReady's question ids, its largest section and that section's size
        org.cokit.engine.definition.Questionnaire coready = ScaleRounds.questionnaire("coready");
        Files.writeString(Path.of(file + ".questions"), String.join("\n", coready.questions().stream()
                .map(org.cokit.engine.definition.Question::id).toList()) + "\n");
        org.cokit.engine.definition.Section largest = coready.sections().stream()
                .max(java.util.Comparator.comparingInt(section -> section.questions().size())).orElseThrow();
        Files.writeString(Path.of(file + ".section"), largest.id() + "\t" + largest.questions().size() + "\n");
    }
}
