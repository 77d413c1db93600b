package org.flashlight.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MA-4's option: the levels 1-5 of seed 000 and DESE's earlier framework (profiles help, "Accountability
 * and assistance level"). Level 3: among the lowest 20% of schools of the same type (percentile 20 or
 * below), a group among the lowest 20% of groups statewide, persistently low graduation rates, or
 * participation below 90% for any group. Levels 4 and 5 are the state's choice among level 3 schools
 * and are taken as given. Level 2: a cumulative target percentage below 75% for all students or for
 * high-needs students, or participation of 90-94%. Level 1 otherwise.
 */
public record AccountabilityLevels(int lowestPercentile, Fraction levelOneAtLeast, Fraction participationLevel3Below,
        Fraction participationLevel2Below) {

    /** One school's inputs. {@code stateLevel} is 4 or 5 when the state placed it there. */
    public record Inputs(String schoolId, int percentile, SortedMap<String, Integer> groupPercentiles,
            Fraction cumulativeAll, Optional<Fraction> cumulativeHighNeeds, boolean persistentlyLowGraduation,
            SortedMap<String, Fraction> participation, Optional<Integer> stateLevel) {

        public Inputs {
            groupPercentiles = new TreeMap<>(groupPercentiles);
            participation = new TreeMap<>(participation);
        }
    }

    public record Level(String schoolId, int level, List<String> reasons) {

        public Level {
            reasons = List.copyOf(reasons);
        }
    }

    public static AccountabilityLevels massachusetts() {
        return new AccountabilityLevels(20, Fraction.of(3, 4), Fraction.of("0.90"), Fraction.of("0.95"));
    }

    public Level level(Inputs school) {
        List<String> level3 = new ArrayList<>();
        if (school.percentile() <= lowestPercentile) {
            level3.add("percentile " + school.percentile() + ": among the lowest " + lowestPercentile
                    + "% of schools of its type");
        }
        for (Map.Entry<String, Integer> group : school.groupPercentiles().entrySet()) {
            if (group.getValue() <= lowestPercentile) {
                level3.add("group " + group.getKey() + " percentile " + group.getValue() + ": among the lowest "
                        + lowestPercentile + "% of groups");
            }
        }
        if (school.persistentlyLowGraduation()) {
            level3.add("persistently low graduation rates");
        }
        List<String> level2 = new ArrayList<>();
        for (Map.Entry<String, Fraction> rate : school.participation().entrySet()) {
            String text = "participation " + rate.getKey() + " " + SupportIdentification.percent(rate.getValue());
            if (rate.getValue().compareTo(participationLevel3Below) < 0) {
                level3.add(text + " below " + SupportIdentification.percent(participationLevel3Below));
            } else if (rate.getValue().compareTo(participationLevel2Below) < 0) {
                level2.add(text + " below " + SupportIdentification.percent(participationLevel2Below));
            }
        }
        if (!level3.isEmpty()) {
            if (school.stateLevel().isPresent()) {
                List<String> reasons = new ArrayList<>(level3);
                reasons.add(0, "placed in level " + school.stateLevel().get() + " by the state");
                return new Level(school.schoolId(), school.stateLevel().get(), reasons);
            }
            return new Level(school.schoolId(), 3, level3);
        }
        if (school.cumulativeAll().compareTo(levelOneAtLeast) < 0) {
            level2.add(0, "cumulative percentage for all students " + SupportIdentification.percent(school.cumulativeAll())
                    + " below " + SupportIdentification.percent(levelOneAtLeast));
        }
        school.cumulativeHighNeeds().filter(value -> value.compareTo(levelOneAtLeast) < 0).ifPresent(value ->
                level2.add("cumulative percentage for high-needs students " + SupportIdentification.percent(value)
                        + " below " + SupportIdentification.percent(levelOneAtLeast)));
        if (!level2.isEmpty()) {
            return new Level(school.schoolId(), 2, level2);
        }
        return new Level(school.schoolId(), 1, List.of("cumulative percentages at or above "
                + SupportIdentification.percent(levelOneAtLeast)));
    }
}
