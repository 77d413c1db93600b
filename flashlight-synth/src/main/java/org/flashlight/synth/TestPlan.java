package org.flashlight.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;

/**
 * Which tests the state gives in which grades, resolved against the test catalog: a test, subject
 * and grade the catalog does not define is not given (and {@link #notes()} says so) rather than
 * scored with invented numbers. Immutable.
 */
final class TestPlan {
    static final int ELA = 0;
    static final int MATH = 1;
    static final int SCIENCE = 2;
    static final String[] SUBJECTS = {"ela", "math", "science"};
    private static final int GRADES = 14;

    final TestFamily family;
    private final TestScale[][] accountability = new TestScale[3][GRADES];
    private final TestScale[][] alternate = new TestScale[3][GRADES];
    private final TestScale[] proficiency = new TestScale[GRADES];
    private final TestScale[] satErw = new TestScale[GRADES];
    private final TestScale[] satMath = new TestScale[GRADES];
    private final TestScale[] act = new TestScale[GRADES];
    private final TestScale[] ap = new TestScale[GRADES];
    private final TestScale[] ib = new TestScale[GRADES];
    private final Map<String, TestDefinition> used = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final String scienceTest;

    TestPlan(TestCatalog catalog, Parameters parameters) {
        this.family = parameters.testing().family();
        Parameters.Achievement a = parameters.achievement();
        Parameters.Testing t = parameters.testing();
        double observedSd = StrictMath.sqrt(a.personSd() * a.personSd() + a.transientSd() * a.transientSd()
                + Achievement.DEMOGRAPHIC_VARIANCE + a.measurementSd() * a.measurementSd());
        double[] targets = {a.proficiencyEla(), a.proficiencyMath(), a.proficiencyScience()};
        for (int subject = ELA; subject <= MATH; subject++) {
            double z = Rng.normalQuantile(1 - targets[subject]) * observedSd;
            double altZ = Rng.normalQuantile(1 - a.proficiencyAlternate());
            int found = 0;
            for (int g = 3; g <= 12; g++) {
                Optional<TestDefinition> d = leveled(catalog, family.test(), SUBJECTS[subject], g);
                if (d.isPresent()) {
                    accountability[subject][g + 1] = use(TestScale.leveled(d.get(), SUBJECTS[subject], z, a.rangeSds()));
                    found++;
                    Optional<TestDefinition> alt = leveled(catalog, family.alternateTest(), SUBJECTS[subject], g);
                    if (alt.isPresent()) {
                        alternate[subject][g + 1] = use(TestScale.leveled(alt.get(), SUBJECTS[subject], altZ, a.rangeSds()));
                    }
                }
            }
            if (found == 0) {
                notes.add(family.test() + " " + SUBJECTS[subject] + ": not in the test catalog; no "
                        + SUBJECTS[subject] + " scores written");
            }
        }
        if (alternateGrades() == 0) {
            notes.add(family.alternateTest() + " (alternate assessment): not in the test catalog; students with "
                    + "significant cognitive disabilities have no ELA/math rows");
        }
        this.scienceTest = resolveScience(catalog, t, Rng.normalQuantile(1 - targets[SCIENCE]) * observedSd, a.rangeSds());
        double elpSpan = parameters.englishLearners().proficiencyCutSpanSds();
        double elpZ = parameters.englishLearners().proficientLatent();
        int elpGrades = 0;
        for (int g = 0; g <= 12; g++) {
            Optional<TestDefinition> d = leveled(catalog, family.proficiencyTest(), "elp", g);
            if (d.isPresent() && d.get().cuts().size() >= 2) {
                proficiency[g + 1] = use(TestScale.proficiency(d.get(), "elp", elpZ, elpSpan));
                elpGrades++;
            }
        }
        if (elpGrades == 0) {
            notes.add(family.proficiencyTest() + " elp: not in the test catalog; no English-proficiency scores written");
        }
        for (int g = 11; g <= 12; g++) {
            satErw[g + 1] = unleveled(catalog, "sat", "erw", g, t.noLevelCenter(), a.rangeSds(), 10);
            satMath[g + 1] = unleveled(catalog, "sat", "math", g, t.noLevelCenter(), a.rangeSds(), 10);
            act[g + 1] = unleveled(catalog, "act", "composite", g, t.noLevelCenter(), a.rangeSds(), 1);
        }
        for (int g = 10; g <= 12; g++) {
            ap[g + 1] = unleveled(catalog, "ap", TestDefinition.ANY_SUBJECT, g, 0.5, t.examRangeSds(), 1);
            ib[g + 1] = unleveled(catalog, "ib", TestDefinition.ANY_SUBJECT, g, 0.5, t.examRangeSds(), 1);
        }
    }

    private String resolveScience(TestCatalog catalog, Parameters.Testing t, double z, double rangeSds) {
        for (String test : family.scienceTests()) {
            List<Integer> grades = new ArrayList<>(List.of(5, 8));
            t.highSchoolScienceGrades().stream()
                    .filter(g -> leveled(catalog, test, "science", g).isPresent())
                    .findFirst().ifPresent(grades::add);
            int found = 0;
            for (int g : grades) {
                Optional<TestDefinition> d = leveled(catalog, test, "science", g);
                if (d.isPresent()) {
                    accountability[SCIENCE][g + 1] = use(TestScale.leveled(d.get(), "science", z, rangeSds));
                    found++;
                }
            }
            if (found > 0) {
                return test;
            }
        }
        notes.add("science (" + String.join(", ", family.scienceTests()) + "): not in the test catalog; no science "
                + "scores written");
        return null;
    }

    private static Optional<TestDefinition> leveled(TestCatalog catalog, String test, String subject, int grade) {
        return catalog.find(test, subject, grade).filter(d -> d.levels() >= 2 && d.proficientLevel() >= 2);
    }

    private TestScale unleveled(TestCatalog catalog, String test, String subject, int grade, double center,
            double rangeSds, int roundTo) {
        Optional<TestDefinition> d = catalog.find(test, subject, grade);
        if (d.isEmpty()) {
            notes.add(test + " " + subject + " grade " + grade + ": not in the test catalog; not written");
            return null;
        }
        return use(TestScale.unleveled(d.get(), subject, center, rangeSds, roundTo));
    }

    private TestScale use(TestScale scale) {
        TestDefinition d = scale.definition;
        used.putIfAbsent(d.test() + "|" + d.subject() + "|" + d.grade(), d);
        return scale;
    }

    private int alternateGrades() {
        int count = 0;
        for (TestScale[] bySubject : alternate) {
            for (TestScale s : bySubject) {
                count += s == null ? 0 : 1;
            }
        }
        return count;
    }

    /** The accountability test of a subject (ELA, MATH, SCIENCE) in a grade, or null when it is not given. */
    TestScale accountability(int subject, int grade) {
        return grade < -1 || grade > 12 ? null : accountability[subject][grade + 1];
    }

    TestScale alternate(int subject, int grade) {
        return grade < -1 || grade > 12 ? null : alternate[subject][grade + 1];
    }

    TestScale proficiency(int grade) {
        return proficiency[grade + 1];
    }

    TestScale satErw(int grade) {
        return satErw[grade + 1];
    }

    TestScale satMath(int grade) {
        return satMath[grade + 1];
    }

    TestScale act(int grade) {
        return act[grade + 1];
    }

    TestScale ap(int grade) {
        return ap[grade + 1];
    }

    TestScale ib(int grade) {
        return ib[grade + 1];
    }

    String scienceTest() {
        return scienceTest;
    }

    /** The catalog definitions this plan uses, sorted by test, subject and grade (the tests.csv rows). */
    List<TestDefinition> usedDefinitions() {
        return used.values().stream()
                .sorted(java.util.Comparator.comparing(TestDefinition::test).thenComparing(TestDefinition::subject)
                        .thenComparingInt(TestDefinition::grade))
                .toList();
    }

    /** What the catalog lacked, in plain words (for the summary). */
    List<String> notes() {
        return List.copyOf(notes);
    }
}
