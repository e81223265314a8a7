package org.cokit.engine.definition;

import java.util.List;

/**
 * A titled group of questions, shown together; {@code description} is {@link LocalizedText#NONE} when absent.
 * {@code extra}: the section comes from an installation's extension file ({@code <id>.extra.yaml}), not from the
 * published questionnaire; its questions are asked and stored like the others, but rule sets do not score them.
 */
public record Section(String id, LocalizedText title, LocalizedText description, List<Question> questions,
        boolean extra) {

    public Section {
        description = description == null ? LocalizedText.NONE : description;
        questions = List.copyOf(questions);
    }

    /** A section of the published questionnaire. */
    public Section(String id, LocalizedText title, LocalizedText description, List<Question> questions) {
        this(id, title, description, questions, false);
    }
}
