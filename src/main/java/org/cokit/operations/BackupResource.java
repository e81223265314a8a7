package org.cokit.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's backup command for an installation on the embedded H2 database. */
@Path("/api/admin/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final BackupService backups;

    public BackupResource(BackupService backups) {
        this.backups = backups;
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Write a backup of the embedded H2 database into cokit.backup.dir (409 on PostgreSQL:"
            + " use pg_dump)")
    public BackupView backUp() {
        return backups.backUp();
    }
}
