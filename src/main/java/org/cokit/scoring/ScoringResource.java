package org.cokit.scoring;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.ScoringResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Scores one set of answers with a rule set, for any signed-in member: a sandbox for rules and their authors. */
@Path("/api/scoring")
@Authenticated
public class ScoringResource {

    private final ScoringService scoring;

    public ScoringResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @POST
    @Path("/{ruleSetId}/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score answers with the newest version of a rule set: every node's level and 0-100 score,"
            + " the explanation and the recommended actions; labels in ?lang=en|sl|hr|da")
    public ScoringResultView evaluate(@PathParam("ruleSetId") String ruleSetId,
            @QueryParam("lang") @DefaultValue("en") String lang,
            @QueryParam("explain") @DefaultValue("true") boolean explain, EvaluateRequest request) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        Map<String, Object> answers = InvalidInputException.requireBody(request).answers();
        if (answers == null) {
            throw new InvalidInputException(FieldError.of("answers", "required",
                    "an object of answers by question id is required"));
        }
        ScoringResult result = scoring.evaluate(ruleSetId, answers, explain).orElseThrow(NotFoundException::new);
        return ScoringResultView.of(result, scoring.questionnaire(result.ruleSet()), language);
    }
}
