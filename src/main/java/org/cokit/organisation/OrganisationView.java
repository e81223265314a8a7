package org.cokit.organisation;

import org.cokit.i18n.Language;

/** An organisation as the API shows it. */
public record OrganisationView(long id, String name, String country, GovernmentLevel governmentLevel,
        Sector sector, SizeBand sizeBand, Language language, boolean benchmarkOptIn) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.country, o.governmentLevel, o.sector, o.sizeBand, o.language,
                o.benchmarkOptIn);
    }
}
