package org.cokit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The scale-data generator on a small H2 database: the rows every part promises, scored and kept for comparison. */
class ScaleDataTest {

    @Test
    void generatesOrganisationsWithScoredRoundsAndComparisonTables() throws SQLException {
        String url = "jdbc:h2:mem:scale-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        ScaleData.Summary summary = ScaleData.generate(url, "sa", "", 30, 4, 42);
        int coready = ScaleRounds.questionnaire("coready").questions().size();
        int coserve = ScaleRounds.questionnaire("coserve").questions().size();
        int nodes = ScaleRounds.ruleSet("coready").attributes().size();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(30, count(connection, "select count(*) from organisation"));
            assertEquals(180, count(connection, "select count(*) from member"));
            assertEquals(120, count(connection, "select count(*) from service"));
            long closedCoready = count(connection, "select count(*) from assessment where tool = 'coready'"
                    + " and status = 'CLOSED'");
            assertTrue(closedCoready >= 30 && closedCoready <= 60, "rounds: " + closedCoready);
            assertEquals(closedCoready * 5 * coready + 4 * 5 * ((coready + 1) / 2) + 120 * 3 * coserve,
                    count(connection, "select count(*) from answer"));
            assertEquals(summary.rows().get("answer"), count(connection, "select count(*) from answer"));
            assertEquals(closedCoready + 120, count(connection, "select count(distinct assessment_id)"
                    + " from node_result"));
            assertEquals(0, count(connection, "select count(*) from assessment a where a.tool = 'coready'"
                    + " and a.status = 'CLOSED' and (select count(*) from node_result n where n.assessment_id = a.id)"
                    + " <> " + nodes));
            // each organisation's latest round per tool is kept, and the peer tables count the opted-in ones
            assertEquals(60, count(connection, "select count(*) from comparison_round"));
            assertEquals(count(connection, "select count(*) from organisation where benchmark_opt_in = true"),
                    count(connection, "select organisations from comparison_count where tool = 'coready'"
                            + " and peer_key = 'all' and node_id = ''"));
            assertEquals(0, count(connection, "select count(*) from comparison_refresh where stale = true"));
            assertEquals(20, summary.drafts().size());
            assertEquals(20, count(connection, "select count(*) from submission where status = 'DRAFT'"));
            assertTrue(count(connection, "select count(distinct score) from comparison_score") > 1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
