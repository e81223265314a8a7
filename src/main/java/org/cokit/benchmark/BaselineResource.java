package org.cokit.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Baselines for the load tests in {@code .bench/run}: the cheapest request the application can answer, and one
 * plain JDBC insert, so that figures can be given as ratios measured in the same run. Answer 404 unless
 * {@code cokit.benchmark.endpoints=true}, which only the benchmark runner sets: never enable it in production.
 */
@Path("/benchmark")
@ApplicationScoped
public class BaselineResource {

    private final boolean enabled;
    private final AgroalDataSource dataSource;

    public BaselineResource(BenchmarkConfig config, AgroalDataSource dataSource) {
        this.enabled = config.endpoints();
        this.dataSource = dataSource;
    }

    void warn(@Observes StartupEvent start) {
        if (enabled) {
            Log.warn("Benchmark endpoints under /benchmark are on (cokit.benchmark.endpoints=true):"
                    + " for load tests only, never in production");
        }
    }

    /** A static answer: what the HTTP stack costs without any application work. */
    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        check();
        return "hello";
    }

    /** One row inserted with plain JDBC in auto-commit: what one database write costs without the application. */
    @POST
    @Path("insert")
    @Produces(MediaType.TEXT_PLAIN)
    public String insert() throws SQLException {
        check();
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("insert into benchmark_row (id,"
                        + " written_at) values (?, ?)")) {
            statement.setString(1, id);
            statement.setTimestamp(2, Timestamp.from(Instant.now()));
            statement.executeUpdate();
        }
        return id;
    }

    private void check() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}
