package org.cokit.engine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.cokit.i18n.Language;
import org.junit.jupiter.api.Test;

/** Texts in four languages with English as the fallback. */
class LocalizedTextTest {

    @Test
    void aMissingTranslationFallsBackToEnglish() {
        LocalizedText text = new LocalizedText(Map.of(Language.EN, "Users", Language.SL, "Uporabniki"));
        assertEquals("Uporabniki", text.in(Language.SL));
        assertEquals("Users", text.in(Language.DA));
        assertEquals("Users", text.in(Language.HR));
        assertEquals(EnumSet.of(Language.HR, Language.DA), text.missing());
    }

    @Test
    void blankTextsCountAsMissing() {
        Map<Language, String> texts = new HashMap<>();
        texts.put(Language.EN, "Users");
        texts.put(Language.DA, " ");
        texts.put(Language.HR, null);
        LocalizedText text = new LocalizedText(texts);
        assertEquals("Users", text.in(Language.DA));
        assertEquals(EnumSet.of(Language.SL, Language.HR, Language.DA), text.missing());
    }

    @Test
    void anAbsentOptionalTextIsEmptyInEveryLanguage() {
        assertTrue(LocalizedText.NONE.isEmpty());
        assertEquals("", LocalizedText.NONE.in(Language.SL));
        assertEquals(EnumSet.allOf(Language.class), LocalizedText.NONE.missing());
    }
}
