package org.cokit.engine.definition;

import java.util.List;

/** A titled group of questions, shown together; {@code description} is {@link LocalizedText#NONE} when absent. */
public record Section(String id, LocalizedText title, LocalizedText description, List<Question> questions) {

    public Section {
        description = description == null ? LocalizedText.NONE : description;
        questions = List.copyOf(questions);
    }
}
