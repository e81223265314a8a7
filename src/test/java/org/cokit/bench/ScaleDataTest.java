package org.cokit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The scale-data generator on a small database: the rows every part promises, scored and kept for comparison. H2 in
 * memory by default; PostgreSQL with {@code -Dscale-data.jdbc-url=...} (and {@code .user}, {@code .password}), whose
 * public schema it drops first.
 */
class ScaleDataTest {

    private static final String PG_URL = System.getProperty("scale-data.jdbc-url");
    private static final String USER = PG_URL == null ? "sa" : System.getProperty("scale-data.user", "cokit");
    private static final String PASSWORD = PG_URL == null ? "" : System.getProperty("scale-data.password", "cokit");

    @Test
    void generatesOrganisationsWithScoredRoundsAndComparisonTables() throws SQLException {
        String url = PG_URL != null ? PG_URL : "jdbc:h2:mem:scale-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        if (PG_URL != null) {
            try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
        }
        ScaleData.Summary summary = ScaleData.generate(url, USER, PASSWORD, 30, 4, 42, 10);
        int coready = ScaleRounds.questionnaire("coready").questions().size();
        int coserve = ScaleRounds.questionnaire("coserve").questions().size();
        int staff = ScaleRounds.questionnaire("comaster").forRole("staff").questions().size();
        int user = ScaleRounds.questionnaire("comaster").forRole("user").questions().size();
        int partner = ScaleRounds.questionnaire("comaster").forRole("partner").questions().size();
        assertEquals(54, coready);
        assertTrue(staff > 0 && user > 0 && partner > 0 && staff != user, staff + " " + user + " " + partner);
        int nodes = ScaleRounds.ruleSet("coready").attributes().size();
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD)) {
            assertEquals(30, count(connection, "select count(*) from organisation"));
            assertEquals(190, count(connection, "select count(*) from member"));
            assertEquals(120, count(connection, "select count(*) from service"));
            long closedCoready = count(connection, "select count(*) from assessment where tool = 'coready'"
                    + " and status = 'CLOSED'");
            assertTrue(closedCoready >= 31 && closedCoready <= 61, "rounds: " + closedCoready);
            long comaster = 30 * (2L * staff + 2L * user + partner);
            assertEquals((closedCoready - 1) * 5 * coready + 4 * 5 * ((coready + 1) / 2) + 120 * 3 * coserve
                    + comaster + 10 * coready, count(connection, "select count(*) from answer"));
            assertEquals(summary.rows().get("answer"), count(connection, "select count(*) from answer"));
            assertEquals(closedCoready + 120 + 30, count(connection, "select count(distinct assessment_id)"
                    + " from node_result"));

            // CoMaster: one closed round each, two staff members and three anonymous participants through its link
            assertEquals(30, count(connection, "select count(*) from assessment where tool = 'comaster'"
                    + " and status = 'CLOSED'"));
            assertEquals(30, count(connection, "select count(*) from participant_link"));
            assertEquals(60, count(connection, "select count(*) from submission where participant_role = 'staff'"
                    + " and member_id is not null and link_id is null"));
            assertEquals(90, count(connection, "select count(*) from submission where participant_role in"
                    + " ('user', 'partner') and member_id is null and link_id is not null"
                    + " and access_hash is not null"));
            // each role answered only what it is asked
            assertEquals(30L * 2 * user, count(connection, "select count(*) from answer a join submission s"
                    + " on s.id = a.submission_id where s.participant_role = 'user'"));
            assertEquals(30L * partner, count(connection, "select count(*) from answer a join submission s"
                    + " on s.id = a.submission_id where s.participant_role = 'partner'"));
            assertEquals(comaster, count(connection, "select count(*) from answer a join submission s"
                    + " on s.id = a.submission_id join assessment r on r.id = s.assessment_id"
                    + " where r.tool = 'comaster'"));

            // CoNew: the chosen service's journey of five stages, a link and 50 annotations each
            assertEquals(30, count(connection, "select count(*) from service_choice"));
            assertEquals(30, count(connection, "select count(*) from journey j join service_choice c"
                    + " on c.service_id = j.service_id and c.organisation_id = j.organisation_id"));
            assertEquals(150, count(connection, "select count(*) from journey_stage"));
            assertEquals(150, count(connection, "select count(*) from journey_touchpoint"));
            assertEquals(30, count(connection, "select count(*) from journey_link"));
            assertEquals(1500, count(connection, "select count(*) from annotation"));
            long published = count(connection, "select count(*) from annotation where status = 'PUBLISHED'");
            assertTrue(published > 1100 && published < 1300, "published: " + published);
            for (String status : new String[] {"PENDING", "HIDDEN", "MERGED"}) {
                assertTrue(count(connection, "select count(*) from annotation where status = '" + status + "'") > 0,
                        status);
            }
            assertEquals(0, count(connection, "select count(*) from annotation a join annotation m"
                    + " on m.id = a.merged_into_id where m.status <> 'PUBLISHED' or m.journey_id <> a.journey_id"));
            assertEquals(0, count(connection, "select count(*) from annotation where feeling is null"
                    + " and problem is null and idea is null"));
            assertTrue(count(connection, "select count(distinct feeling) from annotation") == 5);
            long votes = count(connection, "select count(*) from annotation_vote");
            assertTrue(votes > 100, "votes: " + votes);
            assertEquals(votes, count(connection, "select count(*) from annotation_vote v join annotation a"
                    + " on a.id = v.annotation_id where a.status = 'PUBLISHED' and a.idea is not null"));

            // the export benchmark's round: the first organisation's, ten submissions, not its latest
            assertEquals(10, summary.export().submissions());
            assertEquals(10, count(connection, "select count(*) from submission where assessment_id = "
                    + summary.export().assessment() + " and status = 'SUBMITTED'"));
            assertEquals(0, count(connection, "select count(*) from comparison_round where assessment_id = "
                    + summary.export().assessment()));
            assertEquals(0, count(connection, "select count(*) from assessment a where a.tool = 'coready'"
                    + " and a.status = 'CLOSED' and (select count(*) from node_result n where n.assessment_id = a.id)"
                    + " <> " + nodes));
            // each organisation's latest round per tool is kept, and the peer tables count the opted-in ones
            assertEquals(90, count(connection, "select count(*) from comparison_round"));
            assertEquals(count(connection, "select count(*) from organisation where benchmark_opt_in = true"),
                    count(connection, "select organisations from comparison_count where tool = 'coready'"
                            + " and peer_key = 'all' and node_id = ''"));
            assertEquals(count(connection, "select count(*) from organisation where benchmark_opt_in = true"),
                    count(connection, "select organisations from comparison_count where tool = 'comaster'"
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
