package org.cokit.engine.loading;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Definitions addressed by id and version, every version kept (records made with an older version stay readable),
 * the newest being the default. Immutable.
 */
public final class VersionedDefinitions<T> {

    private final Map<String, NavigableMap<Integer, T>> byId;
    private final List<T> all;

    /** {@code all} sorted by id then version, with no id and version twice (the loaders check that). */
    public VersionedDefinitions(List<T> all, Function<T, String> id, ToIntFunction<T> version) {
        Map<String, NavigableMap<Integer, T>> map = new HashMap<>();
        for (T definition : all) {
            map.computeIfAbsent(id.apply(definition), k -> new TreeMap<>()).put(version.applyAsInt(definition),
                    definition);
        }
        map.replaceAll((k, versions) -> Collections.unmodifiableNavigableMap(versions));
        this.byId = Map.copyOf(map);
        this.all = List.copyOf(all);
    }

    /** The newest version of {@code id}. */
    public Optional<T> find(String id) {
        NavigableMap<Integer, T> versions = byId.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    public Optional<T> find(String id, int version) {
        NavigableMap<Integer, T> versions = byId.get(id);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /** Every version of every definition, by id then version. */
    public List<T> all() {
        return all;
    }
}
