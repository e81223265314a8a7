package org.cokit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an API request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 problem
 * document before reading it; the server's own limit (which also stops undeclared, chunked bodies) answers bare.
 */
@ApplicationScoped
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    void register(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length <= max) {
                context.next();
                return;
            }
            String limitText = max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB";
            Problem problem = new Problem("about:blank", "Request body too large", 413,
                    "body: the request body is larger than the limit of " + limitText, context.request().path(),
                    List.of(new Problem.InvalidParam("body", "too-large", "is larger than " + limitText)));
            try {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(413, e);
            }
        });
    }
}
