package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentRequest;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.ParticipantView;
import org.cokit.engine.answers.SubmissionService;
import org.cokit.engine.answers.SubmissionView;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organisation's assessments, open ones first: respondents start or continue their own submission here, and
 * coordinators prepare, open and close assessments and see who has submitted (never what they answered).
 */
@Path("/assessments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AssessmentsPage {

    @Inject
    AssessmentService assessments;

    @Inject
    SubmissionService submissions;

    @Inject
    ToolRegistry tools;

    @Inject
    QuestionnaireRegistry questionnaires;

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    /** The caller's own submission in an assessment: where to go, and how far it is. */
    public record Own(String href, String actionKey, SubmissionPage.Progress progress, String submittedOn) {
    }

    public record Participant(String name, String statusKey) {
    }

    /** One assessment as the list shows it; the flags say which buttons this caller gets. */
    public record Row(long id, String title, String tool, String statusKey, String dateKey, String date, Own own,
            boolean canStart,
            boolean canOpen, boolean canClose, boolean showParticipants, List<Participant> participants,
            String submittedCount, String resultHref, String linksHref) {
    }

    public record ToolOption(String value, String label, String labelKey) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assessments(List<Row> assessments, boolean coordinator, List<ToolOption> tools,
                Form form, String notice, String problem);

        static native TemplateInstance close(long id, String title, int started, int submitted);
    }

    /** The list; {@code done} names what the redirect before it did, to confirm it. */
    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        Messages m = language.messages();
        String notice = done == null ? null : switch (done) {
            case "created" -> m.assessment_created();
            case "opened" -> m.assessment_opened();
            case "closed" -> m.assessment_closed();
            default -> null;
        };
        return page(Form.empty(), notice, null);
    }

    @POST
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response create(@RestForm String tool, @RestForm String title) {
        Form form = Form.empty().with("tool", tool).with("title", title);
        try {
            assessments.create(new AssessmentRequest(tool == null ? null : tool.trim(), null, title));
            return seeOther("/assessments?done=created");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(page(form, null, null)).build();
        }
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response open(@PathParam("id") long id) {
        try {
            assessments.open(id).orElseThrow(NotFoundException::new);
            return seeOther("/assessments?done=opened");
        } catch (ConflictException e) {
            return Response.status(409).entity(page(Form.empty(), null, language.messages().assessment_changed()))
                    .build();
        }
    }

    /** Asks before closing, with a plain page so it works without JavaScript. */
    @GET
    @Path("{id}/close")
    @RolesAllowed(Role.Names.COORDINATOR)
    public TemplateInstance confirmClose(@PathParam("id") long id) {
        Assessment assessment = assessments.find(id).orElseThrow(NotFoundException::new);
        List<ParticipantView> participants = submissions.participants(List.of(id)).getOrDefault(id, List.of());
        return Templates.close(id, title(assessment), participants.size(),
                (int) participants.stream().filter(ParticipantView::submitted).count());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response close(@PathParam("id") long id) {
        try {
            assessments.close(id).orElseThrow(NotFoundException::new);
            return seeOther("/assessments?done=closed");
        } catch (ConflictException e) {
            return Response.status(409).entity(page(Form.empty(), null, language.messages().assessment_changed()))
                    .build();
        }
    }

    /** The caller's submission in the assessment, created on the first click; then where they left off. */
    @POST
    @Path("{id}/submission")
    @RolesAllowed({Role.Names.RESPONDENT, Role.Names.COORDINATOR})
    public Response start(@PathParam("id") long id) {
        try {
            SubmissionService.Started started = submissions.start(id).orElseThrow(NotFoundException::new);
            return seeOther("/submissions/" + started.submission().id());
        } catch (ConflictException e) {
            return Response.status(409).entity(page(Form.empty(), null, language.messages().assessment_not_open()))
                    .build();
        }
    }

    private TemplateInstance page(Form form, String notice, String problem) {
        Caller caller = scope.caller().filter(c -> c.organisationId() != null).orElseThrow(NotFoundException::new);
        boolean coordinator = caller.has(Role.COORDINATOR);
        boolean answers = caller.has(Role.RESPONDENT) || coordinator;
        List<Assessment> found = assessments.list(null, null).stream()
                .filter(a -> coordinator || a.status != AssessmentStatus.DRAFT)
                .sorted(Comparator.comparingInt(AssessmentsPage::rank)).toList();
        Map<Long, SubmissionView> own = submissions.mine().stream()
                .collect(Collectors.toMap(SubmissionView::assessmentId, Function.identity()));
        Map<Long, List<ParticipantView>> participants = coordinator
                ? submissions.participants(found.stream().map(a -> a.id).toList()) : Map.of();
        List<Row> rows = found.stream().map(a -> row(a, own.get(a.id), answers, coordinator,
                participants.getOrDefault(a.id, List.of()))).toList();
        // a tool that assesses a subject (e.g. a service) starts its assessments from its own pages, with the subject
        List<ToolOption> toolOptions = tools.ids().stream()
                .filter(id -> tools.find(id).map(t -> !t.assessesSubject()).orElse(false))
                .map(id -> new ToolOption(id, language.toolName(id), null))
                .toList();
        return Templates.assessments(rows, coordinator, toolOptions, form, notice, problem);
    }

    private Row row(Assessment a, SubmissionView mine, boolean answers, boolean coordinator,
            List<ParticipantView> participants) {
        Messages m = language.messages();
        Own own = null;
        if (mine != null) {
            boolean submitted = !"draft".equals(mine.status());
            String actionKey = submitted || a.status != AssessmentStatus.OPEN ? "assessment_view" : "assessment_continue";
            own = new Own("/submissions/" + mine.id(), actionKey, new SubmissionPage.Progress(mine.answered(),
                    mine.visible(), mine.percent(), m.progress_text(mine.answered(), mine.visible())),
                    submitted ? language.formatDate(mine.submittedAt()) : null);
        }
        java.time.Instant since = switch (a.status) {
            case DRAFT -> a.createdAt;
            case OPEN -> a.openedAt;
            case CLOSED -> a.closedAt;
        };
        List<Participant> people = participants.stream().map(p -> new Participant(p.displayName(),
                p.submitted() ? "submission_status_submitted" : "submission_status_draft")).toList();
        long submitted = participants.stream().filter(ParticipantView::submitted).count();
        String status = a.status.name().toLowerCase();
        return new Row(a.id, title(a), language.toolName(a.tool), "assessment_status_" + status, "assessment_since_" + status,
                language.formatDate(since), own, mine == null && answers && a.status == AssessmentStatus.OPEN,
                coordinator && a.status == AssessmentStatus.DRAFT, coordinator && a.status == AssessmentStatus.OPEN,
                coordinator && a.status != AssessmentStatus.DRAFT, people,
                m.assessment_submitted_count((int) submitted, participants.size()), resultHref(a),
                coordinator ? linksHref(a) : null);
    }

    /** The participant links of an assessment whose questionnaire has participant roles (who may answer anonymously). */
    private String linksHref(Assessment a) {
        boolean roles = questionnaires.find(a.questionnaireId, a.questionnaireVersion)
                .map(org.cokit.engine.definition.Questionnaire::hasParticipantRoles).orElse(false);
        return roles && a.status != AssessmentStatus.DRAFT ? "/assessments/" + a.id + "/links" : null;
    }

    /** The result page, for those who read results, of a scored assessment that has started. */
    private String resultHref(Assessment a) {
        boolean reader = scope.caller().map(c -> c.has(Role.COORDINATOR) || c.has(Role.MANAGER)).orElse(false);
        return reader && a.ruleSetId != null && a.status != AssessmentStatus.DRAFT
                ? "/assessments/" + a.id + "/result" : null;
    }

    /** Open assessments first, then drafts being prepared, then closed ones; newest first within each. */
    private static int rank(Assessment a) {
        return switch (a.status) {
            case OPEN -> 0;
            case DRAFT -> 1;
            case CLOSED -> 2;
        };
    }

    private String title(Assessment a) {
        if (a.title != null) {
            return a.title;
        }
        return questionnaires.find(a.questionnaireId, a.questionnaireVersion)
                .map(q -> q.title().in(language.get())).orElse(language.toolName(a.tool));
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
