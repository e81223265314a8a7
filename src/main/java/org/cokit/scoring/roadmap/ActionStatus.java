package org.cokit.scoring.roadmap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an adopted roadmap action stands. Done and dropped actions are finished. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    /** The id used in the API and forms, e.g. {@code in-progress}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isFinished() {
        return this == DONE || this == DROPPED;
    }

    public static Optional<ActionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
