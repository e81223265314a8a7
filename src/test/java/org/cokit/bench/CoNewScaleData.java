package org.cokit.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * CoNew for every organisation: the choice of its first CoServe service, that service's journey of five stages (one
 * touchpoint each), a public link, and {@link #ANNOTATIONS} annotations through it with varied feelings, problems
 * and ideas, most published, some pending, hidden or merged; published ideas get a few votes.
 */
public class CoNewScaleData implements ScaleDataPart {

    /** Annotations per organisation's journey. */
    public static final int ANNOTATIONS = 50;
    private static final String[] STAGES = {"Finding out", "Applying", "Waiting", "Receiving", "Following up"};
    private static final String[] CHANNELS = {"web", "email", "post", "phone", "office"};
    private static final String[] PROBLEMS = {"The form asked for the same data twice.",
            "Nobody told me how long it would take.", "The page did not work on my phone.",
            "I had to come in person during working hours.", "The letter used words I did not understand."};
    private static final String[] IDEAS = {"Send a text message when the decision is made.",
            "Fill in what the office already knows.", "Offer appointments in the evening.",
            "Show the expected waiting time on the website.", "Write the letters in plain language."};
    private static final String[] LANGUAGES = {"en", "sl", "hr", "da"};

    @Override
    public String name() {
        return "conew";
    }

    @Override
    public void fill(ScaleChunk chunk) throws SQLException {
        // prepared in reference order: each batch runs after those of the rows it references
        PreparedStatement choice = chunk.batch("insert into service_choice (id, organisation_id, service_id, reason,"
                + " chosen_by, chosen_at) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement journey = chunk.batch("insert into journey (id, organisation_id, service_id, title, persona,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement stage = chunk.batch("insert into journey_stage (id, journey_id, place, name, user_action)"
                + " values (?, ?, ?, ?, ?)");
        PreparedStatement touchpoint = chunk.batch("insert into journey_touchpoint (id, stage_id, place, name, channel)"
                + " values (?, ?, ?, ?, ?)");
        PreparedStatement link = chunk.batch("insert into journey_link (id, journey_id, label, channel, token_hash,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement annotation = chunk.batch("insert into annotation (id, journey_id, stage_id, link_id,"
                + " feeling, problem, idea, language, status, hidden_reason, merged_into_id, moderated_by,"
                + " moderated_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement vote = chunk.batch("insert into annotation_vote (id, annotation_id, voter_hash, created_at)"
                + " values (?, ?, ?, ?)");
        SplittableRandom random = chunk.random();
        for (ScaleChunk.GeneratedOrganisation organisation : chunk.organisations()) {
            List<Long> services = chunk.services(organisation.id());
            if (services.isEmpty()) {
                continue;
            }
            long service = services.get(0);
            String coordinator = ScaleChunk.email(organisation.coordinator());
            Timestamp chosen = chunk.day(430);
            choice.setLong(1, chunk.nextId("service_choice"));
            choice.setLong(2, organisation.id());
            choice.setLong(3, service);
            choice.setString(4, "Highest need for renewal.");
            choice.setString(5, coordinator);
            choice.setTimestamp(6, chosen);
            choice.addBatch();
            chunk.wrote("service_choice", 1);
            long journeyId = chunk.nextId("journey");
            journey.setLong(1, journeyId);
            journey.setLong(2, organisation.id());
            journey.setLong(3, service);
            journey.setString(4, "Applying for the service");
            journey.setString(5, "A resident applying for the first time.");
            journey.setString(6, coordinator);
            journey.setTimestamp(7, chunk.day(440));
            journey.addBatch();
            chunk.wrote("journey", 1);
            long[] stages = new long[STAGES.length];
            for (int p = 0; p < STAGES.length; p++) {
                stages[p] = chunk.nextId("journey_stage");
                stage.setLong(1, stages[p]);
                stage.setLong(2, journeyId);
                stage.setInt(3, p + 1);
                stage.setString(4, STAGES[p]);
                stage.setString(5, "What the user does: " + STAGES[p].toLowerCase(java.util.Locale.ROOT) + ".");
                stage.addBatch();
                touchpoint.setLong(1, chunk.nextId("journey_touchpoint"));
                touchpoint.setLong(2, stages[p]);
                touchpoint.setInt(3, 1);
                touchpoint.setString(4, "Touchpoint " + (p + 1));
                touchpoint.setString(5, CHANNELS[p]);
                touchpoint.addBatch();
            }
            chunk.wrote("journey_stage", STAGES.length);
            chunk.wrote("journey_touchpoint", STAGES.length);
            long linkId = chunk.nextId("journey_link");
            link.setLong(1, linkId);
            link.setLong(2, journeyId);
            link.setString(3, "Website");
            link.setString(4, "web");
            link.setString(5, String.format("%064x", linkId));
            link.setString(6, coordinator);
            link.setTimestamp(7, chunk.day(441));
            link.addBatch();
            chunk.wrote("journey_link", 1);
            List<Long> published = new ArrayList<>();
            for (int a = 0; a < ANNOTATIONS; a++) {
                long id = chunk.nextId("annotation");
                Timestamp at = chunk.day(442 + a / 5);
                int kind = random.nextInt(4);   // feeling only, with a problem, with an idea, with both
                int status = random.nextInt(100);
                String statusId = status < 80 ? "PUBLISHED" : status < 90 ? "PENDING" : status < 97 || published
                        .isEmpty() ? "HIDDEN" : "MERGED";
                annotation.setLong(1, id);
                annotation.setLong(2, journeyId);
                annotation.setLong(3, stages[random.nextInt(stages.length)]);
                annotation.setLong(4, linkId);
                if (kind != 0 && random.nextInt(5) == 0) {
                    annotation.setNull(5, Types.INTEGER);
                } else {
                    annotation.setInt(5, 1 + random.nextInt(5));
                }
                annotation.setString(6, kind == 1 || kind == 3 ? PROBLEMS[random.nextInt(PROBLEMS.length)] : null);
                String idea = kind >= 2 ? IDEAS[random.nextInt(IDEAS.length)] : null;
                annotation.setString(7, idea);
                annotation.setString(8, LANGUAGES[random.nextInt(LANGUAGES.length)]);
                annotation.setString(9, statusId);
                annotation.setString(10, "HIDDEN".equals(statusId) ? "Off topic." : null);
                if ("MERGED".equals(statusId)) {
                    annotation.setLong(11, published.get(random.nextInt(published.size())));
                } else {
                    annotation.setNull(11, Types.BIGINT);
                }
                annotation.setString(12, "PENDING".equals(statusId) ? null : coordinator);
                annotation.setTimestamp(13, "PENDING".equals(statusId) ? null : at);
                annotation.setTimestamp(14, at);
                annotation.addBatch();
                chunk.wrote("annotation", 1);
                if ("PUBLISHED".equals(statusId)) {
                    published.add(id);
                    int votes = idea == null ? 0 : random.nextInt(4);
                    for (int v = 0; v < votes; v++) {
                        vote.setLong(1, chunk.nextId("annotation_vote"));
                        vote.setLong(2, id);
                        vote.setString(3, String.format("%063x%d", id, v));
                        vote.setTimestamp(4, at);
                        vote.addBatch();
                    }
                    chunk.wrote("annotation_vote", votes);
                }
            }
        }
    }
}
