package org.cokit.tools.conew;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an annotation stands in moderation; ids are stable (API and database). */
public enum AnnotationStatus {
    /** Waiting in the moderation queue. */
    PENDING,
    PUBLISHED,
    /** Kept, with a reason, but left out of the feedback and the public page. */
    HIDDEN,
    /** A duplicate of another annotation: it still counts in the feedback, its idea's support goes to the other. */
    MERGED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AnnotationStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
