package org.cokit.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cokit.engine.answers.AnswersRequest;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.SubmissionService;
import org.cokit.engine.answers.SubmissionView;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.engine.flow.QuestionnaireFlow;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.web.QuestionView.Text;

/**
 * Filling in a submission, for any questionnaire: one page per section, saved by its buttons (and, with
 * JavaScript, on every change as JSON), then a review page that lists the gaps and submits. Conditions are
 * evaluated on the server, so each save shows the questions that now apply. Shared by a member's own pages
 * ({@link SubmissionPage}) and an anonymous participant's ({@link AnonymousSubmissionPage}); each names the
 * submission and where its pages live in a {@link Target}.
 */
@ApplicationScoped
public class SubmissionForms {

    static final String CONTINUE = "continue";
    static final String BACK = "back";

    @Inject
    SubmissionService submissions;

    @Inject
    QuestionnaireRegistry questionnaires;

    @Inject
    RequestLanguage language;

    /**
     * The submission the pages are about: {@code base} is the path its pages hang under, {@code exit} where "back"
     * from the first section and the review's last link lead (null: nowhere beyond the questionnaire).
     */
    public record Target(long submissionId, String base, String exit) {

        String sectionHref(Section section) {
            return base + "/sections/" + section.id();
        }

        String reviewHref() {
            return base + "/review";
        }
    }

    /** The submission with everything its pages need. */
    private record Filling(SubmissionView submission, Assessment assessment, Questionnaire questionnaire,
            QuestionnaireFlow flow, Target target) {

        boolean editable() {
            return "draft".equals(submission.status()) && assessment.status == AssessmentStatus.OPEN;
        }

        boolean submitted() {
            return !"draft".equals(submission.status());
        }

        Filling with(SubmissionView saved) {
            return new Filling(saved, assessment, questionnaire, QuestionnaireFlow.of(questionnaire, saved.answers()),
                    target);
        }

        List<Question> visibleIn(Section section) {
            return section.questions().stream().filter(q -> flow.isVisible(q.id())).toList();
        }

        int indexOf(Section section) {
            return questionnaire.sections().indexOf(section);
        }
    }

    /** Resumes: the section the respondent was last heading for, else the first with an open question. */
    Response resume(Target target) {
        Filling filling = load(target);
        if (filling.submitted()) {
            return seeOther(target.reviewHref());
        }
        Questionnaire questionnaire = filling.questionnaire();
        Optional<Section> last = Optional.ofNullable(filling.submission().lastSection())
                .flatMap(questionnaire::section);
        Optional<Section> section = last.or(() -> questionnaire.sections().stream()
                .filter(s -> filling.visibleIn(s).stream().anyMatch(q -> !filling.flow().answers().containsKey(q.id())))
                .findFirst());
        return seeOther(section.map(target::sectionHref).orElse(target.reviewHref()));
    }

    TemplateInstance section(Target target, String sectionId) {
        Filling filling = load(target);
        Section section = sectionOf(filling, sectionId);
        List<Question> visible = filling.visibleIn(section);
        Form form = AnswerForm.stored(visible, filling.submission().answers());
        return SubmissionPage.Templates.section(sectionPage(filling, section, visible, form, null, false, readOnlyProblem(filling),
                false, filling.submission().version()));
    }

    /**
     * Saves the section. The buttons post {@code next} and get that page; an autosave asks for JSON and stays.
     * Nothing is saved when any answer is invalid: the page comes back with what was typed and a message per field.
     */
    Response save(Target target, String sectionId, String accept, MultivaluedMap<String, String> fields) {
        long id = target.submissionId();
        boolean json = wantsJson(accept);
        Filling filling = load(target);
        Section section = sectionOf(filling, sectionId);
        Messages m = language.messages();
        List<Question> shown = shownQuestions(filling, section, fields.getFirst("shown"));
        AnswerForm.Posted posted = AnswerForm.read(shown, fields);
        String button = fields.getFirst("next");
        List<Section> sections = filling.questionnaire().sections();
        int index = filling.indexOf(section);
        Section heading = CONTINUE.equals(button) && index + 1 < sections.size() ? sections.get(index + 1)
                : BACK.equals(button) && index > 0 ? sections.get(index - 1) : section;
        try {
            if (!posted.errors().isEmpty()) {
                throw new InvalidInputException(posted.errors());
            }
            SubmissionView saved = submissions.save(id, new AnswersRequest(posted.answers(),
                    parseVersion(fields.getFirst("version")), heading.id())).orElseThrow(NotFoundException::new);
            Filling after = filling.with(saved);
            List<Question> nowVisible = after.visibleIn(section);
            Set<String> shownIds = shown.stream().map(Question::id).collect(Collectors.toSet());
            boolean appeared = nowVisible.stream().anyMatch(q -> !shownIds.contains(q.id()));
            if (json) {
                boolean changed = appeared || nowVisible.size() != shown.size();
                SubmissionPage.Progress progress = progress(after);
                return Response.ok(new SubmissionPage.AutosaveView(true, saved.version(), progress.percent(), progress.answered(),
                        progress.visible(), progress.text(), changed ? m.autosave_saved_changed() : m.autosave_saved(),
                        changed ? m.autosave_show_changed() : null)).type(MediaType.APPLICATION_JSON).build();
            }
            if (appeared) {
                // the answers brought up questions on this very page: show them before moving on
                submissions.save(id, new AnswersRequest(Map.of(), null, section.id()));
                Form form = AnswerForm.stored(nowVisible, saved.answers());
                return html(200, SubmissionPage.Templates.section(sectionPage(after, section, nowVisible, form,
                        m.section_saved_new_questions(), false, null, false, saved.version())));
            }
            String next = CONTINUE.equals(button) ? (heading == section ? target.reviewHref()
                    : target.sectionHref(heading))
                    : BACK.equals(button) ? (heading == section ? exitOr(target, section) : target.sectionHref(heading))
                    : target.sectionHref(section);
            return seeOther(next);
        } catch (InvalidInputException e) {
            List<FieldError> errors = posted.errors().isEmpty() ? AnswerForm.onFields(e.errors()) : e.errors();
            posted.form().withErrors(errors, m);
            if (json) {
                String reasons = shown.stream().filter(q -> posted.form().hasError(AnswerForm.field(q)))
                        .map(q -> m.autosave_problem(q.text().in(language.get()),
                                posted.form().error(AnswerForm.field(q))))
                        .collect(Collectors.joining(" "));
                return autosaveRefused(400, m.autosave_not_saved(reasons), null);
            }
            return html(400, SubmissionPage.Templates.section(sectionPage(filling, section, shown, posted.form(), null, false, null,
                    false, filling.submission().version())));
        } catch (ConflictException e) {
            Filling fresh = load(target);
            if ("version".equals(e.field())) {
                if (json) {
                    return autosaveRefused(409, m.autosave_not_saved(m.autosave_stale()), m.stale_reload());
                }
                // what was typed stays on the page; saving again now knowingly replaces the other window's answers
                return html(409, SubmissionPage.Templates.section(sectionPage(fresh, section, shown, posted.form(), null, true,
                        null, false, fresh.submission().version())));
            }
            String problem = fresh.submitted() ? m.save_refused_submitted() : m.save_refused_closed();
            if (json) {
                return autosaveRefused(409, m.autosave_not_saved(problem), null);
            }
            List<Question> visible = fresh.visibleIn(section);
            return html(409, SubmissionPage.Templates.section(sectionPage(fresh, section, visible,
                    AnswerForm.stored(visible, fresh.submission().answers()), null, false, problem, true,
                    fresh.submission().version())));
        }
    }

    TemplateInstance review(Target target, boolean justSubmitted) {
        Filling filling = load(target);
        Messages m = language.messages();
        String notice = justSubmitted && filling.submitted() ? m.review_submitted_now() : null;
        return SubmissionPage.Templates.review(reviewPage(filling, notice, readOnlyProblem(filling), false));
    }

    /** Submits and locks the submission; with required questions unanswered, the review comes back with them. */
    Response submit(Target target) {
        Messages m = language.messages();
        try {
            submissions.submit(target.submissionId()).orElseThrow(NotFoundException::new);
            return seeOther(target.reviewHref() + "?submitted=true");
        } catch (InvalidInputException e) {
            Filling filling = load(target);
            return html(400, SubmissionPage.Templates.review(reviewPage(filling, null,
                    m.review_cannot_submit(filling.flow().unansweredRequired().size()), true)));
        } catch (ConflictException e) {
            Filling filling = load(target);
            String problem = "version".equals(e.field()) ? m.review_changed() : readOnlyProblem(filling);
            return html(409, SubmissionPage.Templates.review(reviewPage(filling, null, problem, true)));
        }
    }

    /** The submission with its questionnaire as its participant role sees it. */
    private Filling load(Target target) {
        long id = target.submissionId();
        SubmissionService.Opened opened = submissions.open(id).orElseThrow(NotFoundException::new);
        SubmissionView submission = opened.submission();
        Assessment assessment = opened.assessment();
        Questionnaire questionnaire = questionnaires.find(assessment.questionnaireId, assessment.questionnaireVersion)
                .orElseThrow(() -> new IllegalStateException("Questionnaire " + assessment.questionnaireId
                        + " version " + assessment.questionnaireVersion + " is no longer loaded"))
                .forRole(submission.participantRole());
        return new Filling(submission, assessment, questionnaire,
                QuestionnaireFlow.of(questionnaire, submission.answers()), target);
    }

    /** Where "back" from the first section leads: the exit, else the section itself. */
    private static String exitOr(Target target, Section section) {
        return target.exit() != null ? target.exit() : target.sectionHref(section);
    }

    private static Section sectionOf(Filling filling, String sectionId) {
        return filling.questionnaire().section(sectionId).orElseThrow(NotFoundException::new);
    }

    /** The questions the posted form showed; all visible ones when it does not say (a hand-made post). */
    private static List<Question> shownQuestions(Filling filling, Section section, String shown) {
        if (shown == null) {
            return filling.visibleIn(section);
        }
        Set<String> ids = Set.copyOf(Arrays.asList(shown.split(",")));
        return section.questions().stream().filter(q -> ids.contains(q.id())).toList();
    }

    private SubmissionPage.SectionPageView sectionPage(Filling filling, Section section, List<Question> questions, Form form,
            String notice, boolean stale, String problem, boolean refused, long version) {
        Language lang = language.get();
        Messages m = language.messages();
        Target target = filling.target();
        boolean editable = filling.editable() && problem == null;
        List<QuestionView> views = questions.stream().map(q -> editable ? QuestionView.of(q, form, lang, m)
                : QuestionView.readOnly(q, filling.flow().answers().get(q.id()), lang, m)).toList();
        views.stream().filter(v -> !v.choices().isEmpty())
                .forEach(v -> form.withTarget(v.field(), v.choices().get(0).inputId()));
        List<SubmissionPage.SectionLink> links = filling.questionnaire().sections().stream().map(s -> {
            List<Question> visible = filling.visibleIn(s);
            long answered = visible.stream().filter(q -> filling.flow().answers().containsKey(q.id())).count();
            return new SubmissionPage.SectionLink(Text.of(s.title(), lang), target.sectionHref(s), s == section,
                    m.section_counts((int) answered, visible.size()));
        }).toList();
        return new SubmissionPage.SectionPageView(target.sectionHref(section), assessmentTitle(filling), filling.indexOf(section) + 1,
                filling.questionnaire().sections().size(), Text.of(section.title(), lang),
                section.description().isEmpty() ? null : Text.of(section.description(), lang), progress(filling),
                views, editable, version, questions.stream().map(Question::id).collect(Collectors.joining(",")),
                notice, stale, problem, refused, form, links, target.reviewHref(),
                m.autosave_not_saved(m.error_not_a_number()));
    }

    private SubmissionPage.ReviewPageView reviewPage(Filling filling, String notice, String problem, boolean refused) {
        Language lang = language.get();
        Messages m = language.messages();
        Target target = filling.target();
        QuestionnaireFlow flow = filling.flow();
        List<SubmissionPage.ReviewSection> sections = new ArrayList<>();
        for (Section section : filling.questionnaire().sections()) {
            List<Question> visible = filling.visibleIn(section);
            List<Question> required = visible.stream().filter(q -> flow.isRequired(q.id())).toList();
            long answered = visible.stream().filter(q -> flow.answers().containsKey(q.id())).count();
            long requiredAnswered = required.stream().filter(q -> flow.answers().containsKey(q.id())).count();
            List<SubmissionPage.Gap> gaps = required.stream().filter(q -> !flow.answers().containsKey(q.id()))
                    .map(q -> new SubmissionPage.Gap(Text.of(q.text(), lang), target.sectionHref(section) + "#" + AnswerForm.field(q)))
                    .toList();
            sections.add(new SubmissionPage.ReviewSection(Text.of(section.title(), lang), target.sectionHref(section),
                    m.review_counts((int) answered, visible.size(), (int) requiredAnswered, required.size()), gaps));
        }
        return new SubmissionPage.ReviewPageView(target.submissionId(), assessmentTitle(filling), progress(filling), sections,
                flow.unansweredRequired().size(), filling.editable(), notice, problem, refused,
                target.base() + "/submit", target.exit());
    }

    /** Why the answers are shown read-only, or null while they can still change. */
    private String readOnlyProblem(Filling filling) {
        Messages m = language.messages();
        if (filling.submitted()) {
            return m.readonly_submitted(language.formatDate(filling.submission().submittedAt()));
        }
        return filling.assessment().status == AssessmentStatus.OPEN ? null : m.readonly_closed();
    }

    private SubmissionPage.Progress progress(Filling filling) {
        QuestionnaireFlow.Progress p = filling.flow().progress();
        return new SubmissionPage.Progress(p.answered(), p.visible(), p.percent(),
                language.messages().progress_text(p.answered(), p.visible()));
    }

    private String assessmentTitle(Filling filling) {
        String title = filling.assessment().title;
        return title != null ? title : filling.questionnaire().title().in(language.get());
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response autosaveRefused(int status, String message, String link) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new SubmissionPage.AutosaveView(false, null, null, null, null, null, message, link)).build();
    }

    /** Autosave asks for JSON; a browser's own form post asks for HTML first. */
    static boolean wantsJson(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/html");
    }

    private static Long parseVersion(String version) {
        try {
            return version == null ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
