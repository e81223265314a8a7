package org.cokit.report.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Measures streaming an answer export (CSV and XLSX) of N submissions of CoReady's questionnaire, read from an H2
 * file database with the application's query and written to a stream that only counts bytes. A program, not a
 * test (timings on shared machines make poor assertions); figures and how to run it are in docs/benchmarks.md.
 * Arguments: the number of submissions (default 1000) and of measured rounds (default 5).
 */
public final class ExportMeasurement {

    private ExportMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Questionnaire questionnaire = new QuestionnaireRegistry("questionnaires").read().definitions().stream()
                .filter(q -> q.id().equals("coready")).reduce((a, b) -> b).orElseThrow();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:./target/export-measurement-" + submissions + ";CACHE_SIZE=8192");
        fill(dataSource, questionnaire, submissions);
        SubmittedAnswers answers = new SubmittedAnswers(dataSource);
        AnswerColumns columns = AnswerColumns.of(questionnaire);
        System.out.printf("%d submissions x %d questions (%d columns), max heap %d MB%n", submissions,
                questionnaire.questions().size(), columns.header().size(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (String format : List.of("csv", "xlsx")) {
            for (int i = 0; i < 3; i++) {
                run(format, answers, columns);
            }
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            long bytes = 0;
            long peak = 0;
            for (int i = 0; i < rounds; i++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                bytes = run(format, answers, columns);
                times.add((System.nanoTime() - start) / 1_000_000);
                cpu.add((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
                peak = Math.max(peak, peakHeap());
            }
            Collections.sort(times);
            Collections.sort(cpu);
            System.out.printf("%s: median %d ms (min %d, max %d), CPU time of the exporting thread median %d ms, over"
                    + " %d rounds; %d bytes, peak heap %d MB%n", format, times.get(times.size() / 2), times.get(0),
                    times.get(times.size() - 1), cpu.get(cpu.size() / 2), rounds, bytes, peak / (1024 * 1024));
        }
    }

    private static long run(String format, SubmittedAnswers answers, AnswerColumns columns) {
        Counting out = new Counting();
        if (format.equals("csv")) {
            try (Csv csv = Csv.to(out)) {
                csv.line(columns.header());
                answers.forEach(1, 1, row -> csv.line(line(columns, row)));
            }
        } else {
            new AnswersWorkbook(out, columns).write(each -> answers.forEach(1, 1,
                    row -> each.accept(line(columns, row))), List.of(List.of("column")), List.of());
        }
        return out.count;
    }

    private static List<String> line(AnswerColumns columns, SubmittedAnswers.Row row) {
        return columns.line(AnswerColumns.pseudonym(row.number()), row.submittedAt(), row.answers(), row.comments());
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The three tables the export reads, with every question answered and every fifth answer commented. */
    private static void fill(JdbcDataSource dataSource, Questionnaire questionnaire, int submissions) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop all objects");
            s.execute("create table assessment (id bigint primary key, organisation_id bigint not null)");
            s.execute("create table submission (id bigint primary key, assessment_id bigint not null, status"
                    + " varchar(10) not null, started_at timestamp(6) with time zone not null, submitted_at"
                    + " timestamp(6) with time zone)");
            s.execute("create index submission_assessment_ix on submission (assessment_id)");
            s.execute("create table answer (id bigint primary key, submission_id bigint not null, question_id"
                    + " varchar(80) not null, answer_value varchar(5000), answer_comment varchar(2000))");
            s.execute("create unique index answer_submission_question_uq on answer (submission_id, question_id)");
            s.execute("insert into assessment values (1, 1)");
            c.setAutoCommit(false);
            try (PreparedStatement sub = c.prepareStatement("insert into submission values (?, 1, 'SUBMITTED', ?, ?)");
                    PreparedStatement ans = c.prepareStatement("insert into answer values (?, ?, ?, ?, ?)")) {
                long answerId = 0;
                Instant start = Instant.parse("2026-01-01T08:00:00Z");
                for (int n = 1; n <= submissions; n++) {
                    sub.setLong(1, n);
                    sub.setTimestamp(2, Timestamp.from(start.plusSeconds(n)));
                    sub.setTimestamp(3, Timestamp.from(start.plusSeconds(n + 3600)));
                    sub.addBatch();
                    int q = 0;
                    for (Question question : questionnaire.questions()) {
                        ans.setLong(1, ++answerId);
                        ans.setLong(2, n);
                        ans.setString(3, question.id());
                        ans.setString(4, value(question, n + q));
                        ans.setString(5, (n + q++) % 5 == 0 ? "Comment " + n + ", with \"quotes\" and a comma" : null);
                        ans.addBatch();
                    }
                    sub.executeBatch();
                    ans.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static String value(Question question, int seed) {
        return switch (question.type()) {
            case YES_NO -> seed % 3 == 0 ? "no" : "yes";
            case SCALE, SINGLE, MULTI -> question.options().get(seed % question.options().size()).id();
            case NUMBER -> Integer.toString(seed % 1000);
            default -> "Free text of answer " + seed;
        };
    }

    /** An output stream that keeps nothing. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
