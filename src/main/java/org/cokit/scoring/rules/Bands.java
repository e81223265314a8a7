package org.cokit.scoring.rules;

import java.util.List;
import org.cokit.scoring.dex.DexScale;

/** The bands a 0-100 score falls in, worst first; as a {@link Scale} whose levels are the bands. */
public final class Bands {

    /** Scores are sums of fractions; a hair's tolerance keeps 39.99999999 from falling short of a band at 40. */
    private static final double TOLERANCE = 1e-9;

    private final List<Band> bands;
    private final double[] from;
    private final Scale scale;

    /** {@code bands} worst first, the first starting at 0 and each later one higher (the loader checks this). */
    public Bands(String id, List<Band> bands) {
        this.bands = List.copyOf(bands);
        this.from = bands.stream().mapToDouble(Band::from).toArray();
        this.scale = new Scale(id, DexScale.discrete(DexScale.Order.ASCENDING, bands.stream()
                .map(b -> new DexScale.Value(b.id(), "", b.group())).toList()),
                bands.stream().map(Band::label).toList());
    }

    public List<Band> bands() {
        return bands;
    }

    public Scale scale() {
        return scale;
    }

    /** The level of the band that {@code score} falls in. */
    public int level(double score) {
        int level = 0;
        for (int i = 1; i < from.length; i++) {
            if (score + TOLERANCE >= from[i]) {
                level = i;
            }
        }
        return level;
    }
}
