package org.cokit.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cokit.i18n.Language;

/** What an admin gives to create an organisation (API body and form alike). */
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166 country code") String country,
        @NotNull GovernmentLevel governmentLevel,
        @NotNull Sector sector,
        @NotNull SizeBand sizeBand,
        @NotNull Language language,
        boolean benchmarkOptIn) {
}
