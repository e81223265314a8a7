package org.cokit.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the HTML pages out of the API document: it describes {@code /api/**} only. Applied when the application is
 * built, so starting it does not rebuild the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                    .forEach(openAPI.getPaths()::removePathItem);
        }
    }
}
