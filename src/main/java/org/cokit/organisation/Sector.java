package org.cokit.organisation;

/** Policy sector an organisation mainly works in (after the COFOG divisions); one of the peer-group dimensions. */
public enum Sector {
    GENERAL_ADMINISTRATION,
    ECONOMIC_AFFAIRS,
    ENVIRONMENT,
    HOUSING_AND_COMMUNITY,
    HEALTH,
    CULTURE_AND_RECREATION,
    EDUCATION,
    SOCIAL_PROTECTION,
    PUBLIC_ORDER_AND_SAFETY,
    OTHER
}
