package org.cokit.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;

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

    /**
     * The locale dates are written in: British English for English, whose day-month-year order no reader takes
     * for another date (US "12/3/2026" or "December 3, 2026" would be); the language's own otherwise.
     */
    public Locale dateLocale() {
        return this == EN ? Locale.UK : locale();
    }

    /**
     * The language a {@code ?lang=} query parameter names, or empty when it is absent.
     *
     * @throws InvalidInputException on the field {@code lang} for any other value
     */
    public static Optional<Language> ofQueryParameter(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromTag(tag).orElseThrow(() -> new InvalidInputException(FieldError.of("lang",
                "invalid-choice", "lang must be one of en, sl, hr, da"))));
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.tag().equals(primary)).findFirst();
    }
}
