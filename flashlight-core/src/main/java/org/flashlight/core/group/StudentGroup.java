package org.flashlight.core.group;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One student group of the catalog (shared/spec/metrics.md, "Student groups"): its stable id, the
 * label report cards show, and where its members come from. The catalog is {@link #CATALOG}, in the
 * order of metrics.md; the rules themselves are in docs/student-groups.md.
 *
 * @param id         stable id, as written in every output ({@code student_group} column)
 * @param label      plain-language label for report cards
 * @param membership how the group's members are decided
 */
public record StudentGroup(String id, String label, Membership membership) {

    /** Where a group's members come from. */
    public enum Membership {
        /** {@code all}: every student the metric counts; needs no lookup. */
        EVERY_STUDENT,
        /**
         * Decided once per student and school year from that year's students.csv row (and, for the
         * over-age part of {@code dc_at_risk}, that year's enrollments): the rows of the
         * {@code student_groups} table. The same for every school and metric that year.
         */
        STUDENT_YEAR,
        /**
         * Decided by the metric engine per metric, school and year ({@code lowest_race},
         * {@code lowest_25pct}); not in {@code student_groups}.
         */
        PER_METRIC
    }

    public StudentGroup {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(membership, "membership is null");
    }

    public static final StudentGroup ALL = new StudentGroup("all", "All students", Membership.EVERY_STUDENT);

    // The race/ethnicity groups: each id is the race_ethnicity code of students.csv (federal 7).
    public static final StudentGroup HISPANIC =
            new StudentGroup("hispanic", "Hispanic or Latino", Membership.STUDENT_YEAR);
    public static final StudentGroup AMERICAN_INDIAN =
            new StudentGroup("american_indian", "American Indian or Alaska Native", Membership.STUDENT_YEAR);
    public static final StudentGroup ASIAN = new StudentGroup("asian", "Asian", Membership.STUDENT_YEAR);
    public static final StudentGroup BLACK =
            new StudentGroup("black", "Black or African American", Membership.STUDENT_YEAR);
    public static final StudentGroup PACIFIC_ISLANDER = new StudentGroup("pacific_islander",
            "Native Hawaiian or Other Pacific Islander", Membership.STUDENT_YEAR);
    public static final StudentGroup WHITE = new StudentGroup("white", "White", Membership.STUDENT_YEAR);
    public static final StudentGroup TWO_OR_MORE =
            new StudentGroup("two_or_more", "Two or more races", Membership.STUDENT_YEAR);

    public static final StudentGroup EL = new StudentGroup("el", "English learners", Membership.STUDENT_YEAR);
    public static final StudentGroup EL_EVER = new StudentGroup("el_ever",
            "English learners and former English learners (exited in the last 4 years)", Membership.STUDENT_YEAR);
    public static final StudentGroup SWD =
            new StudentGroup("swd", "Students with disabilities", Membership.STUDENT_YEAR);
    public static final StudentGroup ECON_DISADV =
            new StudentGroup("econ_disadv", "Economically disadvantaged students", Membership.STUDENT_YEAR);
    public static final StudentGroup HIGH_NEEDS = new StudentGroup("high_needs",
            "High-needs students (English learners, students with disabilities or low-income students)",
            Membership.STUDENT_YEAR);
    public static final StudentGroup LOWEST_RACE = new StudentGroup("lowest_race",
            "Lowest-performing racial/ethnic group", Membership.PER_METRIC);
    public static final StudentGroup TARGET_GROUP = new StudentGroup("target_group",
            "Black or Hispanic low-income students", Membership.STUDENT_YEAR);
    public static final StudentGroup NOT_TARGET_GROUP = new StudentGroup("not_target_group",
            "All other students (not Black or Hispanic low-income)", Membership.STUDENT_YEAR);
    public static final StudentGroup LOWEST_25PCT = new StudentGroup("lowest_25pct",
            "Lowest-performing 25% of students", Membership.PER_METRIC);

    /** The seven race/ethnicity groups, in the order of the contract's code list. */
    public static final List<StudentGroup> RACES =
            List.of(HISPANIC, AMERICAN_INDIAN, ASIAN, BLACK, PACIFIC_ISLANDER, WHITE, TWO_OR_MORE);

    /** Every group, in the order of metrics.md. */
    public static final List<StudentGroup> CATALOG = List.of(ALL, HISPANIC, AMERICAN_INDIAN, ASIAN, BLACK,
            PACIFIC_ISLANDER, WHITE, TWO_OR_MORE, EL, EL_EVER, SWD, ECON_DISADV, HIGH_NEEDS, LOWEST_RACE,
            TARGET_GROUP, NOT_TARGET_GROUP, LOWEST_25PCT);

    private static final Map<String, StudentGroup> BY_ID =
            CATALOG.stream().collect(Collectors.toUnmodifiableMap(StudentGroup::id, Function.identity()));

    /**
     * Groups whose students are disjoint parts of {@code all}, so that subtraction from {@code all}
     * reveals what is left (outputs.md, complementary suppression). The single source of which groups
     * complement each other: {@link org.flashlight.core.disclosure.ComplementSet#forStudentGroups}
     * turns each into the cells of one table. A single part stands for the group and its complement
     * ({@code el} and the students who are not English learners): the complement is published nowhere
     * but follows from {@code all - el}, so it must not be small either.
     */
    public static final List<Partition> PARTITIONS = List.of(
            new Partition("race_ethnicity", ALL, RACES,
                    "students with no race_ethnicity (each student with one is in exactly one race group)"),
            new Partition("target_group", ALL, List.of(TARGET_GROUP, NOT_TARGET_GROUP),
                    "students counted in all with no students.csv row for the year (R-13 graduation students "
                            + "without any row, R-14 staff and parent survey responses)"),
            new Partition("el", ALL, List.of(EL), "students who are not English learners"),
            new Partition("el_ever", ALL, List.of(EL_EVER),
                    "students who are neither English learners nor exited in the last 4 years"),
            new Partition("swd", ALL, List.of(SWD), "students without disabilities"),
            new Partition("econ_disadv", ALL, List.of(ECON_DISADV), "students who are not economically disadvantaged"),
            new Partition("high_needs", ALL, List.of(HIGH_NEEDS), "students who are not high-needs"),
            new Partition("lowest_25pct", ALL, List.of(LOWEST_25PCT), "the other 75% of students"));

    /** The group with this id, if the catalog has one. */
    public static Optional<StudentGroup> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * The group with this id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static StudentGroup fromId(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown student group '" + id
                + "'; valid groups: " + CATALOG.stream().map(StudentGroup::id).collect(Collectors.joining(", "))));
    }

    /** The groups whose members are decided per student and year (the {@code student_groups} table). */
    public static List<StudentGroup> perStudentYear() {
        return CATALOG.stream().filter(g -> g.membership == Membership.STUDENT_YEAR).toList();
    }

    public boolean isRace() {
        return RACES.contains(this);
    }

    /**
     * Groups whose members are disjoint parts of the members of {@code whole}: each student is in at
     * most one part.
     *
     * @param id        a name for the partition
     * @param whole     the group the parts are taken from
     * @param parts     the disjoint parts; one part stands for itself and its (unpublished) complement
     * @param remainder who is in {@code whole} but in no part: subtraction reveals their count, so they
     *                  must not be a small group either
     */
    public record Partition(String id, StudentGroup whole, List<StudentGroup> parts, String remainder) {
        public Partition {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(whole, "whole is null");
            parts = List.copyOf(parts);
            Objects.requireNonNull(remainder, "remainder is null");
            if (parts.isEmpty()) {
                throw new IllegalArgumentException(id + ": a partition needs at least one part");
            }
            if (parts.contains(whole)) {
                throw new IllegalArgumentException(id + ": the whole is not one of its parts");
            }
        }

        public boolean contains(StudentGroup group) {
            return parts.contains(group);
        }
    }
}
