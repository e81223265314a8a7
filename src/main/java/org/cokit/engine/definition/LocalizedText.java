package org.cokit.engine.definition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cokit.i18n.Language;

/** A text of a questionnaire in each language it was written in; English is the fallback for the others. */
public record LocalizedText(Map<Language, String> texts) {

    public static final LocalizedText NONE = new LocalizedText(Map.of());

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text);
            }
        });
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(Language.FALLBACK, text));
    }

    /** The text in {@code language}, else in English, else the empty string for an optional text left out. */
    public String in(Language language) {
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault(Language.FALLBACK, "");
    }

    /** The languages this text has not been written in (they show English); all of them for {@link #NONE}. */
    public Set<Language> missing() {
        EnumSet<Language> missing = EnumSet.allOf(Language.class);
        missing.removeAll(texts.keySet());
        return Collections.unmodifiableSet(missing);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    public String toString() {
        return in(Language.FALLBACK);
    }
}
