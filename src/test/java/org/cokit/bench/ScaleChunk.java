package org.cokit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a {@link ScaleDataPart} works on: a chunk of freshly written organisations with their members, the
 * connection, id counters that continue after the rows already in the database, and cached batched statements.
 */
public final class ScaleChunk {

    /** One generated organisation: its id, its coordinator's and its respondents' member ids. */
    public record GeneratedOrganisation(long id, int index, long coordinator, long[] respondents) {
    }

    private final Connection connection;
    private final ScaleIds ids;
    private final SplittableRandom random;
    private final Map<String, PreparedStatement> statements;
    private final Map<String, Long> written;
    private final List<GeneratedOrganisation> organisations;
    private final Instant start;
    private final int openRounds;
    private final List<long[]> drafts;
    private final Map<Long, List<Long>> services = new HashMap<>();

    ScaleChunk(Connection connection, ScaleIds ids, SplittableRandom random, Map<String, PreparedStatement> statements,
            Map<String, Long> written, List<GeneratedOrganisation> organisations, Instant start, int openRounds,
            List<long[]> drafts) {
        this.connection = connection;
        this.ids = ids;
        this.random = random;
        this.statements = statements;
        this.written = written;
        this.organisations = organisations;
        this.start = start;
        this.openRounds = openRounds;
        this.drafts = drafts;
    }

    /** The e-mail (login) of a generated member; every generated member's password is {@link ScaleData#PASSWORD}. */
    public static String email(long memberId) {
        return "member-" + memberId + "@scale.example";
    }

    /** Notes a draft submission of a member, listed for the load tests. */
    public void draft(long memberId, long submissionId) {
        drafts.add(new long[] {memberId, submissionId});
    }

    /** Notes a service written for an organisation, for parts that need one (CoNew's journeys). */
    public void service(long organisation, long service) {
        services.computeIfAbsent(organisation, o -> new ArrayList<>()).add(service);
    }

    /** The services written for an organisation in this chunk, in the order written. */
    public List<Long> services(long organisation) {
        return services.getOrDefault(organisation, List.of());
    }

    public List<GeneratedOrganisation> organisations() {
        return organisations;
    }

    public SplittableRandom random() {
        return random;
    }

    /** The next id of a table that uses {@code <table>_seq}. */
    public long nextId(String table) {
        return ids.next(table);
    }

    /** A time {@code days} days after the generated data's start. */
    public Timestamp day(int days) {
        return Timestamp.from(start.plusSeconds(86_400L * days));
    }

    /** How many organisations (the first ones) also get an open round with draft submissions, for load tests. */
    public int openRounds() {
        return openRounds;
    }

    /**
     * A batched statement, prepared once; the generator executes every batch at the end of each chunk, in the order
     * the statements were first prepared, so a row may only reference rows of statements prepared before its own.
     */
    public PreparedStatement batch(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Counts rows for the summary. */
    public void wrote(String table, long rows) {
        written.merge(table, rows, Long::sum);
    }
}
