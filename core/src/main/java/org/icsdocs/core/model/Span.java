package org.icsdocs.core.model;

import java.util.Map;
import org.icsdocs.core.diagnostic.Location;

/**
 * Where a record was written: the start of its mapping and the position of each key in it, by
 * component name. Filled in by the loader; never written by users. Lets a rule point at the
 * exact key it is about rather than at the whole record.
 */
public record Span(Location at, Map<String, Location> keys) {

    public static final Span NONE = new Span(Location.ofFile("<unknown>"), Map.of());

    public Span {
        keys = Map.copyOf(keys);
    }

    /** The position of the named component's key, or of the record when it was not written. */
    public Location of(String component) {
        return keys.getOrDefault(component, at);
    }

    public boolean has(String component) {
        return keys.containsKey(component);
    }
}
