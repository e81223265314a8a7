package org.cokit.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** Typed {@code cokit.accessibility.*} settings: what the accessibility statement names for this installation. */
@ConfigMapping(prefix = "cokit.accessibility")
public interface AccessibilityConfig {

    /**
     * The e-mail address for accessibility feedback and requests (env {@code COKIT_ACCESSIBILITY_CONTACT}); without
     * one the statement sends readers to their organisation's coordinator.
     */
    Optional<String> contact();

    /** The enforcement body's complaint page for the country of this installation, linked from the statement. */
    Optional<String> enforcementUrl();

    /** When the statement was prepared (or last reviewed): the date of the last accessibility check. */
    @WithDefault("2026-12-03")
    LocalDate prepared();
}
