package org.cokit.organisation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cokit.CokitConfig;
import org.cokit.cluster.JobLock;
import org.cokit.i18n.Language;
import org.jboss.logging.Logger;

/** Creates the demo organisations and logins (password {@code demo}) on the first start of an empty database. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String PASSWORD = "demo";

    private final CokitConfig config;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Event<DemoDataCreated> created;
    private final JobLock jobLock;

    public DemoData(CokitConfig config, PasswordHasher hasher, Clock clock, Event<DemoDataCreated> created,
            JobLock jobLock) {
        this.config = config;
        this.hasher = hasher;
        this.clock = clock;
        this.created = created;
        this.jobLock = jobLock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            createIfEmpty();
            if (Member.count("email", "admin@demo") > 0) {
                LOG.infof("Demo logins (password '%s'): admin@demo, coordinator@demo-city, respondent1@demo-city, "
                        + "respondent2@demo-city, manager@demo-city, and the same four @demo-region", PASSWORD);
            }
        }
    }

    /** Creates the demo data unless any organisation or member exists; returns whether it did. */
    @Transactional
    public boolean createIfEmpty() {
        // instances starting together on one empty database: one creates, the others wait and find it done
        jobLock.lock("demo-data");
        if (Organisation.count() > 0 || Member.count() > 0) {
            return false;
        }
        member(null, "admin@demo", "Demo Administrator", EnumSet.of(Role.ADMIN));
        List<Organisation> organisations = new ArrayList<>();
        organisations.add(organisation("Demo City", "demo-city", "SI", GovernmentLevel.LOCAL,
                Sector.GENERAL_ADMINISTRATION, SizeBand.FROM_250_TO_999, Language.SL, true));
        organisations.add(organisation("Demo Region", "demo-region", "DK", GovernmentLevel.REGIONAL,
                Sector.HEALTH, SizeBand.FROM_1000, Language.DA, true));
        created.fire(new DemoDataCreated(List.copyOf(organisations)));
        LOG.info("Demo data created");
        return true;
    }

    private Organisation organisation(String name, String domain, String country, GovernmentLevel level,
            Sector sector, SizeBand size, Language language, boolean optIn) {
        Organisation organisation = new Organisation();
        organisation.name = name;
        organisation.country = country;
        organisation.governmentLevel = level;
        organisation.sector = sector;
        organisation.sizeBand = size;
        organisation.language = language;
        organisation.benchmarkOptIn = optIn;
        organisation.createdAt = clock.instant();
        organisation.persist();
        member(organisation, "coordinator@" + domain, name + " Coordinator", EnumSet.of(Role.COORDINATOR));
        member(organisation, "respondent1@" + domain, name + " Respondent 1", EnumSet.of(Role.RESPONDENT));
        member(organisation, "respondent2@" + domain, name + " Respondent 2", EnumSet.of(Role.RESPONDENT));
        member(organisation, "manager@" + domain, name + " Manager", EnumSet.of(Role.MANAGER));
        return organisation;
    }

    private void member(Organisation organisation, String email, String displayName, Set<Role> roles) {
        Member member = new Member();
        member.organisation = organisation;
        member.email = email;
        member.displayName = displayName;
        member.roles.addAll(roles);
        member.passwordHash = hasher.hash(PASSWORD);
        member.createdAt = clock.instant();
        member.persist();
    }
}
