package org.cokit.comparison;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A closed assessment's result compared with its peers, for any member of its organisation. */
@Path("/api/assessments/{id}/comparison")
@Authenticated
public class ComparisonResource {

    private final ComparisonService comparisons;

    public ComparisonResource(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per node of the closed result: own score and level, the peer group's median and quartiles"
            + " of 0-100 scores, the percentile rank and n; ?group=all|country|level|sector|size (default all)."
            + " A group of too few organisations answers only {\"refused\":\"too-few-organisations\"}; an open"
            + " assessment or an organisation that does not share its results answers 409")
    public ComparisonView get(@PathParam("id") long id, @QueryParam("group") String group) {
        PeerGroup peers = group == null || group.isBlank() ? PeerGroup.ALL : PeerGroup.fromId(group)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("group", "invalid-choice",
                        "unknown group '" + group + "'; known: " + Arrays.stream(PeerGroup.values())
                                .map(PeerGroup::id).toList())));
        return comparisons.compare(id, peers).map(ComparisonView::of).orElseThrow(NotFoundException::new);
    }
}
