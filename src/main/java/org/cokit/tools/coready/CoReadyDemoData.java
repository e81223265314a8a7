package org.cokit.tools.coready;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.cokit.engine.definition.Question;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.organisation.Caller;
import org.cokit.organisation.DemoActors;
import org.cokit.organisation.DemoDataCreated;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.Role;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.roadmap.RoadmapRequest;
import org.cokit.scoring.roadmap.RoadmapService;
import org.jboss.logging.Logger;

/**
 * CoReady's demo data: each demo organisation gets two closed rounds, about a year and about a month ago, answered
 * by its coordinator and respondents through the engine's services (so the answers are checked as anyone's), and
 * Demo City adopted two of the first round's recommended actions in between.
 *
 * <p>Each round states how many criteria of each subcategory the group says Yes to. The three people differ: per
 * subcategory one says Yes to one more criterion, one to exactly that many and one to one fewer (sometimes "don't
 * know" instead of No), so the group's answer (a strict majority) is the stated count and the results show
 * disagreement. With the readiness tables the rounds come out as: Demo City partly-ready, then ready; Demo Region
 * not-ready, then partly-ready.
 */
@ApplicationScoped
public class CoReadyDemoData {

    private static final Logger LOG = Logger.getLogger(CoReadyDemoData.class);

    /** Yes counts per subcategory, in the questionnaire's order (org 5, staff 5, context 5 subcategories). */
    private static final Map<String, int[][]> ROUNDS = Map.of(
            // first round: organisation 3x1 + 0 + 0 + 2x1 + 0 = 5 -> medium; staff 3x1 + 0 + 2x1 + 2x1 + 0 = 7 ->
            // medium; context 3x1 + 2x1 + 0 + 1x1 + 0 = 6 -> medium; readiness partly-ready. Second round:
            // organisation 3x2 + 2x2 + 2x1 + 2x1 + 1x1 = 15 -> high; staff 3 + 2 + 2 + 4 + 1 = 12 -> medium;
            // context 6 + 2 + 2 + 1 + 2 = 13 -> medium; readiness ready.
            "Demo City", new int[][] {
                {3, 1, 1, 2, 1, 2, 0, 2, 2, 0, 2, 2, 1, 2, 1},
                {4, 3, 2, 3, 2, 3, 2, 2, 3, 2, 3, 2, 2, 2, 2}},
            // first round: organisation 0 + 0 + 2 + 2 + 0 = 4 -> low; staff 0 + 0 + 0 + 2 + 0 = 2 -> low; context
            // 0 + 2 + 2 + 1 + 2 = 7 -> medium; readiness not-ready. Second round: organisation 3 + 2 + 2 + 2 + 0 = 9
            // -> medium; staff 3 + 2 + 0 + 2 + 1 = 8 -> medium; context as before, medium; readiness partly-ready.
            "Demo Region", new int[][] {
                {1, 1, 2, 2, 0, 1, 1, 1, 2, 1, 1, 2, 2, 2, 3},
                {3, 2, 2, 3, 1, 3, 2, 1, 2, 2, 1, 2, 2, 2, 3}});

    private final AssessmentService assessments;
    private final SubmissionService submissions;
    private final RoadmapService roadmap;
    private final DemoActors actors;
    private final QuestionnaireRegistry questionnaires;
    private final ToolRegistry tools;
    private final Clock clock;

    public CoReadyDemoData(AssessmentService assessments, SubmissionService submissions, RoadmapService roadmap,
            DemoActors actors, QuestionnaireRegistry questionnaires, ToolRegistry tools, Clock clock) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.roadmap = roadmap;
        this.actors = actors;
        this.questionnaires = questionnaires;
        this.tools = tools;
        this.clock = clock;
    }

    /** Runs inside the transaction that created the demo organisations. */
    void addRounds(@Observes DemoDataCreated created) {
        if (tools.find(CoReadyTool.ID).isEmpty()) {
            return; // an installation without CoReady's questionnaire does not offer the tool
        }
        actors.acting(() -> {
            for (Organisation organisation : created.organisations()) {
                if (ROUNDS.containsKey(organisation.name)) {
                    addRounds(organisation, ROUNDS.get(organisation.name));
                }
            }
        });
        LOG.info("Demo CoReady rounds created");
    }

    private void addRounds(Organisation organisation, int[][] rounds) {
        List<Caller> people = actors.staff(organisation);
        Caller coordinator = people.stream().filter(c -> c.has(Role.COORDINATOR)).findFirst().orElseThrow();
        Instant now = clock.instant();
        Instant firstOpened = now.minus(Duration.ofDays(380));
        Assessment first = round(coordinator, people, rounds[0], "Readiness " + year(firstOpened), firstOpened,
                Duration.ofDays(16));
        if (organisation.name.equals("Demo City")) {
            adopted(coordinator, organisation, first, "standing-stakeholder-committee", "Head of Citizen Services",
                    "done", first.closedAt.plus(Duration.ofDays(10)), now.minus(Duration.ofDays(150)));
            adopted(coordinator, organisation, first, "training-in-participatory-methods", "Human Resources",
                    "in-progress", first.closedAt.plus(Duration.ofDays(12)), null);
        }
        Instant secondOpened = now.minus(Duration.ofDays(44));
        round(coordinator, people, rounds[1], "Readiness " + year(secondOpened), secondOpened, Duration.ofDays(14));
    }

    /** One round: created and opened by the coordinator, answered and submitted by everyone, then closed. */
    private Assessment round(Caller coordinator, List<Caller> people, int[] yesCounts, String title, Instant opened,
            Duration open) {
        Assessment assessment = actors.as(coordinator, () -> {
            Assessment created = assessments.create(new AssessmentRequest(CoReadyTool.ID, null, title));
            return assessments.open(created.id).orElseThrow();
        });
        List<List<Question>> subcategories = subcategories();
        for (int p = 0; p < people.size(); p++) {
            int person = p;
            actors.as(people.get(p), () -> {
                long submission = submissions.start(assessment.id).orElseThrow().submission().id();
                submissions.save(submission, new AnswersRequest(answers(subcategories, yesCounts, person), null,
                        null));
                return submissions.submit(submission).orElseThrow();
            });
        }
        actors.as(coordinator, () -> assessments.close(assessment.id).orElseThrow());
        assessment.createdAt = opened.minus(Duration.ofDays(2));
        assessment.openedAt = opened;
        assessment.closedAt = opened.plus(open);
        List<Submission> answered = Submission.list("assessment", assessment);
        for (int s = 0; s < answered.size(); s++) {
            Submission submission = answered.get(s);
            submission.startedAt = opened.plus(Duration.ofDays(1 + s * 3L));
            submission.submittedAt = submission.startedAt.plus(Duration.ofHours(2 + s));
            submission.updatedAt = submission.submittedAt;
            Answer.update("updatedAt = ?1 where submission = ?2", submission.submittedAt, submission);
        }
        return assessment;
    }

    /**
     * The answers of person {@code person} (0, 1, 2, ...): per subcategory with {@code k} group Yes answers, the
     * person in turn says Yes to the first {@code k + 1}, {@code k} or {@code k - 1} criteria; the strictest one
     * answers "don't know" instead of No in every other subcategory.
     */
    private static Map<String, Object> answers(List<List<Question>> subcategories, int[] yesCounts, int person) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int s = 0; s < subcategories.size(); s++) {
            List<Question> questions = subcategories.get(s);
            int role = Math.floorMod(person - s, 3);
            int yes = Math.max(0, Math.min(questions.size(), yesCounts[s] + 1 - role));
            boolean unsure = role == 2 && s % 2 == 0;
            for (int q = 0; q < questions.size(); q++) {
                answers.put(questions.get(q).id(), q < yes ? "yes" : unsure ? "n/a" : "no");
            }
        }
        return answers;
    }

    /** The questionnaire's questions grouped by subcategory, the {@code <category>-<subcategory>} prefix. */
    private List<List<Question>> subcategories() {
        Map<String, List<Question>> grouped = new LinkedHashMap<>();
        for (Question question : questionnaires.find(CoReadyTool.ID).orElseThrow().questions()) {
            String[] parts = question.id().split("-");
            grouped.computeIfAbsent(parts[0] + "-" + parts[1], k -> new ArrayList<>()).add(question);
        }
        return List.copyOf(grouped.values());
    }

    private void adopted(Caller coordinator, Organisation organisation, Assessment assessment, String actionId,
            String owner, String status, Instant adoptedAt, Instant completedAt) {
        RoadmapAction action = actors.as(coordinator, () -> roadmap.adopt(assessment.id,
                new RoadmapRequest(actionId, owner, status, null), organisation.language).orElseThrow());
        action.createdAt = adoptedAt;
        action.completedAt = completedAt;
        Instant due = completedAt != null ? completedAt.plus(Duration.ofDays(14)) : clock.instant().plus(
                Duration.ofDays(90));
        action.dueDate = LocalDate.ofInstant(due, ZoneOffset.UTC);
    }

    private static int year(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).getYear();
    }
}
