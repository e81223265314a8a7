package org.cokit.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** {@code cokit.comparison.min-group-size}: 5 by default, and a value below 3 stops the start with a clear message. */
class ComparisonConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(ComparisonConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR).build();
    }

    @Test
    void theDefaultIsFive() {
        assertEquals(5, config(Map.of()).getConfigMapping(ComparisonConfig.class).minGroupSize());
        assertEquals(3, config(Map.of("cokit.comparison.min-group-size", "3"))
                .getConfigMapping(ComparisonConfig.class).minGroupSize());
    }

    @Test
    void belowThreeIsRefusedNamingTheSetting() {
        ConfigValidationException refused = assertThrows(ConfigValidationException.class,
                () -> config(Map.of("cokit.comparison.min-group-size", "2")));
        assertTrue(refused.getMessage().contains("cokit.comparison.min-group-size"), refused.getMessage());
        assertTrue(refused.getMessage().contains("must be at least 3"), refused.getMessage());
    }
}
