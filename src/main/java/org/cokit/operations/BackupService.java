package org.cokit.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;

/**
 * Writes a consistent copy of the embedded H2 database as a zipped SQL script ({@code SCRIPT TO}), readable by
 * H2's {@code RunScript} into a fresh database. PostgreSQL installations back up with {@code pg_dump} instead: the
 * application cannot write on the database server's disk, and should not hold a dump in its own memory.
 */
@ApplicationScoped
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final AgroalDataSource dataSource;
    private final BackupConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public BackupService(AgroalDataSource dataSource, BackupConfig config, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** Backs the whole database up into a new file in {@code cokit.backup.dir}; audited as an export. */
    public BackupView backUp() {
        Instant now = clock.instant();
        Path dir = Path.of(config.dir()).toAbsolutePath().normalize();
        Path file = dir.resolve("cokit-" + STAMP.format(now) + ".zip");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new ConflictException(null, "backup-not-embedded",
                        "The backup command is for the embedded H2 database; back " + product
                                + " up with its own tools (pg_dump, see the README)");
            }
            Files.createDirectories(dir);
            try (Statement statement = connection.createStatement()) {
                // the path is ours (configured folder and a timestamp), quotes doubled for SQL all the same
                statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            long bytes = Files.size(file);
            audit.record(null, AuditAction.DATA_EXPORTED, "backup", null, file.getFileName().toString(),
                    "bytes=" + bytes);
            return new BackupView(file.toString(), bytes, now, "java -cp <h2.jar> org.h2.tools.RunScript -url"
                    + " jdbc:h2:file:<data-dir>/cokit -user cokit -script " + file + " -options compression zip");
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be written to " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder " + dir + " cannot be written", e);
        }
    }
}
