package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.answers.Answer;
import org.cokit.engine.answers.AnswersRequest;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentRequest;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.Submission;
import org.cokit.engine.answers.SubmissionService;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.engine.participation.ParticipantLinkRequest;
import org.cokit.engine.participation.ParticipationService;
import org.cokit.organisation.Caller;
import org.cokit.organisation.DemoActors;
import org.cokit.organisation.DemoDataCreated;
import org.cokit.organisation.Organisation;
import org.jboss.logging.Logger;

/**
 * CoMaster's demo data: each demo organisation gets two closed assessments of its co-creation, about fourteen
 * months and about three weeks ago. The organisation's three staff members answer as staff; four service users and
 * two partners answer anonymously through a participant link, all through the engine's services.
 *
 * <p>Each round states, per role and dimension (in the questionnaire's order), the answer its participants lean to;
 * participant {@code p} of a role answers that plus one, the same or minus one in turn ({@code (p + d) % 3}), kept
 * within 1-5, so every role's mean moves a little and the roles disagree where the leanings are far apart.
 */
@ApplicationScoped
public class CoMasterDemoData {

    private static final Logger LOG = Logger.getLogger(CoMasterDemoData.class);

    private static final int USERS = 4;
    private static final int PARTNERS = 2;

    /**
     * Per organisation two rounds; per round staff, user and partner leanings for the nine dimensions (inclusiveness,
     * equality, authenticity, transparency, process design, trust, legitimacy, accountability, learning).
     */
    private static final Map<String, int[][][]> ROUNDS = Map.of(
            // staff see the process more favourably than users, most of all on inclusion and influence; the second
            // round closed the gap on inclusion and raised accountability
            "Demo City", new int[][][] {
                {{4, 4, 4, 3, 4, 4, 4, 3, 3}, {2, 3, 2, 3, 3, 3, 3, 2, 3}, {3, 3, 3, 3, 4, 4, 4, 3, 3}},
                {{4, 4, 5, 4, 4, 5, 4, 4, 4}, {4, 4, 3, 4, 4, 4, 4, 4, 3}, {4, 4, 4, 4, 4, 4, 4, 4, 4}}},
            // a first attempt with weak transparency and follow-through, then a better second process
            "Demo Region", new int[][][] {
                {{3, 3, 3, 2, 3, 3, 4, 2, 2}, {2, 2, 2, 2, 3, 3, 3, 1, 2}, {3, 3, 2, 2, 3, 3, 3, 2, 2}},
                {{4, 3, 4, 3, 4, 4, 4, 3, 3}, {3, 3, 3, 3, 4, 4, 3, 3, 3}, {4, 3, 4, 3, 4, 4, 4, 3, 3}}});

    private final AssessmentService assessments;
    private final SubmissionService submissions;
    private final ParticipationService participation;
    private final DemoActors actors;
    private final QuestionnaireRegistry questionnaires;
    private final ToolRegistry tools;
    private final Clock clock;

    public CoMasterDemoData(AssessmentService assessments, SubmissionService submissions,
            ParticipationService participation, DemoActors actors, QuestionnaireRegistry questionnaires,
            ToolRegistry tools, Clock clock) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.participation = participation;
        this.actors = actors;
        this.questionnaires = questionnaires;
        this.tools = tools;
        this.clock = clock;
    }

    /** Runs inside the transaction that created the demo organisations. */
    void addRounds(@Observes DemoDataCreated created) {
        if (tools.find(CoMasterTool.ID).isEmpty()) {
            return; // an installation without CoMaster's questionnaire does not offer the tool
        }
        actors.acting(() -> {
            for (Organisation organisation : created.organisations()) {
                if (ROUNDS.containsKey(organisation.name)) {
                    addRounds(organisation, ROUNDS.get(organisation.name));
                }
            }
        });
        LOG.info("Demo CoMaster assessments created");
    }

    private void addRounds(Organisation organisation, int[][][] rounds) {
        List<Caller> staff = actors.staff(organisation);
        Caller coordinator = staff.get(0);
        Instant now = clock.instant();
        Instant firstOpened = now.minus(Duration.ofDays(430));
        round(coordinator, staff, rounds[0], "Co-creation quality " + year(firstOpened), firstOpened);
        Instant secondOpened = now.minus(Duration.ofDays(35));
        round(coordinator, staff, rounds[1], "Co-creation quality " + year(secondOpened), secondOpened);
    }

    /** One round: opened by the coordinator, answered by staff and through a link by users and partners, closed. */
    private void round(Caller coordinator, List<Caller> staff, int[][] leanings, String title, Instant opened) {
        Questionnaire questionnaire = questionnaires.find(CoMasterTool.ID).orElseThrow();
        Assessment assessment = actors.as(coordinator, () -> {
            Assessment created = assessments.create(new AssessmentRequest(CoMasterTool.ID, null, title));
            return assessments.open(created.id).orElseThrow();
        });
        for (int p = 0; p < staff.size(); p++) {
            int person = p;
            actors.as(staff.get(p), () -> {
                long submission = submissions.start(assessment.id, "staff").orElseThrow().submission().id();
                answer(submission, questionnaire.forRole("staff"), leanings[0], person);
                return submission;
            });
        }
        String token = actors.as(coordinator, () -> participation.issue(assessment.id, new ParticipantLinkRequest(
                List.of("user", "partner"), "Participants of the renewal workshops", null)).orElseThrow().token());
        anonymous(token, "user", USERS, questionnaire.forRole("user"), leanings[1]);
        anonymous(token, "partner", PARTNERS, questionnaire.forRole("partner"), leanings[2]);
        actors.as(coordinator, () -> assessments.close(assessment.id).orElseThrow());
        assessment.createdAt = opened.minus(Duration.ofDays(3));
        assessment.openedAt = opened;
        assessment.closedAt = opened.plus(Duration.ofDays(18));
        List<Submission> answered = Submission.list("assessment", assessment);
        for (int s = 0; s < answered.size(); s++) {
            Submission submission = answered.get(s);
            submission.startedAt = opened.plus(Duration.ofHours(6L + s * 30L));
            submission.submittedAt = submission.startedAt.plus(Duration.ofMinutes(20 + s));
            submission.updatedAt = submission.submittedAt;
            Answer.update("updatedAt = ?1 where submission = ?2", submission.submittedAt, submission);
        }
    }

    private void anonymous(String token, String role, int people, Questionnaire seen, int[] leanings) {
        for (int p = 0; p < people; p++) {
            String resume = participation.start(token, role).orElseThrow();
            long submission = participation.resume(resume).orElseThrow();
            answer(submission, seen, leanings, p);
        }
    }

    private void answer(long submission, Questionnaire seen, int[] leanings, int person) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Section> all = questionnaires.find(CoMasterTool.ID).orElseThrow().sections();
        for (Section section : seen.sections()) {
            int d = all.indexOf(all.stream().filter(s -> s.id().equals(section.id())).findFirst().orElseThrow());
            int shift = 1 - (person + d) % 3;
            int value = Math.max(1, Math.min(5, leanings[d] + shift));
            section.questions().forEach(q -> answers.put(q.id(), String.valueOf(value)));
        }
        submissions.save(submission, new AnswersRequest(answers, null, null));
        submissions.submit(submission).orElseThrow();
    }

    private static int year(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).getYear();
    }
}
