package org.cokit.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed {@code cokit.backup.*} settings of the embedded database's backup command. */
@ConfigMapping(prefix = "cokit.backup")
public interface BackupConfig {

    /**
     * Folder that {@code POST /api/admin/backup} writes into (env {@code COKIT_BACKUP_DIR}); relative paths are
     * taken from the working directory. Keep it on another disk than {@code cokit.data-dir} in production.
     */
    @WithDefault("${cokit.data-dir}/backups")
    String dir();
}
