package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cokit.engine.definition.QuestionType;

/**
 * The published JSON Schema of questionnaire files ({@code questionnaires/schema/questionnaire.schema.json}, on the
 * classpath under the same name), and the translation of its errors into messages with a line and an element.
 */
final class QuestionnaireSchema {

    static final String RESOURCE = "questionnaires/schema/questionnaire.schema.json";

    private final Schema schema;

    QuestionnaireSchema() {
        try (InputStream in = QuestionnaireSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            JsonNode node = new ObjectMapper().readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation in {@code tree}, one problem each, in the order of their lines. */
    List<Problem> check(String file, YamlTree tree) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(tree.root())) {
            Problem problem = toProblem(file, tree, error);
            if (problem != null) {
                problems.add(problem);
            }
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    /** The problem an error stands for, or null when another error already says the same thing better. */
    private static Problem toProblem(String file, YamlTree tree, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        JsonNode node = error.getInstanceNode();
        ElementNames.Place place = ElementNames.of(tree.root(), pointer);
        String property = error.getProperty();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        int line = tree.line(pointer);
        String message;
        switch (error.getKeyword()) {
            case "required" -> {
                if (property.equals("en") && !place.field().isEmpty()) {
                    message = "field '" + place.field() + "' has no English text ('en'), which every text needs";
                } else {
                    message = place.field().isEmpty() ? "missing field '" + property + "'"
                            : "field '" + place.field() + "' is missing '" + property + "'";
                }
            }
            case "additionalProperties" -> {
                line = tree.line(YamlTree.child(pointer, property));
                message = isText(error) ? place.fieldOr("text") + ": unknown language '" + property
                        + "' (texts are in en, sl, hr and da)"
                        : place.field().isEmpty() ? "unknown field '" + property + "'"
                                : place.fieldOr("") + " has an unknown field '" + property + "'";
            }
            case "enum" -> {
                if (place.field().equals("type")) {
                    message = "unknown type '" + node.asText() + "' (one of " + Arrays.stream(QuestionType.values())
                            .map(QuestionType::id).collect(Collectors.joining(", ")) + ")";
                } else {
                    message = place.fieldOr("value") + ": '" + node.asText() + "' is not one of " + args[0];
                }
            }
            case "false" -> {
                // Fields that only some types have: say so, unless the type itself is missing or unknown.
                JsonNode question = questionOf(tree.root(), pointer);
                String type = question.path("type").asText("");
                if (QuestionType.fromId(type).isEmpty()) {
                    return null;
                }
                message = "field '" + place.field() + "' does not apply to " + type + " questions";
            }
            case "type" -> message = place.fieldOr("value") + " must be " + article(String.valueOf(args[1]))
                    + ", not " + article(String.valueOf(args[0]));
            case "pattern" -> message = place.field().endsWith("id")
                    ? "id '" + node.asText() + "' is not kebab-case (lower-case letters and digits, words joined by"
                            + " single hyphens, e.g. many-users)"
                    : place.fieldOr("value") + " does not match " + args[0];
            case "propertyNames" -> message = place.fieldOr("value") + ": '" + property + "' is not a point number";
            case "minItems" -> message = place.fieldOr("list") + " needs at least " + args[0]
                    + (String.valueOf(args[0]).equals("1") ? " entry" : " entries");
            case "minLength" -> message = place.fieldOr("value") + " must not be empty";
            case "minimum" -> message = place.fieldOr("value") + " must be at least " + args[0];
            case "maximum" -> message = place.fieldOr("value") + " must be at most " + args[0];
            default -> message = place.fieldOr("value") + ": " + error.getMessage();
        }
        return new Problem(file, line, place.element() + ": " + message);
    }

    private static boolean isText(Error error) {
        return error.getSchemaLocation() != null && error.getSchemaLocation().toString().contains("$defs/text/");
    }

    private static JsonNode questionOf(JsonNode root, String pointer) {
        String[] tokens = pointer.split("/");
        if (tokens.length >= 5 && tokens[1].equals("sections") && tokens[3].equals("questions")) {
            return root.path("sections").path(Integer.parseInt(tokens[2])).path("questions")
                    .path(Integer.parseInt(tokens[4]));
        }
        return MissingNode.getInstance();
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping (key: value lines)";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "null" -> "empty";
            default -> "a " + type;
        };
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? YamlTree.child(pointer, index)
                    : YamlTree.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
