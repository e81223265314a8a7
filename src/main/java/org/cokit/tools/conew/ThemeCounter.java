package org.cokit.tools.conew;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cokit.i18n.Language;

/**
 * The most frequent words of free texts: lower-cased in the text's language, words of three letters or more, less
 * that language's stop words (from {@code conew/stopwords/<language>.txt}). Deliberately simple: a list for the team
 * to read, not text analysis.
 */
public final class ThemeCounter {

    private static final Map<Language, Set<String>> STOP_WORDS = new HashMap<>();

    static {
        for (Language language : Language.values()) {
            STOP_WORDS.put(language, read("conew/stopwords/" + language.tag() + ".txt"));
        }
    }

    /** A text and its language tag. */
    public record Text(String text, String language) {
    }

    private ThemeCounter() {
    }

    public static List<FeedbackView.ThemeCount> count(List<Text> texts, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (Text text : texts) {
            if (text.text() == null) {
                continue;
            }
            Language language = Language.fromTag(text.language()).orElse(Language.FALLBACK);
            Set<String> stop = STOP_WORDS.get(language);
            for (String word : text.text().toLowerCase(language.locale()).split("[^\\p{L}\\p{N}]+")) {
                if (word.codePointCount(0, word.length()) >= 3 && !stop.contains(word)
                        && !word.chars().allMatch(Character::isDigit)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new FeedbackView.ThemeCount(e.getKey(), e.getValue())).toList();
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ThemeCounter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

}
