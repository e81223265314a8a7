package org.cokit.operations;

import java.time.Instant;

/** A backup just written: where it lies, how big it is and when it was taken. */
public record BackupView(String file, long bytes, Instant createdAt, String restore) {
}
