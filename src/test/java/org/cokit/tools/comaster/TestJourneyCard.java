package org.cokit.tools.comaster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cokit.engine.DashboardCard;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;

/**
 * Stands in for the journey tool's dashboard card in tests: a feedback summary, only for the organisations a test
 * names, so no other test's dashboard changes.
 */
@ApplicationScoped
public class TestJourneyCard implements DashboardCard {

    static final Set<Long> ORGANISATIONS = ConcurrentHashMap.newKeySet();

    @Override
    public String toolId() {
        return "conew";
    }

    @Override
    public Optional<Content> content(Caller caller, Language language) {
        if (caller.organisationId() == null || !ORGANISATIONS.contains(caller.organisationId())) {
            return Optional.empty();
        }
        return Optional.of(new Content("Journey of the renewed parking permit", List.of("12 annotations, 3 ideas"),
                "/journeys/1", "Open the journey"));
    }
}
