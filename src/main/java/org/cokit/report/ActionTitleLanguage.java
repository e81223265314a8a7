package org.cokit.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.i18n.Language;
import org.cokit.scoring.loading.RuleSetRegistry;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.rules.Action;
import org.cokit.scoring.rules.RuleSet;

/**
 * The language an adopted action's title is written in, for a {@code lang} attribute where it differs from the
 * page's: the title is kept as adopted, so a roadmap read in another language shows it in the original one.
 */
@ApplicationScoped
public class ActionTitleLanguage {

    @Inject
    RuleSetRegistry ruleSets;

    /**
     * The tag of the title's language when it is not {@code page}, else null (also when no rule set knows it). A
     * page in a language the rule set lacks shows the title in the language it was adopted in, so that is named.
     */
    public String of(RoadmapAction action, Language page) {
        for (RuleSet ruleSet : ruleSets.all()) {
            if (!ruleSet.id().equals(action.ruleSetId)) {
                continue;
            }
            for (Action recommended : ruleSet.recommendations().stream().flatMap(r -> r.actions().stream())
                    .filter(a -> a.id().equals(action.actionId)).toList()) {
                LocalizedText title = recommended.title();
                if (Objects.equals(title.texts().get(page), action.title)) {
                    return null;
                }
                for (Map.Entry<Language, String> text : title.texts().entrySet()) {
                    if (text.getValue().equals(action.title)) {
                        return text.getKey().tag();
                    }
                }
            }
        }
        return null;
    }
}
