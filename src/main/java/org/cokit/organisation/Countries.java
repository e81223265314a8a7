package org.cokit.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries, with names in the reader's language from the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code.toUpperCase(Locale.ROOT));
    }

    public static String name(String code, Locale in) {
        return new Locale("", code).getDisplayCountry(in);
    }

    /** Every country as (code, name), sorted by name in the given language. */
    public static List<Country> all(Locale in) {
        return CODES.stream().map(code -> new Country(code, name(code, in)))
                .sorted(Comparator.comparing(Country::name, java.text.Collator.getInstance(in))).toList();
    }

    public record Country(String code, String name) {
    }
}
