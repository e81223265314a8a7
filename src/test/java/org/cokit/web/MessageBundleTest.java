package org.cokit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cokit.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language has every interface text of every message bundle ({@code messages/<bundle>_<language>.properties},
 * the main one {@code msg}, a tool's its own), with the same placeholders as English.
 */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    static Stream<Arguments> bundlesAndLanguages() throws IOException {
        List<String> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).sorted().forEach(bundles::add);
        }
        assertTrue(bundles.contains("msg"), "no main message bundle under " + MESSAGES);
        return bundles.stream().flatMap(b -> Stream.of(Language.values()).map(l -> Arguments.of(b, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyKeyIsTranslated(String bundle, Language language) throws IOException {
        Properties english = load(bundle, Language.FALLBACK);
        Properties translated = load(bundle, language);
        assertFalse(english.isEmpty(), bundle + "_en.properties is empty");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertTrue(missing.isEmpty(), bundle + "_" + language.tag() + ".properties lacks " + missing);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), bundle + "_" + language.tag() + ".properties has keys English lacks: " + extra);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                    "placeholders of " + key + " in " + bundle + "_" + language.tag());
            assertTrue(!translated.getProperty(key).isBlank(), key + " is blank in " + bundle + "_" + language.tag());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(String bundle, Language language) throws IOException {
        String file = "messages/" + bundle + "_" + language.tag() + ".properties";
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(file)) {
            assertTrue(in != null, file + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
