package org.cokit.engine.definition;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a questionnaire can ask, with the ids the YAML files use for them. */
public enum QuestionType {
    YES_NO("yes-no"),
    SCALE("scale"),
    SINGLE("single"),
    MULTI("multi"),
    NUMBER("number"),
    TEXT("text"),
    LONG_TEXT("long-text");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    /** The id in YAML, e.g. {@code yes-no}. */
    public String id() {
        return id;
    }

    /** Whether answers are picked from the question's options (scale points included). */
    public boolean hasOptions() {
        return this == SCALE || this == SINGLE || this == MULTI;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }

    public static Optional<QuestionType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
