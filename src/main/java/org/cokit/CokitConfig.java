package org.cokit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/** Typed view of every {@code cokit.*} setting; the one place where their defaults live. */
@ConfigMapping(prefix = "cokit")
public interface CokitConfig {

    /** Folder for the embedded H2 database and other files kept between restarts (env {@code COKIT_DATA_DIR}). */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    /**
     * Folders of the questionnaire YAML files, relative to the working directory, separated by commas (env
     * {@code COKIT_QUESTIONNAIRES_DIR}); a folder that does not exist stands for the copy built into the
     * application. Several folders let an installation add its own questionnaires beside the shipped ones.
     */
    @WithName("questionnaires-dir")
    @WithDefault("questionnaires")
    List<String> questionnairesDir();

    /**
     * Folders of the scoring rule-set YAML files and the DEXi models they name, like {@link #questionnairesDir()}
     * (env {@code COKIT_SCORING_RULES_DIR}).
     */
    @WithName("scoring-rules-dir")
    @WithDefault("scoring-rules")
    List<String> scoringRulesDir();

    /**
     * Whether edited questionnaire and rule-set files are read again while the application runs (env
     * {@code COKIT_DEFINITIONS_WATCH}; on in dev mode). A file with a problem is reported and the definitions in
     * use stay as they were.
     */
    @WithName("definitions.watch")
    @WithDefault("false")
    boolean watchDefinitions();

    Demo demo();

    Password password();

    Login login();

    Invitation invitation();

    Session session();

    Mail mail();

    interface Demo {
        /** Create the demo organisations and logins on an empty database (env {@code COKIT_DEMO_ENABLED}). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Password {
        /** bcrypt cost factor for new hashes; existing hashes keep the cost they were made with. */
        @WithName("bcrypt-cost")
        @WithDefault("10")
        int bcryptCost();

        @WithName("min-length")
        @WithDefault("10")
        int minLength();
    }

    interface Login {
        /** Failed logins in a row after which an account is locked for {@link #lockout()}. */
        @WithName("max-failures")
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration lockout();
    }

    interface Invitation {
        @WithDefault("P14D")
        Duration validity();
    }

    interface Session {
        /** How long before the idle timeout the page warns that the session is about to end. */
        @WithName("warning-before")
        @WithDefault("PT2M")
        Duration warningBefore();
    }

    interface Mail {
        /** Send invitation e-mails; needs {@code quarkus.mailer.*} to point at a mail server. Off: links are shown to copy. */
        @WithDefault("false")
        boolean enabled();
    }
}
