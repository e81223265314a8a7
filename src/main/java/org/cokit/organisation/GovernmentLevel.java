package org.cokit.organisation;

/** The tier of government an organisation belongs to; one of the peer-group dimensions. */
public enum GovernmentLevel {
    NATIONAL, REGIONAL, LOCAL
}
