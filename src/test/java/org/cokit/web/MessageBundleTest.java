package org.cokit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language has every interface text, with the same placeholders as English. */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyIsTranslated(Language language) throws IOException {
        Properties english = load(Language.FALLBACK);
        Properties translated = load(language);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertTrue(missing.isEmpty(), "msg_" + language.tag() + ".properties lacks " + missing);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), "msg_" + language.tag() + ".properties has keys English lacks: " + extra);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                    "placeholders of " + key + " in " + language.tag());
            assertTrue(!translated.getProperty(key).isBlank(), key + " is blank in " + language.tag());
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

    private static Properties load(Language language) throws IOException {
        String file = "messages/msg_" + language.tag() + ".properties";
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(file)) {
            assertTrue(in != null, file + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
