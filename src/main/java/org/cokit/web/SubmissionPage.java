package org.cokit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cokit.web.QuestionView.Text;

/**
 * Filling in one's own submission, for any questionnaire: one page per section, saved by its buttons (and, with
 * JavaScript, on every change as JSON), then a review page that lists the gaps and submits (the pages are
 * {@link SubmissionForms}'); conditions are evaluated on the server, so each save shows the questions that now apply.
 */
@Path("/submissions/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubmissionPage {

    static final String CONTINUE = SubmissionForms.CONTINUE;
    static final String BACK = SubmissionForms.BACK;

    @Inject
    SubmissionForms forms;

    /** Overall progress, with its text ready in the reader's language. */
    public record Progress(int answered, int visible, int percent, String text) {
    }

    /** A link to a section, for the list of sections under each page. */
    public record SectionLink(Text title, String href, boolean current, String counts) {
    }

    /** One section as a page. {@code shown} lists the question ids the form carries, so a save knows what was seen. */
    public record SectionPageView(String action, String assessmentTitle, int number, int count, Text title,
            Text description, Progress progress, List<QuestionView> questions, boolean editable, long version,
            String shown, String notice, boolean stale, String problem, boolean refused, Form form,
            List<SectionLink> sections, String reviewHref, String badNumber) {
    }

    /** A section on the review page with its counts and the required questions it still lacks. */
    public record ReviewSection(Text title, String href, String counts, List<Gap> gaps) {
    }

    public record Gap(Text text, String href) {
    }

    public record ReviewPageView(long submissionId, String assessmentTitle, Progress progress,
            List<ReviewSection> sections, int gaps, boolean editable, String notice, String problem,
            boolean refused, String submitHref, String exitHref) {
    }

    /** The answer to an autosave: whether it was saved, the new version and progress, and what to tell the reader. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AutosaveView(boolean saved, Long version, Integer percent, Integer answered, Integer visible,
            String progress, String message, String link) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(SectionPageView page);

        static native TemplateInstance review(ReviewPageView page);
    }

    /** Resumes: the section the respondent was last heading for, else the first with an open question. */
    @GET
    public Response resume(@PathParam("id") long id) {
        return forms.resume(target(id));
    }

    @GET
    @Path("sections/{sectionId}")
    public TemplateInstance section(@PathParam("id") long id, @PathParam("sectionId") String sectionId) {
        return forms.section(target(id), sectionId);
    }

    /**
     * Saves the section. The buttons post {@code next} and get that page; an autosave asks for JSON and stays.
     * Nothing is saved when any answer is invalid: the page comes back with what was typed and a message per field.
     */
    @POST
    @Path("sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("id") long id, @PathParam("sectionId") String sectionId,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, MultivaluedMap<String, String> fields) {
        return forms.save(target(id), sectionId, accept, fields);
    }

    @GET
    @Path("review")
    public TemplateInstance review(@PathParam("id") long id, @QueryParam("submitted") boolean justSubmitted) {
        return forms.review(target(id), justSubmitted);
    }

    /** Submits and locks the submission; with required questions unanswered, the review comes back with them. */
    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id) {
        return forms.submit(target(id));
    }

    private static SubmissionForms.Target target(long id) {
        return new SubmissionForms.Target(id, "/submissions/" + id, "/assessments");
    }

    /** Autosave asks for JSON; a browser's own form post asks for HTML first. */
    static boolean wantsJson(String accept) {
        return SubmissionForms.wantsJson(accept);
    }
}
