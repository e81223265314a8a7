package org.cokit.engine.loading;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;

/**
 * Refuses to start when a questionnaire version this installation has already used now has other questions:
 * answers point to questions by id and version, so a changed published version would silently change their
 * meaning. Texts and translations may be corrected freely; anything that changes what an answer means
 * (ids, types, options, limits, conditions) needs a new version.
 */
@ApplicationScoped
public class PublishedVersions {

    private final QuestionnaireRegistry registry;
    private final EntityManager entityManager;
    private final Clock clock;

    public PublishedVersions(QuestionnaireRegistry registry, EntityManager entityManager, Clock clock) {
        this.registry = registry;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        check(registry.all());
    }

    /** Records unseen versions and throws {@link DefinitionException} for every changed one. */
    @Transactional
    public void check(List<Questionnaire> questionnaires) {
        List<Problem> problems = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            String fingerprint = fingerprint(q);
            List<?> stored = entityManager.createNativeQuery("select fingerprint from questionnaire_fingerprint "
                    + "where questionnaire_id = ?1 and questionnaire_version = ?2")
                    .setParameter(1, q.id()).setParameter(2, q.version()).getResultList();
            if (stored.isEmpty()) {
                entityManager.createNativeQuery("insert into questionnaire_fingerprint (questionnaire_id, "
                        + "questionnaire_version, fingerprint, first_loaded_at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, q.id()).setParameter(2, q.version()).setParameter(3, fingerprint)
                        .setParameter(4, clock.instant()).executeUpdate();
            } else if (!fingerprint.equals(stored.get(0))) {
                problems.add(new Problem(q.source(), 1, "questionnaire '" + q.id() + "' version " + q.version()
                        + " is already in use with other questions; keep this version in " + q.id() + ".v"
                        + q.version() + ".yaml and give the changed questions version " + (q.version() + 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
    }

    /**
     * SHA-256 of what gives answers their meaning, in definition order; texts are left out, and so are an
     * installation's extra sections, which are its own to change.
     */
    static String fingerprint(Questionnaire q) {
        String canonical = q.sections().stream().filter(s -> !s.extra()).map(s -> s.id() + roles(s.roles()) + "{" + s.questions().stream()
                .map(PublishedVersions::canonical).collect(Collectors.joining(";")) + "}")
                .collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(Question q) {
        return String.join("|", q.id(), q.type().id(), String.valueOf(q.required()),
                String.valueOf(q.allowNotApplicable()),
                q.options().stream().map(o -> o.id()).collect(Collectors.joining(",")), plain(q.min()), plain(q.max()),
                String.valueOf(q.maxLength()), q.showIf() == null ? "" : q.showIf().expression(),
                q.requiredIf() == null ? "" : q.requiredIf().expression()) + roles(q.roles());
    }

    /** Who is asked changes what the answers mean; nothing is added without roles, so older prints stay valid. */
    private static String roles(List<String> roles) {
        return roles.isEmpty() ? "" : "@" + String.join(",", roles);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
