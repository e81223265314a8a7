package org.cokit.engine.definition;

import java.util.Objects;

/**
 * A kind of participant a questionnaire asks (e.g. staff, service users, partners): each submission is made in one
 * role, chosen at its start, and sees only the sections and questions meant for that role.
 */
public record ParticipantRole(String id, LocalizedText label) {

    public ParticipantRole {
        Objects.requireNonNull(id);
        label = label == null ? LocalizedText.english(id) : label;
    }
}
