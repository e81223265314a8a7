package org.cokit.engine.definition;

import java.util.List;

/**
 * A titled group of questions, shown together; {@code description} is {@link LocalizedText#NONE} when absent.
 * {@code extra}: the section comes from an installation's extension file ({@code <id>.extra.yaml}), not from the
 * published questionnaire; its questions are asked and stored like the others, but rule sets do not score them.
 * {@code roles}: the participant roles the section is for, empty for every role.
 */
public record Section(String id, LocalizedText title, LocalizedText description, List<Question> questions,
        boolean extra, List<String> roles) {

    public Section {
        description = description == null ? LocalizedText.NONE : description;
        questions = List.copyOf(questions);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Section(String id, LocalizedText title, LocalizedText description, List<Question> questions,
            boolean extra) {
        this(id, title, description, questions, extra, List.of());
    }

    /** Whether a participant in {@code role} (null: no role) sees this section. */
    public boolean isFor(String role) {
        return roles.isEmpty() || role != null && roles.contains(role);
    }

    /** A section of the published questionnaire. */
    public Section(String id, LocalizedText title, LocalizedText description, List<Question> questions) {
        this(id, title, description, questions, false);
    }
}
