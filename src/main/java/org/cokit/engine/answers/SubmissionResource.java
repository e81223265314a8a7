package org.cokit.engine.answers;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own submission: read, save answers, submit. */
@Path("/api/submissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SubmissionResource {

    @Inject
    SubmissionService submissions;

    @Inject
    InputValidator validator;

    @GET
    @Operation(summary = "The caller's submission with its answers and progress")
    public SubmissionView get(@PathParam("id") long id) {
        return submissions.find(id).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save some answers (partial); give the version last seen to be told of other saves")
    public SubmissionView save(@PathParam("id") long id, AnswersRequest request) {
        validator.check(InvalidInputException.requireBody(request));
        return submissions.save(id, request).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submit and lock the submission")
    public SubmissionView submit(@PathParam("id") long id) {
        return submissions.submit(id).orElseThrow(NotFoundException::new);
    }
}
