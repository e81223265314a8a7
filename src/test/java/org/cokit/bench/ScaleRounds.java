package org.cokit.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.ScoringAnswers;
import org.cokit.scoring.rules.ScoringResult;

/**
 * Writes assessment rounds as the application leaves them: submissions with one answer row per question, and for a
 * closed round its frozen result, scored by the shipped rule set from the respondents' most common answers (the
 * consensus the application scores).
 */
public final class ScaleRounds {

    private static final String ASSESSMENT = "insert into assessment (id, organisation_id, tool, subject_id, title,"
            + " status, questionnaire_id, questionnaire_version, rule_set_id, rule_set_version, created_by,"
            + " created_at, opened_at, closed_at, respondents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SUBMISSION = "insert into submission (id, assessment_id, member_id, status,"
            + " started_at, updated_at, submitted_at) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String ANSWER = "insert into answer (id, submission_id, question_id, answer_value,"
            + " updated_at) values (?, ?, ?, ?, ?)";
    // Role rounds use statements of their own: batches run in the order first prepared, and these rows reference
    // the participant link, prepared after the plain submission and answer statements.
    private static final String LINK = "insert into participant_link (id, assessment_id, token_hash, roles, label,"
            + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String ROLE_SUBMISSION = "insert into submission (id, assessment_id, member_id, status,"
            + " started_at, updated_at, submitted_at, participant_role, access_hash, link_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ROLE_ANSWER = "insert /* role rounds */ into answer (id, submission_id, question_id,"
            + " answer_value, updated_at) values (?, ?, ?, ?, ?)";
    private static final String NODE = "insert into node_result (id, assessment_id, node_id, is_input, level_min,"
            + " level_max, score) values (?, ?, ?, ?, ?, ?, ?)";

    private static Map<String, Questionnaire> questionnaires;
    private static Map<String, RuleSet> ruleSets;

    private ScaleRounds() {
    }

    /** The shipped questionnaire with the id (newest version), read from {@code questionnaires/}. */
    public static synchronized Questionnaire questionnaire(String id) {
        if (questionnaires == null) {
            questionnaires = new HashMap<>();
            for (Questionnaire q : new QuestionnaireLoader().loadAll(DefinitionFolder.directory(
                    Path.of("questionnaires")).yamlFiles()).questionnaires()) {
                questionnaires.merge(q.id(), q, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return Optional.ofNullable(questionnaires.get(id))
                .orElseThrow(() -> new IllegalArgumentException("no questionnaire " + id));
    }

    /** The shipped rule set with the id (newest version), read from {@code scoring-rules/}. */
    public static synchronized RuleSet ruleSet(String id) {
        if (ruleSets == null) {
            ruleSets = new HashMap<>();
            for (RuleSet r : new org.cokit.scoring.loading.RuleSetLoader().loadAll(DefinitionFolder.directory(
                    Path.of("scoring-rules")), q -> Optional.of(questionnaire(q))).ruleSets()) {
                ruleSets.merge(r.id(), r, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return Optional.ofNullable(ruleSets.get(id))
                .orElseThrow(() -> new IllegalArgumentException("no rule set " + id));
    }

    /**
     * Who answers in a generated round with participant roles: a member ({@code member} above 0, e.g. staff who
     * sign in) or an anonymous participant who came through the round's participant link ({@code member} 0).
     */
    public record Participant(long member, String role) {
    }

    /**
     * A round of {@code tool} on the questionnaire and rule set of the same id, answered by {@code respondents}:
     * closed on {@code day} (submitted answers, frozen result) or, with {@code open}, open with draft submissions
     * holding half of the answers. Returns the assessment id.
     */
    public static long round(ScaleChunk chunk, long organisation, String tool, Long subject, String title,
            long createdBy, long[] respondents, int day, boolean open, double favourable) throws SQLException {
        Questionnaire questionnaire = questionnaire(tool);
        RuleSet ruleSet = ruleSet(tool);
        long assessment = assessment(chunk, organisation, tool, subject, title, createdBy, respondents.length, day,
                open);
        Timestamp at = chunk.day(day);
        Map<String, Map<String, Integer>> given = new LinkedHashMap<>();
        PreparedStatement s = chunk.batch(SUBMISSION);
        PreparedStatement w = chunk.batch(ANSWER);
        for (long respondent : respondents) {
            long submission = chunk.nextId("submission");
            s.setLong(1, submission);
            s.setLong(2, assessment);
            s.setLong(3, respondent);
            s.setString(4, open ? "DRAFT" : "SUBMITTED");
            s.setTimestamp(5, at);
            s.setTimestamp(6, at);
            s.setTimestamp(7, open ? null : at);
            s.addBatch();
            chunk.wrote("submission", 1);
            if (open) {
                chunk.draft(respondent, submission);
            }
            answers(chunk, w, submission, questionnaire.questions(), open, at, favourable, given);
        }
        if (!open) {
            score(chunk, questionnaire, ruleSet, assessment, given);
        }
        return assessment;
    }

    /**
     * A closed round of {@code tool} (a questionnaire with participant roles) with a participant link for its
     * anonymous participants; each participant answers only the questions their role is asked. Returns the
     * assessment id.
     */
    public static long roleRound(ScaleChunk chunk, long organisation, String tool, String title, long createdBy,
            List<Participant> participants, int day, double favourable) throws SQLException {
        Questionnaire questionnaire = questionnaire(tool);
        RuleSet ruleSet = ruleSet(tool);
        long assessment = assessment(chunk, organisation, tool, null, title, createdBy, participants.size(), day,
                false);
        Timestamp at = chunk.day(day);
        long link = chunk.nextId("participant_link");
        PreparedStatement l = chunk.batch(LINK);
        l.setLong(1, link);
        l.setLong(2, assessment);
        l.setString(3, String.format("%064x", link));
        l.setString(4, participants.stream().map(Participant::role).distinct().filter(r -> !"staff".equals(r))
                .collect(java.util.stream.Collectors.joining(",")));
        l.setString(5, "Users and partners");
        l.setString(6, ScaleChunk.email(createdBy));
        l.setTimestamp(7, at);
        l.addBatch();
        chunk.wrote("participant_link", 1);
        Map<String, Map<String, Integer>> given = new LinkedHashMap<>();
        PreparedStatement s = chunk.batch(ROLE_SUBMISSION);
        PreparedStatement w = chunk.batch(ROLE_ANSWER);
        for (Participant participant : participants) {
            long submission = chunk.nextId("submission");
            s.setLong(1, submission);
            s.setLong(2, assessment);
            if (participant.member() > 0) {
                s.setLong(3, participant.member());
            } else {
                s.setNull(3, java.sql.Types.BIGINT);
            }
            s.setString(4, "SUBMITTED");
            s.setTimestamp(5, at);
            s.setTimestamp(6, at);
            s.setTimestamp(7, at);
            s.setString(8, participant.role());
            s.setString(9, participant.member() > 0 ? null : String.format("%064x", submission));
            if (participant.member() > 0) {
                s.setNull(10, java.sql.Types.BIGINT);
            } else {
                s.setLong(10, link);
            }
            s.addBatch();
            chunk.wrote("submission", 1);
            answers(chunk, w, submission, questionnaire.forRole(participant.role()).questions(), false, at,
                    favourable, given);
        }
        score(chunk, questionnaire, ruleSet, assessment, given);
        return assessment;
    }

    private static long assessment(ScaleChunk chunk, long organisation, String tool, Long subject, String title,
            long createdBy, int respondents, int day, boolean open) throws SQLException {
        Questionnaire questionnaire = questionnaire(tool);
        RuleSet ruleSet = ruleSet(tool);
        long assessment = chunk.nextId("assessment");
        Timestamp at = chunk.day(day);
        PreparedStatement a = chunk.batch(ASSESSMENT);
        a.setLong(1, assessment);
        a.setLong(2, organisation);
        a.setString(3, tool);
        if (subject == null) {
            a.setNull(4, java.sql.Types.BIGINT);
        } else {
            a.setLong(4, subject);
        }
        a.setString(5, title);
        a.setString(6, open ? "OPEN" : "CLOSED");
        a.setString(7, questionnaire.id());
        a.setInt(8, questionnaire.version());
        a.setString(9, ruleSet.id());
        a.setInt(10, ruleSet.version());
        a.setString(11, ScaleChunk.email(createdBy));
        a.setTimestamp(12, at);
        a.setTimestamp(13, at);
        a.setTimestamp(14, open ? null : at);
        if (open) {
            a.setNull(15, java.sql.Types.INTEGER);
        } else {
            a.setInt(15, respondents);
        }
        a.addBatch();
        chunk.wrote("assessment", 1);
        return assessment;
    }

    /** One submission's answers (only every other question in a draft), counted into {@code given}. */
    private static void answers(ScaleChunk chunk, PreparedStatement w, long submission, List<Question> questions,
            boolean open, Timestamp at, double favourable, Map<String, Map<String, Integer>> given)
            throws SQLException {
        for (int q = 0; q < questions.size(); q++) {
            if (open && q % 2 == 1) {
                continue;
            }
            String value = value(chunk, questions.get(q), favourable);
            w.setLong(1, chunk.nextId("answer"));
            w.setLong(2, submission);
            w.setString(3, questions.get(q).id());
            w.setString(4, value);
            w.setTimestamp(5, at);
            w.addBatch();
            chunk.wrote("answer", 1);
            given.computeIfAbsent(questions.get(q).id(), id -> new HashMap<>()).merge(value, 1, Integer::sum);
        }
    }

    /** The closed round's frozen result, scored from the most common answer to each question. */
    private static void score(ScaleChunk chunk, Questionnaire questionnaire, RuleSet ruleSet, long assessment,
            Map<String, Map<String, Integer>> given) throws SQLException {
        Map<String, String> consensus = new LinkedHashMap<>();
        given.forEach((question, counts) -> consensus.put(question, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        ScoringResult result = ruleSet.evaluate(ScoringAnswers.of(questionnaire, consensus));
        PreparedStatement n = chunk.batch(NODE);
        for (NodeResult node : result.nodes()) {
            node(chunk, n, assessment, node, false);
        }
        for (NodeResult node : result.inputs()) {
            node(chunk, n, assessment, node, true);
        }
    }

    private static void node(ScaleChunk chunk, PreparedStatement n, long assessment, NodeResult node, boolean input)
            throws SQLException {
        n.setLong(1, chunk.nextId("node_result"));
        n.setLong(2, assessment);
        n.setString(3, node.id());
        n.setBoolean(4, input);
        n.setInt(5, node.levelMin());
        n.setInt(6, node.levelMax());
        if (node.isKnown()) {
            n.setDouble(7, node.score());
        } else {
            n.setNull(7, java.sql.Types.DOUBLE);
        }
        n.addBatch();
        chunk.wrote("node_result", 1);
    }

    /** A plausible answer: favourable with the organisation's probability, "not applicable" now and then. */
    private static String value(ScaleChunk chunk, Question question, double favourable) {
        if (question.allowNotApplicable() && chunk.random().nextInt(20) == 0) {
            return "n/a";
        }
        if (question.type() == QuestionType.YES_NO) {
            return chunk.random().nextDouble() < favourable ? "yes" : "no";
        }
        if (!question.options().isEmpty()) {
            return question.options().get(chunk.random().nextInt(question.options().size())).id();
        }
        return question.type() == QuestionType.NUMBER ? String.valueOf(chunk.random().nextInt(100)) : "generated";
    }
}
