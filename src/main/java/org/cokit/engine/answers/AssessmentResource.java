package org.cokit.engine.answers;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Assessments of the caller's organisation, for every tool, and the way into one's own submission. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionRepository submissionRepository;

    @Inject
    OrganisationScope scope;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Start a draft assessment of a tool (coordinator)")
    public Response create(AssessmentRequest request) {
        Assessment created = assessments.create(InvalidInputException.requireBody(request));
        return Response.created(URI.create("/api/assessments/" + created.id)).entity(view(created)).build();
    }

    @GET
    @Operation(summary = "The organisation's assessments, newest first, optionally of one tool and status")
    public List<AssessmentView> list(@QueryParam("tool") String tool, @QueryParam("status") String status) {
        List<Assessment> found = assessments.list(tool, parseStatus(status));
        Map<Long, SubmissionRepository.SubmissionCounts> counts = scope.ownOrganisationId()
                .map(org -> submissionRepository.countsByAssessment(found.stream().map(a -> a.id).toList()))
                .orElse(Map.of());
        return found.stream().map(a -> AssessmentView.of(a, counts.getOrDefault(a.id,
                SubmissionRepository.SubmissionCounts.NONE))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assessment")
    public AssessmentView get(@PathParam("id") long id) {
        return assessments.find(id).map(this::view).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Open a draft assessment for answers (coordinator)")
    public AssessmentView open(@PathParam("id") long id) {
        return assessments.open(id).map(this::view).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Close an open assessment: no more answers (coordinator)")
    public AssessmentView close(@PathParam("id") long id) {
        return assessments.close(id).map(this::view).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/submissions")
    @RolesAllowed({Role.Names.RESPONDENT, Role.Names.COORDINATOR})
    @Operation(summary = "The caller's submission in this assessment, created on the first call (in participant role"
            + " 'role' where the questionnaire has roles; its first role when left out)")
    public Response submission(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("role") String role) {
        SubmissionService.Started started = submissions.start(id, role).orElseThrow(NotFoundException::new);
        return Response.status(started.created() ? 201 : 200)
                .location(URI.create("/api/submissions/" + started.submission().id())).entity(started.submission())
                .build();
    }

    private AssessmentView view(Assessment assessment) {
        return AssessmentView.of(assessment, submissionRepository.countsByAssessment(List.of(assessment.id))
                .getOrDefault(assessment.id, SubmissionRepository.SubmissionCounts.NONE));
    }

    private static AssessmentStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(AssessmentStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.trim()))
                .findFirst().orElseThrow(() -> new InvalidInputException(FieldError.of("status", "invalid-choice",
                        "status must be one of draft, open, closed")));
    }

}
