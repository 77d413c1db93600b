package org.flashlight.core.simulation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flashlight.core.framework.FrameworkSettings;

/**
 * Every setting two frameworks hold differently, found by walking the framework model itself (records,
 * lists, maps), so that a setting added to the model is compared without a change here. Lists of records
 * with an id (levels, domains, indicators, metrics) are matched by id, other lists by position; numbers
 * compare by value (0.9 = 0.90). Paths use the file's snake_case names; the framework's id, name and
 * version are not compared.
 */
public final class SettingsDifferences {
    private static final Set<String> IDENTITY = Set.of("id", "name", "version");
    private static final String NONE = "(none)";

    private SettingsDifferences() {
    }

    public static List<SettingDifference> of(FrameworkSettings a, FrameworkSettings b) {
        List<SettingDifference> differences = new ArrayList<>();
        for (RecordComponent component : FrameworkSettings.class.getRecordComponents()) {
            if (!IDENTITY.contains(component.getName())) {
                compare(snake(component.getName()), read(component, a), read(component, b), differences);
            }
        }
        return List.copyOf(differences);
    }

    /** The differences under a path (e.g. {@code scoring.domains}), for a reason that names its cause. */
    public static List<SettingDifference> under(List<SettingDifference> differences, String prefix) {
        return differences.stream().filter(d -> d.path().equals(prefix) || d.path().startsWith(prefix + ".")
                || d.path().startsWith(prefix + "[")).toList();
    }

    private static void compare(String path, Object a, Object b, List<SettingDifference> out) {
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
            compare(path, oa.orElse(null), ob.orElse(null), out);
            return;
        }
        if (same(a, b)) {
            return;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                compare(path + "." + snake(component.getName()), read(component, a), read(component, b), out);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && identified(la) && identified(lb)) {
            Map<String, Object> byIdA = byId(la);
            Map<String, Object> byIdB = byId(lb);
            Set<String> ids = new LinkedHashSet<>(byIdA.keySet());
            ids.addAll(byIdB.keySet());
            for (String id : ids) {
                compare(path + "[" + id + "]", byIdA.get(id), byIdB.get(id), out);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()
                && la.stream().allMatch(e -> e != null && e.getClass().isRecord())) {
            for (int i = 0; i < la.size(); i++) {
                compare(path + "[" + i + "]", la.get(i), lb.get(i), out);
            }
        } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            // keys in text order: a map's own order may be a hash order
            Set<Object> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(String::valueOf));
            keys.addAll(ma.keySet());
            keys.addAll(mb.keySet());
            for (Object key : keys) {
                compare(path + "[" + key + "]", ma.get(key), mb.get(key), out);
            }
        } else {
            out.add(new SettingDifference(path, text(a), text(b)));
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
            return same(oa.orElse(null), ob.orElse(null));
        }
        if (a instanceof BigDecimal da && b instanceof BigDecimal db) {
            return da.compareTo(db) == 0;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (!same(read(component, a), read(component, b))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean identified(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> id(e).isPresent());
    }

    private static Optional<String> id(Object element) {
        if (element == null || !element.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : element.getClass().getRecordComponents()) {
            if (component.getName().equals("id") && component.getType() == String.class) {
                return Optional.of((String) read(component, element));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> byId(List<?> list) {
        Map<String, Object> map = new LinkedHashMap<>();
        list.forEach(e -> map.put(id(e).orElseThrow(), e));
        return map;
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return text(optional.orElse(null));
        }
        if (value == null || "".equals(value)) {
            return NONE;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return "[" + String.join(", ", c.stream().map(SettingsDifferences::text).toList()) + "]";
        }
        if (value instanceof Map<?, ?> m) {
            return "{" + String.join(", ", m.entrySet().stream().map(e -> e.getKey() + " " + text(e.getValue()))
                    .sorted().toList()) + "}";
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object v = read(component, value);
                if (v != null && !(v instanceof Collection<?> c && c.isEmpty()) && !"".equals(v)) {
                    parts.add(snake(component.getName()) + " " + text(v));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return value.toString();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    /** {@code chronicAbsenceThreshold} -> {@code chronic_absence_threshold}, as the files spell it. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
