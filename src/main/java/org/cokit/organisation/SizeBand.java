package org.cokit.organisation;

/** Number of staff, in bands; one of the peer-group dimensions. */
public enum SizeBand {
    UP_TO_49, FROM_50_TO_249, FROM_250_TO_999, FROM_1000
}
