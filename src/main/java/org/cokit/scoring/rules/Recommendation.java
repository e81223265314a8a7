package org.cokit.scoring.rules;

import java.util.List;

/** Actions that apply when a condition over node levels holds, e.g. {@code organisation <= low}. */
public record Recommendation(LevelCondition when, List<Action> actions) {

    public Recommendation {
        actions = List.copyOf(actions);
    }
}
