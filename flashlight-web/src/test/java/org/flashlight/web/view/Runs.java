package org.flashlight.web.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.ExplanationLine;
import org.flashlight.web.results.ExplanationPolicy;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.PublicCell;
import org.flashlight.web.results.School;
import org.flashlight.web.results.SchoolOutcome;

/** Builds a {@link FrameworkRun} in memory, cell by cell, for the view-model tests. */
final class Runs {
    final List<PublicCell> cells = new ArrayList<>();
    final List<School> schools = new ArrayList<>();
    final List<SchoolOutcome> outcomes = new ArrayList<>();
    final List<ExplanationLine> lines = new ArrayList<>();

    static School school(String id, String name, String district, String type) {
        return new School(id, name, district, district + " District", "K", "5", type);
    }

    Runs school(School school) {
        schools.add(school);
        return this;
    }

    Runs shown(int year, String level, String entity, String metric, String group, String value, long students) {
        cells.add(PublicCell.shown(new CellKey(year, level, entity, metric, group), new BigDecimal(value), students));
        return this;
    }

    Runs shown(int year, String school, String metric, String group, String value, long students) {
        return shown(year, "school", school, metric, group, value, students);
    }

    Runs scored(int year, String school, String metric, String group, String value, long students, int level) {
        cells.add(PublicCell.shown(CellKey.school(year, school, metric, group), new BigDecimal(value), students)
                .withScore(Optional.empty(), OptionalInt.of(level)));
        return this;
    }

    Runs coded(int year, String school, String metric, String group, String code) {
        cells.add(PublicCell.coded(CellKey.school(year, school, metric, group), code));
        return this;
    }

    Runs hidden(int year, String school, String metric, String group) {
        return hidden(year, "school", school, metric, group);
    }

    Runs hidden(int year, String level, String entity, String metric, String group) {
        cells.add(PublicCell.suppressed(new CellKey(year, level, entity, metric, group)));
        return this;
    }

    Runs outcome(int year, String school, String score, String rating, String designations, String detail) {
        outcomes.add(new SchoolOutcome(year, school, "", Optional.ofNullable(score).map(BigDecimal::new), rating,
                designations.isEmpty() ? List.of() : List.of(designations.split("\\|")), detail));
        return this;
    }

    FrameworkRun build(String id, boolean publishScore) {
        return new FrameworkRun(id, id + " name", publishScore, 10, cells, schools, outcomes,
                ExplanationPolicy.apply(lines, k -> true, publishScore));
    }
}
