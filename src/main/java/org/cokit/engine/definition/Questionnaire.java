package org.cokit.engine.definition;

import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire as its YAML file defines it. Answers point to it by {@code id}, {@code version}
 * and question id; {@code source} names the file it came from (e.g. {@code questionnaires/coserve.yaml}).
 */
public record Questionnaire(String id, int version, LocalizedText title, LocalizedText description,
        List<Section> sections, String source) {

    public Questionnaire {
        description = description == null ? LocalizedText.NONE : description;
        sections = List.copyOf(sections);
    }

    /** Every question, section by section, in the order they are asked. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
