package org.flashlight.core.improvement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flashlight.core.accountability.MetricScore;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.group.StudentGroup;

/**
 * What pairing (CORE-7) and communities of practice (CORE-8) read about a designated school, built from a
 * run:
 * <ul>
 * <li>poverty: the school's econ_disadv share of enrolled students ({@link SchoolProfile#econShare()},
 *     under the framework's economic-disadvantage rule);</li>
 * <li>EL share, SWD share and the race mix: from the whole-school rows of {@code swd_identification},
 *     whose population is every enrolled student, so each group's denominator is the group's enrolled
 *     count: share = denominator(group) / denominator(all); a group without a row has no students;</li>
 * <li>size: denominator(all), the enrolled count;</li>
 * <li>level: the framework level the school was scored in;</li>
 * <li>metric levels: the school's 1-10 levels (metric_results.csv {@code metric_level}) keyed by metric for
 *     {@code all} and by "metric group" for a subgroup.</li>
 * </ul>
 */
final class SupportProfiles {
    static final String ENROLLMENT_METRIC = "swd_identification";

    private final ImprovementInputs inputs;
    private final ImprovementInputs.Values values;
    private final Map<String, SortedMap<String, Integer>> levels = new HashMap<>();
    private final Map<String, SchoolProfile> profiles = new HashMap<>();

    SupportProfiles(ImprovementInputs inputs) {
        this.inputs = inputs;
        this.values = inputs.index(java.util.Set.of(ENROLLMENT_METRIC));
        inputs.schools().forEach(p -> profiles.put(p.schoolYear() + "|" + p.schoolId(), p));
        for (MetricScore m : inputs.outcome().metricScores()) {
            if (m.level() != null) {
                levels.computeIfAbsent(key(m.schoolYear(), m.schoolId(), m.frameworkLevel()), k -> new TreeMap<>())
                        .put(m.group().equals("all") ? m.metric() : m.metric() + " " + m.group(), m.level());
            }
        }
    }

    /** The school's profile, or empty when its enrolled students or its econ_disadv share are unknown. */
    Optional<org.flashlight.core.support.PairingProfile> forPairing(int year, String schoolId, String level) {
        Optional<BigDecimal> poverty = Optional.ofNullable(profiles.get(year + "|" + schoolId))
                .map(SchoolProfile::econShare);
        Optional<SchoolValue> all = enrolled(year, schoolId, "all");
        if (poverty.isEmpty() || all.isEmpty() || all.get().denominator().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal total = all.get().denominator();
        SortedMap<String, BigDecimal> races = new TreeMap<>();
        for (StudentGroup race : StudentGroup.RACES) {
            races.put(race.id(), share(year, schoolId, race.id(), total));
        }
        return Optional.of(new org.flashlight.core.support.PairingProfile(schoolId, level, poverty.get(),
                share(year, schoolId, "el", total), share(year, schoolId, "swd", total), races,
                total.intValueExact(), metricLevels(year, schoolId, level)));
    }

    /**
     * For grouping focus schools, which reads only the level and the metric levels: demographics are not
     * needed, so a school without enrollment rows still gets a community.
     */
    org.flashlight.core.support.PairingProfile forCommunity(int year, String schoolId, String level) {
        return new org.flashlight.core.support.PairingProfile(schoolId, level, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new TreeMap<>(), 1, metricLevels(year, schoolId, level));
    }

    SortedMap<String, Integer> metricLevels(int year, String schoolId, String level) {
        return levels.getOrDefault(key(year, schoolId, level), new TreeMap<>());
    }

    private static String key(int year, String schoolId, String level) {
        return year + "|" + schoolId + "|" + level;
    }

    private BigDecimal share(int year, String schoolId, String group, BigDecimal total) {
        return enrolled(year, schoolId, group).map(v -> v.denominator().divide(total, MathContext.DECIMAL64))
                .orElse(BigDecimal.ZERO);
    }

    private Optional<SchoolValue> enrolled(int year, String schoolId, String group) {
        return values.get(year, schoolId, "", ENROLLMENT_METRIC, group).filter(v -> v.denominator() != null);
    }
}
