package org.flashlight.core.improvement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.Numbers;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.framework.ScoringSystem;

/**
 * MA-5 for every designated school: each condition for leaving its designation, whether it holds and the
 * distance to it.
 * <ul>
 * <li>Massachusetts' {@code comprehensive} and {@code targeted} schools: {@link MassachusettsExit}
 *     (targets met; the identifying group above the 20th percentile and meeting its targets).</li>
 * <li>A designation given by a rule that tests one number against a line ({@code lowest_share},
 *     {@code all_below}, {@code group_at_or_below}: CSI, TSI, priority, focus): exit = no longer meeting the
 *     rule, i.e. the number crossing the line, e.g. "score 18.2 must rise above the csi cut 21.4 (...): by
 *     more than 3.2". A school designated by two rules of one id (CSI by score and by graduation) has a row for each
 *     and exits when both hold.</li>
 * <li>Any other designation (the Dashboard's colour patterns, CA-3): one row, "no longer meeting" its rule,
 *     without a distance.</li>
 * </ul>
 * Recognitions ({@code top_share} designations such as {@code reward}) have no exit.
 */
final class ExitStatus {
    private ExitStatus() {
    }

    static List<ExitRow> of(ImprovementInputs inputs) {
        Set<String> recognitions = inputs.framework().scoring().designations().stream()
                .filter(r -> r.rule().equals("top_share")).map(DesignationRule::designation)
                .collect(Collectors.toSet());
        Optional<MassachusettsExit> massachusetts = inputs.framework().scoring().system()
                == ScoringSystem.TARGET_PERCENTAGE ? Optional.of(new MassachusettsExit(inputs)) : Optional.empty();
        List<ExitRow> rows = new ArrayList<>();
        for (SchoolScore school : inputs.outcome().schools()) {
            Map<String, List<Condition>> byId = new LinkedHashMap<>();
            for (Designation d : school.designations()) {
                if (recognitions.contains(d.id())) {
                    continue;
                }
                List<Condition> conditions = byId.computeIfAbsent(d.id(), id -> new ArrayList<>());
                if (massachusetts.isPresent() && MassachusettsExit.DESIGNATIONS.contains(d.id())) {
                    massachusetts.get().conditions(school, d.id()).forEach(c -> conditions.add(new Condition(
                            c.description(), c.met(), Optional.of(c.distance().toDecimal(6)))));
                    if (conditions.isEmpty()) {
                        // never "exits" on nothing: without a value that counts, there is no target to meet
                        conditions.add(new Condition("no target to measure: no indicator value meets min n", false,
                                Optional.empty()));
                    }
                } else {
                    d.exitLines().forEach(line -> conditions.add(crossing(line)));
                    if (d.exitLines().isEmpty()) {
                        conditions.add(new Condition("no longer meeting the rule: " + d.detail(), false,
                                Optional.empty()));
                    }
                }
            }
            byId.forEach((id, conditions) -> {
                boolean exits = conditions.stream().allMatch(Condition::met);
                conditions.forEach(c -> rows.add(new ExitRow(school.schoolYear(), school.schoolId(),
                        school.frameworkLevel(), id, c.text(), c.met(), c.distance(), exits)));
            });
        }
        return rows;
    }

    /**
     * "score 13.875 must rise above the priority cut 16.666667 (...): by more than 2.791667", or for a
     * threshold the school must reach, "grad_4yr 0.61 must reach the threshold 0.67: by at least 0.06".
     */
    static Condition crossing(Designation.ExitLine line) {
        String text = line.measure() + " " + Numbers.show(line.value()) + " must "
                + (line.reachingExits() ? "reach " : "rise above ") + line.lineName() + " " + Numbers.show(line.line())
                + ": " + (line.crossed() ? "done" : (line.reachingExits() ? "by at least " : "by more than ")
                + Numbers.show(line.distance()));
        return new Condition(text, line.crossed(), Optional.of(line.distance()));
    }

    record Condition(String text, boolean met, Optional<BigDecimal> distance) {
    }
}
