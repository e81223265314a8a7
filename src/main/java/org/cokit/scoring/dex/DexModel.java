package org.cokit.scoring.dex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A DEX model: one or more root attributes with their subtrees, every attribute reachable by its unique id. An
 * attribute may sit under several parents (the same instance, or a link), which makes the tree a DAG.
 */
public final class DexModel {

    private final String name;
    private final String description;
    private final List<DexAttribute> roots;
    private final Map<String, DexAttribute> byId;
    private final List<DexAttribute> attributes;
    private final List<DexAttribute> postOrder;
    private final List<DexAttribute> inputs;

    public DexModel(String name, String description, List<DexAttribute> roots) {
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
        this.roots = List.copyOf(roots);
        if (this.roots.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one root attribute");
        }
        Map<String, DexAttribute> found = new LinkedHashMap<>();
        for (DexAttribute root : this.roots) {
            collect(root, found);
        }
        this.byId = Collections.unmodifiableMap(found);
        this.attributes = List.copyOf(found.values());
        for (DexAttribute attribute : byId.values()) {
            checkLink(attribute);
        }
        List<DexAttribute> order = new ArrayList<>(byId.size());
        Set<String> done = new HashSet<>();
        for (DexAttribute root : this.roots) {
            visitPostOrder(root, done, new HashSet<>(), order);
        }
        this.postOrder = List.copyOf(order);
        this.inputs = this.attributes.stream().filter(a -> a.isBasic() && !a.isLinked()).toList();
    }

    /** Pre-order, each id once; a second occurrence must be the same attribute (a shared input). */
    private static void collect(DexAttribute attribute, Map<String, DexAttribute> found) {
        DexAttribute seen = found.get(attribute.id());
        if (seen != null) {
            if (seen != attribute && !seen.equals(attribute)) {
                throw new IllegalArgumentException("two different attributes have the id '" + attribute.id() + "'");
            }
            return;
        }
        found.put(attribute.id(), attribute);
        for (DexAttribute input : attribute.inputs()) {
            collect(input, found);
        }
    }

    private void checkLink(DexAttribute attribute) {
        if (!attribute.isLinked()) {
            return;
        }
        DexAttribute target = byId.get(attribute.link());
        if (target == null) {
            throw new IllegalArgumentException("attribute '" + attribute.id() + "' is linked to '"
                    + attribute.link() + "', which is not in the model");
        }
        if (!target.scale().sameValuesAs(attribute.scale())) {
            throw new IllegalArgumentException("attribute '" + attribute.id() + "' is linked to '" + target.id()
                    + "', whose scale differs");
        }
    }

    /** Inputs (and a link's target) before the attribute; a link cycle has no such order. */
    private void visitPostOrder(DexAttribute attribute, Set<String> done, Set<String> open,
            List<DexAttribute> order) {
        if (done.contains(attribute.id())) {
            return;
        }
        if (!open.add(attribute.id())) {
            throw new IllegalArgumentException("attribute '" + attribute.id() + "' depends on itself through links");
        }
        if (attribute.isLinked()) {
            visitPostOrder(byId.get(attribute.link()), done, open, order);
        }
        for (DexAttribute input : attribute.inputs()) {
            visitPostOrder(input, done, open, order);
        }
        open.remove(attribute.id());
        done.add(attribute.id());
        order.add(attribute);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<DexAttribute> roots() {
        return roots;
    }

    /** Every attribute once, in pre-order (each root, then its inputs in order). */
    public List<DexAttribute> attributes() {
        return attributes;
    }

    public Optional<DexAttribute> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The attribute with this id; throws when there is none. */
    public DexAttribute attribute(String id) {
        DexAttribute attribute = byId.get(id);
        if (attribute == null) {
            throw new IllegalArgumentException("the model has no attribute '" + id + "'");
        }
        return attribute;
    }

    /** Every attribute after its inputs and its link's target: an order in which to evaluate. */
    public List<DexAttribute> postOrder() {
        return postOrder;
    }

    /** The attributes an alternative gives values to: basic attributes that are not linked. */
    public List<DexAttribute> inputs() {
        return inputs;
    }
}
