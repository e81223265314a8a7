package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cokit.engine.answers.Answer;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentClosed;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.Submission;
import org.cokit.engine.answers.SubmissionStatus;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.organisation.DemoDataCreated;
import org.cokit.organisation.Member;
import org.cokit.organisation.Organisation;
import org.cokit.scoring.loading.RuleSetRegistry;

/**
 * Demo City's CoServe: four candidate services, each assessed by three members in a closed assessment, with
 * different suitability (two are highly suitable, their tie on level broken by score), and the first one chosen.
 */
@ApplicationScoped
public class CoServeDemoData {

    /** The questions in the questionnaire's order; each answer string below gives one letter per question. */
    private static final List<String> QUESTIONS = List.of("many-users", "profiles-known", "personal-needs",
            "many-complaints", "digital-users", "expert-matter", "open-data", "strategic", "regulated",
            "outcome-known", "own-authority", "resources", "continuity");

    /** A demo service and its three members' answers: y yes, n no, ? don't know. */
    private record Demo(String name, String description, String unit, long users, String channels,
            List<String> answers) {
    }

    private static final List<Demo> SERVICES = List.of(
            // group: all favourable but the outcome is already decided -> highly suitable, 99.40
            new Demo("Parking permits for residents", "Yearly permits for residents' parking zones in the centre.",
                    "Department for Transport", 9000, "web,office,post",
                    List.of("yyyyyn yynyyyy", "yyyyyn yynyyyy", "yyyyyn yynnyyy")),
            // group: all favourable but few complaints -> highly suitable, 99.31 (ties on level, ranks second)
            new Demo("Kindergarten enrolment", "Applications for a place in the city's kindergartens.",
                    "Department for Education", 1500, "web,email,office",
                    List.of("yyynyn yynnyyy", "yyyyyn yynnyyy", "yyynyn yynnyyy")),
            // group: users medium (3 of 6), organisation high -> suitable, 68.75
            new Demo("Bulky waste collection", "Collection of large household waste on request.",
                    "Utilities Office", 4000, "phone,web",
                    List.of("nnyynn yynnyyy", "nnyynn yynnyyy", "ynyynn yynnyyy")),
            // group: an expert, regulated matter with a decided outcome -> unsuitable, 7.44
            new Demo("Building permits", "Permits for new buildings and major renovations.",
                    "Department for Spatial Planning", 600, "office,post,email",
                    List.of("yynyny ynyynny", "yynyny ynyynny", "yynyny y?yynny")));

    private final Clock clock;
    private final QuestionnaireRegistry questionnaires;
    private final RuleSetRegistry ruleSets;
    private final Event<AssessmentClosed> closed;

    public CoServeDemoData(Clock clock, QuestionnaireRegistry questionnaires, RuleSetRegistry ruleSets,
            Event<AssessmentClosed> closed) {
        this.clock = clock;
        this.questionnaires = questionnaires;
        this.ruleSets = ruleSets;
        this.closed = closed;
    }

    void onDemoData(@Observes DemoDataCreated created) {
        if (questionnaires.find("coserve").isEmpty() || ruleSets.find("coserve").isEmpty()) {
            return;
        }
        created.organisations().stream().filter(o -> "Demo City".equals(o.name)).findFirst().ifPresent(this::create);
    }

    private void create(Organisation city) {
        Member coordinator = Member.find("email", "coordinator@demo-city").firstResult();
        List<Member> team = new ArrayList<>();
        for (String email : List.of("coordinator@demo-city", "respondent1@demo-city", "respondent2@demo-city")) {
            team.add(Member.find("email", email).firstResult());
        }
        Instant now = clock.instant();
        Service first = null;
        for (Demo demo : SERVICES) {
            Service service = new Service();
            service.organisation = city;
            service.name = demo.name();
            service.description = demo.description();
            service.responsibleUnit = demo.unit();
            service.approximateUsers = demo.users();
            service.channels = demo.channels();
            service.createdBy = coordinator.email;
            service.createdAt = now.minus(Duration.ofDays(30));
            service.persist();
            assess(city, service, team, demo.answers(), now);
            if (first == null) {
                first = service;
            }
        }
        ServiceChoice choice = new ServiceChoice();
        choice.organisation = city;
        choice.service = first;
        choice.reason = "Ranked first, and the parking policy is being revised this year anyway.";
        choice.chosenBy = coordinator.email;
        choice.chosenAt = now.minus(Duration.ofDays(10));
        choice.persist();
    }

    private void assess(Organisation city, Service service, List<Member> team, List<String> answers, Instant now) {
        Assessment assessment = new Assessment();
        assessment.organisation = city;
        assessment.tool = CoServeTool.ID;
        assessment.subjectId = service.id;
        assessment.title = service.name;
        assessment.questionnaireId = "coserve";
        assessment.questionnaireVersion = questionnaires.find("coserve").orElseThrow().version();
        assessment.ruleSetId = "coserve";
        assessment.ruleSetVersion = ruleSets.find("coserve").orElseThrow().version();
        assessment.createdBy = team.get(0).email;
        assessment.createdAt = now.minus(Duration.ofDays(21));
        assessment.openedAt = now.minus(Duration.ofDays(20));
        assessment.status = AssessmentStatus.CLOSED;
        assessment.closedAt = now.minus(Duration.ofDays(14));
        assessment.respondents = team.size();
        assessment.persist();
        for (int r = 0; r < team.size(); r++) {
            Submission submission = new Submission();
            submission.assessment = assessment;
            submission.member = team.get(r);
            submission.status = SubmissionStatus.SUBMITTED;
            submission.startedAt = now.minus(Duration.ofDays(19));
            submission.updatedAt = now.minus(Duration.ofDays(16));
            submission.submittedAt = submission.updatedAt;
            submission.persist();
            String letters = answers.get(r).replace(" ", "");
            for (int q = 0; q < QUESTIONS.size(); q++) {
                Answer answer = new Answer();
                answer.submission = submission;
                answer.questionId = QUESTIONS.get(q);
                answer.value = Map.of('y', "yes", 'n', "no", '?', "n/a").get(letters.charAt(q));
                answer.updatedAt = submission.updatedAt;
                answer.persist();
            }
        }
        closed.fire(new AssessmentClosed(assessment));
    }
}
