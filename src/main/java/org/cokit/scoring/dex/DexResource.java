package org.cokit.scoring.dex;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Evaluates the alternatives stored in an uploaded DEXi model file, for any signed-in member. */
@Path("/api/dex/evaluate")
@Authenticated
public class DexResource {

    /** Real DEXi models are a few hundred kilobytes at most. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate every alternative stored in a DEXi .dxi file (the request body)")
    public DexEvaluationView evaluate(InputStream body) throws IOException {
        byte[] file = body.readNBytes(MAX_BYTES + 1);
        if (file.length == 0) {
            throw invalid("required", "a DEXi model file (.dxi, XML) is required");
        }
        if (file.length > MAX_BYTES) {
            throw invalid("too-large", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try {
            return DexEvaluationView.of(DexiReader.read(new ByteArrayInputStream(file)));
        } catch (DexiFormatException e) {
            throw invalid("invalid-dexi", e.getMessage());
        }
    }

    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(FieldError.of("body", code, message));
    }
}
