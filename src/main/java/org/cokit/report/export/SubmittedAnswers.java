package org.cokit.report.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads an assessment's submitted answers one submission at a time from a single forward-only query, so an export
 * of any size holds one submission in memory. The caller has checked that the assessment belongs to the
 * organisation the caller may access; the query is still bound to that organisation.
 */
@ApplicationScoped
public class SubmittedAnswers {

    /** Rows fetched from the database per round trip. */
    static final int FETCH_SIZE = 500;

    private static final String QUERY = "select s.id, s.submitted_at, a.question_id, a.answer_value, a.answer_comment"
            + " from submission s join assessment x on x.id = s.assessment_id"
            + " left join answer a on a.submission_id = s.id"
            + " where s.assessment_id = ? and x.organisation_id = ? and s.status = 'SUBMITTED'"
            + " order by s.started_at, s.id";

    /** One submission: its number in the export (from 1), when it was submitted, and its answers and comments. */
    public record Row(int number, Instant submittedAt, Map<String, String> answers, Map<String, String> comments) {
    }

    private final DataSource dataSource;

    @Inject
    public SubmittedAnswers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Over any data source, e.g. for measuring an export without the application. */
    SubmittedAnswers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Calls {@code each} for every submitted submission, in the order respondents started. */
    public void forEach(long organisationId, long assessmentId, Consumer<Row> each) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction; otherwise it reads every row first.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, assessmentId);
                statement.setLong(2, organisationId);
                read(statement, each);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the answers of assessment " + assessmentId + " failed", e);
        }
    }

    private static void read(PreparedStatement statement, Consumer<Row> each) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            long current = -1;
            int number = 0;
            Instant submittedAt = null;
            Map<String, String> answers = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            while (rows.next()) {
                long id = rows.getLong(1);
                if (id != current) {
                    if (current != -1) {
                        each.accept(new Row(number, submittedAt, answers, comments));
                        answers = new HashMap<>();
                        comments = new HashMap<>();
                    }
                    current = id;
                    number++;
                    OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
                    submittedAt = at == null ? null : at.toInstant();
                }
                String question = rows.getString(3);
                if (question != null) {
                    answers.put(question, rows.getString(4));
                    String comment = rows.getString(5);
                    if (comment != null && !comment.isBlank()) {
                        comments.put(question, comment);
                    }
                }
            }
            if (current != -1) {
                each.accept(new Row(number, submittedAt, answers, comments));
            }
        }
    }
}
