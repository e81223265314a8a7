package org.cokit.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages CoKit's interface and content are offered in; English is complete and the fallback. */
public enum Language {
    EN("English"),
    SL("Slovenščina"),
    HR("Hrvatski"),
    DA("Dansk");

    public static final Language FALLBACK = EN;

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The IETF tag used in URLs, cookies, {@code lang} attributes and message bundle file names. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.tag().equals(primary)).findFirst();
    }
}
