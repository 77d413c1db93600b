package org.flashlight.core.framework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FW-2: a framework file that {@code extends} another is the other file with the extending file written
 * over it, key by key: a mapping merges into the parent's mapping of the same key (so an indicator, a level
 * or a domain keyed by its id is added or replaced one at a time), a list or a value replaces the parent's,
 * and {@code null} removes the parent's entry. The {@code extends} key itself is dropped.
 *
 * <p>Example: a district keeping CORE's index but scoring chronic absence at 91%:
 * <pre>
 * extends: core-sqii
 * id: core-district
 * measurement: {chronic_absence_threshold: 0.91}
 * scoring: {indicators: {sel_positive: null}}     # and dropping the SEL survey
 * </pre>
 */
public final class FrameworkExtension {
    public static final String KEY = "extends";

    private FrameworkExtension() {
    }

    /** The parent's document with the child's written over it (both left unchanged). */
    public static Map<String, Object> merge(Map<?, ?> parent, Map<?, ?> child) {
        Map<String, Object> merged = new LinkedHashMap<>();
        parent.forEach((k, v) -> merged.put(String.valueOf(k), v));
        for (Map.Entry<?, ?> e : child.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Map<?, ?> childMap && merged.get(key) instanceof Map<?, ?> parentMap) {
                merged.put(key, merge(parentMap, childMap));
            } else {
                merged.put(key, value);
            }
        }
        merged.remove(KEY);
        return merged;
    }
}
