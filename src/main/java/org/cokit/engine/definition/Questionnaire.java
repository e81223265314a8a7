package org.cokit.engine.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a questionnaire as its YAML file defines it. Answers point to it by {@code id}, {@code version}
 * and question id; {@code source} names the file it came from (e.g. {@code questionnaires/coserve.yaml}).
 * {@code participantRoles} is empty unless the questionnaire asks different kinds of participants different things;
 * then {@link #forRole} gives what one of them sees.
 */
public record Questionnaire(String id, int version, LocalizedText title, LocalizedText description,
        List<Section> sections, String source, List<ParticipantRole> participantRoles) {

    public Questionnaire {
        description = description == null ? LocalizedText.NONE : description;
        sections = List.copyOf(sections);
        participantRoles = participantRoles == null ? List.of() : List.copyOf(participantRoles);
    }

    /** A questionnaire that asks every participant the same. */
    public Questionnaire(String id, int version, LocalizedText title, LocalizedText description,
            List<Section> sections, String source) {
        this(id, version, title, description, sections, source, List.of());
    }

    public boolean hasParticipantRoles() {
        return !participantRoles.isEmpty();
    }

    public Optional<ParticipantRole> participantRole(String roleId) {
        return participantRoles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    /**
     * What a participant in {@code role} is asked: the sections and questions meant for every role plus those meant
     * for theirs; sections left without questions are dropped. Null stands for no role: only what every role sees.
     * A questionnaire without participant roles is returned as it is.
     */
    public Questionnaire forRole(String role) {
        if (!hasParticipantRoles()) {
            return this;
        }
        List<Section> seen = sections.stream().filter(s -> s.isFor(role))
                .map(s -> new Section(s.id(), s.title(), s.description(),
                        s.questions().stream().filter(q -> q.isFor(role)).toList(), s.extra(), s.roles()))
                .filter(s -> !s.questions().isEmpty()).toList();
        return new Questionnaire(id, version, title, description, seen, source, participantRoles);
    }

    /** The section a question is in. */
    public Optional<Section> sectionOf(String questionId) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> Objects.equals(q.id(), questionId)))
                .findFirst();
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
