package org.cokit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's settings table true: every {@code cokit.*} key the code reads (typed mappings,
 * {@code @ConfigProperty}, application.properties) has a row, by its property name or its environment variable.
 */
class ConfigReferenceTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\|(.*)\\|\\s*$", Pattern.MULTILINE);
    private static final Pattern PROPERTY_LINE = Pattern.compile("^(?:%[\\w,-]+\\.)?(cokit\\.[^=\\s]+)\\s*=",
            Pattern.MULTILINE);

    @Test
    void everyCokitKeyHasARowInTheReadmeSettingsTable() throws IOException {
        Set<String> keys = keysInCode();
        assertTrue(keys.contains("cokit.demo.enabled") && keys.contains("cokit.backup.dir"),
                "the key scan found too little: " + keys);
        String rows = readmeTableRows();
        List<String> missing = keys.stream().filter(key -> !documented(rows, key)).toList();
        assertEquals(List.of(), missing, "README.md, Settings: add a row (`ENV_NAME` (`property`) | default |"
                + " meaning) for each of these keys: " + String.join(", ", missing));
    }

    @Test
    void theEnvironmentNameFollowsTheQuarkusRule() {
        assertEquals("COKIT_COMPARISON_MIN_GROUP_SIZE", environmentName("cokit.comparison.min-group-size"));
        assertEquals("COKIT_DEFINITIONS_WATCH", environmentName("cokit.definitions.watch"));
    }

    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean documented(String rows, String key) {
        String plain = key.contains(".*") ? key.substring(0, key.indexOf(".*")) : key;
        return rows.contains("`" + plain) || Pattern.compile("`" + environmentName(plain) + "(`|_)").matcher(rows).find();
    }

    private static String readmeTableRows() throws IOException {
        Matcher matcher = TABLE_ROW.matcher(Files.readString(Path.of("README.md")));
        StringBuilder rows = new StringBuilder();
        while (matcher.find()) {
            rows.append(matcher.group(1)).append('\n');
        }
        return rows.toString();
    }

    /** Every cokit.* key: from the typed mappings, injected properties and application.properties. */
    static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cokit")) {
            Class<?> type = javaClass.reflect();
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null && mapping.prefix().startsWith("cokit")) {
                collect(mapping.prefix(), type, keys);
            }
            List<AnnotatedElement> injected = new ArrayList<>(List.of(type.getDeclaredFields()));
            Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                    .map(Executable::getParameters).forEach(p -> injected.addAll(List.of(p)));
            for (AnnotatedElement element : injected) {
                ConfigProperty property = element.getAnnotation(ConfigProperty.class);
                if (property != null && property.name().startsWith("cokit.")) {
                    keys.add(property.name());
                }
            }
        }
        Matcher matcher = PROPERTY_LINE.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static void collect(String prefix, Class<?> mapping, Set<String> keys) {
        for (Method method : mapping.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String key = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (method.isAnnotationPresent(WithName.class)
                            ? method.getAnnotation(WithName.class).value() : kebab(method.getName()));
            Type value = method.getGenericReturnType();
            if (value instanceof ParameterizedType generic && generic.getRawType() == Optional.class) {
                value = generic.getActualTypeArguments()[0];
            }
            if (value instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
                Type entry = generic.getActualTypeArguments()[1];
                if (entry instanceof Class<?> group && isGroup(group)) {
                    collect(key + ".*", group, keys);
                } else {
                    keys.add(key + ".*");
                }
            } else if (value instanceof Class<?> group && isGroup(group)) {
                collect(key, group, keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static boolean isGroup(Class<?> type) {
        return type.isInterface() && type.getName().startsWith("org.cokit.");
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
