package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.junit.jupiter.api.Test;

class TestTestPlan {
    @Test
    void testsAndGradesComeFromTheCatalog() {
        TestPlan plan = new TestPlan(TestCatalog.builtIn(), Parameters.defaults());
        for (int g = -1; g <= 12; g++) {
            boolean tested = g >= 3 && g <= 8 || g == 11;
            assertThat(plan.accountability(TestPlan.ELA, g) != null).as("sbac ela grade " + g).isEqualTo(tested);
        }
        assertThat(plan.proficiency(0).test).isEqualTo("elpac");
        assertThat(plan.usedDefinitions()).extracting(TestDefinition::test).contains("sbac", "elpac", "sat", "act", "ap", "ib");
    }

    @Test
    void aTestMissingFromTheCatalogIsSkippedAndNoted() {
        TestDefinition only = new TestDefinition("sbac", "ela", 3, new BigDecimal("2114"), new BigDecimal("2650"), 4, 3,
                List.of(new BigDecimal("2367"), new BigDecimal("2432"), new BigDecimal("2490")), "");
        TestPlan plan = new TestPlan(TestCatalog.of(List.of(only)), Parameters.defaults());
        assertThat(plan.accountability(TestPlan.ELA, 3)).isNotNull();
        assertThat(plan.accountability(TestPlan.ELA, 4)).isNull();
        assertThat(plan.accountability(TestPlan.MATH, 3)).isNull();
        assertThat(plan.satErw(11)).isNull();
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("sbac math")).anyMatch(n -> n.startsWith("caa"))
                .anyMatch(n -> n.startsWith("elpac")).anyMatch(n -> n.startsWith("science"));
        assertThat(plan.usedDefinitions()).containsExactly(only);
    }

    @Test
    void scoresStayInTheRangeAndTheProficientCutSitsWhereTheTargetShareIsAbove() {
        TestPlan plan = new TestPlan(TestCatalog.builtIn(), Parameters.defaults());
        TestScale ela = plan.accountability(TestPlan.ELA, 5);
        assertThat(ela.score(-20)).isEqualTo(2200);
        assertThat(ela.score(20)).isEqualTo(2730);
        int atTarget = ela.score(Rng.normalQuantile(1 - Parameters.defaults().achievement().proficiencyEla())
                * 1.057);
        assertThat(Math.abs(atTarget - 2502)).isLessThanOrEqualTo(2);
        assertThat(ela.level(2502)).isEqualTo(3);
        assertThat(ela.level(2501)).isEqualTo(2);
        assertThat(plan.satErw(11).score(0.3) % 10).isZero();
    }
}
