package org.cokit.scoring.loading;

import com.networknt.schema.Error;
import org.cokit.engine.loading.DefinitionSchema;
import org.cokit.engine.loading.ElementPlace;
import org.cokit.engine.loading.YamlTree;

/**
 * The published JSON Schema of rule-set files ({@code scoring-rules/schema/rule-set.schema.json}, on the classpath
 * under the same name), with the wording that only rule sets need.
 */
final class RuleSetSchema extends DefinitionSchema {

    static final String RESOURCE = "scoring-rules/schema/rule-set.schema.json";

    RuleSetSchema() {
        super(RESOURCE, RuleSetElementNames::of);
    }

    @Override
    protected String specificMessage(Error error, String pointer, ElementPlace place, YamlTree tree) {
        switch (error.getKeyword()) {
            case "false" -> {
                String field = place.field();
                if (tree.root().has("model") && (field.equals("scales") || field.equals("nodes"))) {
                    return "field '" + field + "' does not apply when 'model' names a DEXi file, which holds the"
                            + " scales and nodes";
                }
                if (field.equals("labels")) {
                    return "field 'labels' names labels of a DEXi model's values and needs 'model'";
                }
                return "field '" + field + "' does not apply to " + tree.root().path("kind").asText() + " rule sets";
            }
            case "propertyNames" -> {
                return place.field().startsWith("count") ? "'" + error.getProperty() + "' is not a number of"
                        + " favourable inputs (write 3, or a range 0-2)"
                        : "id '" + error.getProperty() + "' is not kebab-case (lower-case letters and digits, words"
                                + " joined by single hyphens, e.g. many-users)";
            }
            case "pattern" -> {
                if (place.field().equals("model")) {
                    return "field 'model' must be the name of a .dxi file beside the rule set, e.g. coserve.dxi";
                }
                if (place.field().endsWith("url")) {
                    return place.fieldOr("url") + " must be a web address starting with http:// or https://";
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
}
