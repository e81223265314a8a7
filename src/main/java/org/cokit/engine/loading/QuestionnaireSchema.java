package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.cokit.engine.definition.QuestionType;

/**
 * The published JSON Schema of questionnaire files ({@code questionnaires/schema/questionnaire.schema.json}, on the
 * classpath under the same name), with the wording that only questionnaires need: question types and the fields
 * that apply to some types only.
 */
final class QuestionnaireSchema extends DefinitionSchema {

    static final String RESOURCE = "questionnaires/schema/questionnaire.schema.json";

    QuestionnaireSchema() {
        super(RESOURCE, ElementNames::of);
    }

    @Override
    protected String specificMessage(Error error, String pointer, ElementPlace place, YamlTree tree) {
        return switch (error.getKeyword()) {
            case "enum" -> place.field().equals("type") ? "unknown type '" + error.getInstanceNode().asText()
                    + "' (one of " + Arrays.stream(QuestionType.values()).map(QuestionType::id)
                            .collect(Collectors.joining(", ")) + ")" : null;
            case "false" -> questionOf(tree.root(), pointer).isMissingNode()
                    ? "field '" + place.field() + "' does not apply to an extension file ('extends')"
                    : "field '" + place.field() + "' does not apply to "
                            + questionOf(tree.root(), pointer).path("type").asText("") + " questions";
            case "propertyNames" -> place.fieldOr("value") + ": '" + error.getProperty() + "' is not a point number";
            default -> null;
        };
    }

    /** Fields that only some types have: said only when the type itself is known, else its error says enough. */
    @Override
    protected boolean ignore(Error error, String pointer, YamlTree tree) {
        JsonNode question = questionOf(tree.root(), pointer);
        return error.getKeyword().equals("false") && !question.isMissingNode()
                && QuestionType.fromId(question.path("type").asText("")).isEmpty();
    }

    private static JsonNode questionOf(JsonNode root, String pointer) {
        String[] tokens = pointer.split("/");
        if (tokens.length >= 5 && tokens[1].equals("sections") && tokens[3].equals("questions")) {
            return root.path("sections").path(Integer.parseInt(tokens[2])).path("questions")
                    .path(Integer.parseInt(tokens[4]));
        }
        return MissingNode.getInstance();
    }
}
