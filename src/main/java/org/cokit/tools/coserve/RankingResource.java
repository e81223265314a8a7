package org.cokit.tools.coserve;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cokit.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's candidate services ranked by suitability for renewal through co-creation. */
@Path("/api/coserve")
@Authenticated
public class RankingResource {

    private final ServiceRanking ranking;
    private final RankingCsv csv;

    public RankingResource(ServiceRanking ranking, RankingCsv csv) {
        this.ranking = ranking;
        this.csv = csv;
    }

    @GET
    @Path("ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Services in order of suitability (level, then 0-100 score on a tie), each with its level,"
            + " score and the two group levels; not yet assessed ones last; the chosen service and the history of"
            + " choices. Labels in ?lang=en|sl|hr|da; the same as CSV at /api/coserve/ranking.csv")
    public RankingView get(@QueryParam("lang") String lang) {
        return RankingView.of(ranking.rank(), Language.ofQueryParameter(lang).orElse(Language.FALLBACK));
    }

    @GET
    @Path("ranking.csv")
    @Produces(RankingCsv.MEDIA_TYPE)
    @Operation(summary = "The ranking as CSV (UTF-8, comma-separated, one row per service)")
    public Response csv(@QueryParam("lang") String lang) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        return csv.response(ranking.rank(), language);
    }
}
