package org.cokit.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 1. */
public record AuditPageView(int page, int pageSize, boolean hasNext, List<AuditEntryView> entries) {
}
