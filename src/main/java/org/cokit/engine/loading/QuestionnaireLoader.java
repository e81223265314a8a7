package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cokit.engine.definition.Condition;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.ParticipantRole;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;

/**
 * Reads questionnaire YAML files into {@link Questionnaire} records: first against the published JSON Schema, then
 * the checks a schema cannot make (unique ids, conditions, min not above max, file name matching id and version).
 * Every problem of every file is collected and thrown together in one {@link DefinitionException}, each with its
 * file and line. Missing Slovenian, Croatian or Danish texts are not errors (English is shown instead); they are
 * returned with the result so that tests and the validation command can report them.
 *
 * <p>Thread-safe and meant to be made once: building the schema and the expression environment takes a moment.
 */
public final class QuestionnaireLoader {

    private final QuestionnaireSchema schema = new QuestionnaireSchema();
    private final ConditionCompiler conditions = new ConditionCompiler();

    /** One file's questionnaire and the translations it lacks. */
    public record LoadedFile(Questionnaire questionnaire, List<Problem> missingTranslations) {
    }

    /** Every questionnaire of a set of files (each version of each id once) and the translations they lack. */
    public record Loaded(List<Questionnaire> questionnaires, List<Problem> missingTranslations) {
    }

    /**
     * Loads every file, then checks that no id and version is defined twice.
     *
     * @throws DefinitionException naming every problem of every file
     */
    public Loaded loadAll(List<SourceFile> files) {
        List<Problem> problems = new ArrayList<>();
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<Problem> missing = new ArrayList<>();
        Map<String, Questionnaire> byIdAndVersion = new HashMap<>();
        Map<String, Questionnaire> extensions = new LinkedHashMap<>();
        for (SourceFile file : files) {
            try {
                LoadedFile loaded = load(file);
                Questionnaire q = loaded.questionnaire();
                if (isExtension(q)) {
                    Questionnaire other = extensions.putIfAbsent(q.id(), q);
                    if (other != null) {
                        problems.add(new Problem(file.name(), 0, "questionnaire '" + q.id() + "' is also extended by "
                                + other.source() + "; put all extra sections of a questionnaire in one file"));
                    }
                    missing.addAll(loaded.missingTranslations());
                    continue;
                }
                Questionnaire other = byIdAndVersion.putIfAbsent(q.id() + "@" + q.version(), q);
                if (other != null) {
                    problems.add(new Problem(file.name(), 0, "questionnaire '" + q.id() + "' version " + q.version()
                            + " is also defined in " + other.source() + "; raise the version of the newer one"));
                    continue;
                }
                questionnaires.add(q);
                missing.addAll(loaded.missingTranslations());
            } catch (DefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        extensions.values().forEach(extension -> extend(questionnaires, extension, problems));
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        questionnaires.sort(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version));
        return new Loaded(List.copyOf(questionnaires), List.copyOf(missing));
    }

    /** What an extension file reads as: its extra sections under the id of the questionnaire it extends. */
    private static boolean isExtension(Questionnaire q) {
        return q.version() == 0;
    }

    /** Adds the extension's sections after those of every version of the questionnaire it extends. */
    private static void extend(List<Questionnaire> questionnaires, Questionnaire extension, List<Problem> problems) {
        boolean found = false;
        for (int i = 0; i < questionnaires.size(); i++) {
            Questionnaire base = questionnaires.get(i);
            if (!base.id().equals(extension.id())) {
                continue;
            }
            found = true;
            List<String> clashes = new ArrayList<>();
            for (Section section : extension.sections()) {
                if (base.section(section.id()).isPresent()) {
                    clashes.add("section '" + section.id() + "'");
                }
                section.questions().stream().filter(q -> base.question(q.id()).isPresent())
                        .forEach(q -> clashes.add("question '" + q.id() + "'"));
            }
            if (!clashes.isEmpty()) {
                problems.add(new Problem(extension.source(), 0, "questionnaire '" + base.id() + "' version "
                        + base.version() + " already has " + String.join(", ", clashes) + "; give the extra ones"
                        + " ids of their own"));
                continue;
            }
            List<Section> sections = new ArrayList<>(base.sections());
            sections.addAll(extension.sections());
            questionnaires.set(i, new Questionnaire(base.id(), base.version(), base.title(), base.description(),
                    sections, base.source(), base.participantRoles()));
        }
        if (!found) {
            problems.add(new Problem(extension.source(), 1, "extends questionnaire '" + extension.id()
                    + "', which is not there"));
        }
    }

    /**
     * Loads one file.
     *
     * @throws DefinitionException naming every problem found in it
     */
    public LoadedFile load(SourceFile file) {
        Reading reading = new Reading(file);
        Questionnaire questionnaire = reading.questionnaire();
        reading.throwIfProblems();
        return new LoadedFile(questionnaire, reading.missingTranslations());
    }

    /** The reading of one file into records. */
    private final class Reading extends DefinitionReader {

        Reading(SourceFile file) {
            super(file, schema);
        }

        Questionnaire questionnaire() {
            JsonNode root = tree.root();
            String extendsId = text(root.path("extends"));
            String id = extendsId != null ? extendsId : text(root.path("id"));
            int version = extendsId == null && root.path("version").isIntegralNumber() ? root.path("version").asInt()
                    : 0;
            if (extendsId != null) {
                if (!file.fileName().equals(extendsId + ".extra.yaml")) {
                    problem(tree.line("/extends"), "the extra sections of questionnaire '" + extendsId
                            + "' must be in a file named " + extendsId + ".extra.yaml");
                }
            } else {
                checkFileName("questionnaire", id, version);
            }
            LocalizedText title = localized("/title");
            LocalizedText description = localized("/description");
            List<ParticipantRole> participantRoles = participantRoles();
            java.util.Set<String> roleIds = new java.util.HashSet<>();
            participantRoles.forEach(r -> roleIds.add(r.id()));

            List<Draft> drafts = new ArrayList<>();
            Map<String, Integer> sectionIds = new HashMap<>();
            Map<String, Integer> questionIds = new HashMap<>();
            List<String> sectionPointers = new ArrayList<>();
            JsonNode sections = root.path("sections");
            for (int s = 0; s < sections.size(); s++) {
                String sectionPointer = YamlTree.child("/sections", s);
                sectionPointers.add(sectionPointer);
                unique(sectionIds, text(sections.path(s).path("id")), sectionPointer, "section");
                JsonNode questions = sections.path(s).path("questions");
                for (int q = 0; q < questions.size(); q++) {
                    String pointer = YamlTree.child(sectionPointer + "/questions", q);
                    unique(questionIds, text(questions.path(q).path("id")), pointer, "question");
                    Draft draft = draft(pointer, s);
                    if (draft != null) {
                        drafts.add(draft);
                    }
                }
            }

            Map<String, Question> all = new LinkedHashMap<>();
            drafts.forEach(d -> all.putIfAbsent(d.question.id(), d.question));
            Map<String, Question> earlier = new HashMap<>();
            Map<Integer, List<Question>> bySection = new TreeMap<>();
            for (Draft draft : drafts) {
                Question q = draft.question;
                Condition showIf = condition(draft.pointer, "show-if", q.id(), earlier, all);
                Condition requiredIf = condition(draft.pointer, "required-if", q.id(), earlier, all);
                Question complete = new Question(q.id(), q.type(), q.text(), q.help(), q.required(),
                        q.allowNotApplicable(), q.options(), q.min(), q.max(), q.maxLength(), showIf, requiredIf,
                        roles(draft.pointer, roleIds, extendsId != null));
                earlier.putIfAbsent(q.id(), complete);
                bySection.computeIfAbsent(draft.section, k -> new ArrayList<>()).add(complete);
            }

            List<Section> records = new ArrayList<>();
            for (int s = 0; s < sections.size(); s++) {
                String pointer = sectionPointers.get(s);
                records.add(new Section(text(sections.path(s).path("id")), localized(pointer + "/title"),
                        localized(pointer + "/description"), bySection.getOrDefault(s, List.of()), extendsId != null,
                        roles(pointer, roleIds, extendsId != null)));
            }
            return new Questionnaire(id, version, title, description, records, file.name(), participantRoles);
        }

        /** The participant roles the file declares, each id once. */
        private List<ParticipantRole> participantRoles() {
            List<ParticipantRole> roles = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            JsonNode nodes = tree.root().path("participant-roles");
            for (int i = 0; i < nodes.size(); i++) {
                String pointer = YamlTree.child("/participant-roles", i);
                String id = text(nodes.path(i).path("id"));
                if (unique(ids, id, pointer, "participant role")) {
                    roles.add(new ParticipantRole(id, localized(pointer + "/label")));
                }
            }
            return roles;
        }

        /**
         * The roles a section or question is for; each must be declared under {@code participant-roles} (an
         * extension file cannot see the declarations, so its roles are taken as they are).
         */
        private List<String> roles(String pointer, java.util.Set<String> declared, boolean extension) {
            JsonNode nodes = node(pointer + "/roles");
            List<String> roles = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String role = text(nodes.path(i));
                if (role == null) {
                    continue;
                }
                if (!extension && !declared.contains(role)) {
                    problem(tree.line(YamlTree.child(pointer + "/roles", i)), "unknown participant role '" + role
                            + "'" + (declared.isEmpty() ? "; declare it under participant-roles"
                                    : "; declared: " + new java.util.TreeSet<>(declared)));
                }
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
            return roles;
        }

        /** A question without its conditions, or null when the schema already found it unusable. */
        private Draft draft(String pointer, int section) {
            JsonNode node = node(pointer);
            String id = text(node.path("id"));
            QuestionType type = QuestionType.fromId(text(node.path("type"))).orElse(null);
            if (id == null || type == null) {
                return null;
            }
            List<Option> options = switch (type) {
                case SINGLE, MULTI -> options(pointer);
                case SCALE -> points(pointer);
                default -> List.of();
            };
            BigDecimal min = decimal(node.path("min"));
            BigDecimal max = decimal(node.path("max"));
            if (min != null && max != null && min.compareTo(max) > 0) {
                problem(tree.line(pointer + "/min"), "question '" + id + "': min " + min.toPlainString()
                        + " is greater than max " + max.toPlainString());
            }
            boolean required = node.path("required").asBoolean(false);
            if (required && node.has("required-if")) {
                problem(tree.line(pointer + "/required-if"), "question '" + id + "': required-if has no effect"
                        + " on a question that is always required; remove one of them");
            }
            Integer maxLength = node.path("max-length").isIntegralNumber() ? node.path("max-length").asInt() : null;
            Question question = new Question(id, type, localized(pointer + "/text"), localized(pointer + "/help"),
                    required, node.path("allow-not-applicable").asBoolean(false), options, min, max, maxLength,
                    null, null);
            return new Draft(question, pointer, section);
        }

        private List<Option> options(String questionPointer) {
            List<Option> options = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            JsonNode nodes = node(questionPointer + "/options");
            for (int i = 0; i < nodes.size(); i++) {
                String pointer = YamlTree.child(questionPointer + "/options", i);
                String id = text(nodes.path(i).path("id"));
                if (unique(ids, id, pointer, "option")) {
                    options.add(new Option(id, localized(pointer + "/label")));
                }
            }
            return options;
        }

        /** The points "1".."n" of a scale question, labelled where the file gives a label. */
        private List<Option> points(String questionPointer) {
            JsonNode node = node(questionPointer);
            int points = node.path("points").isIntegralNumber() ? node.path("points").asInt() : 0;
            JsonNode labels = node.path("labels");
            labels.fieldNames().forEachRemaining(key -> {
                if (key.chars().allMatch(Character::isDigit) && !key.isEmpty() && points > 0
                        && (key.length() > 3 || Integer.parseInt(key) > points)) {
                    problem(tree.line(YamlTree.child(questionPointer + "/labels", key)), "question '"
                            + text(node.path("id")) + "': a label for point " + key + ", but the scale has "
                            + points + " points");
                }
            });
            List<Option> options = new ArrayList<>();
            for (int point = 1; point <= points; point++) {
                String key = String.valueOf(point);
                options.add(new Option(key, labels.has(key)
                        ? localized(YamlTree.child(questionPointer + "/labels", key)) : LocalizedText.NONE));
            }
            return options;
        }

        private Condition condition(String questionPointer, String field, String questionId,
                Map<String, Question> earlier, Map<String, Question> all) {
            String expression = text(node(questionPointer + "/" + field));
            if (expression == null) {
                return null;
            }
            ConditionCompiler.Compiled compiled = conditions.compile(expression, field, questionId, earlier, all);
            int line = tree.line(questionPointer + "/" + field);
            compiled.errors().forEach(error -> problem(line, "question '" + questionId + "': " + error));
            return compiled.condition();
        }

    }

    /** A question read from the file before its conditions, which need every question, are compiled. */
    private record Draft(Question question, String pointer, int section) {
    }
}
