package org.flashlight.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.junit.jupiter.api.Test;

/**
 * What a framework file may write as a numerator or denominator: only the population's columns,
 * numbers, 'strings', operators, parentheses and a few keywords and functions; never anything that
 * reads other data or ends the expression.
 */
class TestMetricExpression {
    private static Optional<String> attendance(String expression) {
        return MetricExpression.problem(expression, Population.ATTENDANCE);
    }

    @Test
    void everyExpressionOfTheCatalogIsAllowed() {
        // the checker must accept what the catalog itself writes, or a state could not restate a catalog metric
        for (MetricDefinition m : MetricCatalog.METRICS) {
            if (m.population() == Population.DERIVED) {
                continue;
            }
            assertThat(MetricExpression.problem(m.numerator(), m.population())).as(m.id() + " numerator").isEmpty();
            assertThat(MetricExpression.problem(m.denominator(), m.population())).as(m.id() + " denominator").isEmpty();
        }
    }

    @Test
    void columnsNumbersStringsKeywordsAndAllowedFunctionsPass() {
        assertThat(attendance("100 * days_present <= 91 * days_enrolled")).isEmpty();
        assertThat(attendance("DAYS_PRESENT >= 0.905 * Days_Enrolled")).isEmpty();
        assertThat(attendance("coalesce(days_present, 0) / greatest(days_enrolled, 1) - abs(least(1, 2))")).isEmpty();
        assertThat(attendance("CASE WHEN days_enrolled IS NOT NULL AND NOT (days_present BETWEEN 0 AND 10) "
                + "THEN 1 ELSE 0 END")).isEmpty();
        assertThat(attendance("days_present % 2 = 0 OR days_present <> 3 OR days_present != 4 OR TRUE OR FALSE"))
                .isEmpty();
        assertThat(MetricExpression.problem("test IN ('sbac', 'it''s') AND grade_tested >= 3", Population.FAY_TESTED))
                .isEmpty();
    }

    @Test
    void anUnknownNameIsRejectedWithThePopulationsColumns() {
        assertThat(attendance("days_absent > 18"))
                .contains("unknown column 'days_absent' (population attendance has days_enrolled, days_present)");
        // qualified names and functions called without parentheses are names too
        assertThat(attendance("s.days_present > 0"))
                .contains("unknown column 's' (population attendance has days_enrolled, days_present)");
        assertThat(attendance("current_date > 0"))
                .contains("unknown column 'current_date' (population attendance has days_enrolled, days_present)");
    }

    @Test
    void statementsCommentsAndSubqueriesAreRejected() {
        assertThat(attendance("days_present > 0; DROP TABLE students")).contains("character ';' is not allowed");
        assertThat(attendance("days_present > 0 -- ignore the rest")).contains("comments are not allowed");
        assertThat(attendance("days_present > 0 /* */")).contains("comments are not allowed");
        assertThat(attendance("days_present > (SELECT count(*) FROM students)"))
                .contains("subqueries are not allowed ('SELECT'): use the population's columns");
        assertThat(attendance("read_csv('x.csv') > 0"))
                .contains("function 'read_csv' is not allowed (allowed: abs, coalesce, greatest, least)");
    }

    @Test
    void otherSyntaxThatCouldLeaveTheExpressionIsRejected() {
        assertThat(attendance("\"days_present\" > 0")).contains("character '\"' is not allowed");
        assertThat(attendance("days_present::int > 0")).contains("character ':' is not allowed");
        assertThat(attendance("days_present || 'x'")).contains("character '|' is not allowed");
        assertThat(attendance("days_present > $1")).contains("character '$' is not allowed");
        // a ')' without '(' would close the engine's CAST( and let the rest become SQL
        assertThat(attendance("days_present) AS n0, (1")).contains("unbalanced parentheses: ')' without '('");
        assertThat(attendance("((days_present > 0)")).contains("unbalanced parentheses: 1 '(' not closed");
        assertThat(attendance("days_present = 'open")).contains("a string literal is not closed (a ' is missing)");
        assertThat(attendance("  ")).contains("is empty");
    }
}
