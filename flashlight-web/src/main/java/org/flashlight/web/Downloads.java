package org.flashlight.web;

import org.flashlight.web.view.DashboardPage;
import org.flashlight.web.view.ReportCardPage;

/**
 * The downloads' tables: exactly the cells a page shows, with the same text (a hidden cell says {@code hidden}, a
 * coded one its code, and neither has a number of students). Written as CSV ({@link Csv}) or XLSX ({@link Xlsx}).
 */
final class Downloads {
    private Downloads() {
    }

    static Table reportCard(ReportCardPage page) {
        Table.Builder table = new Table.Builder().row("framework", "school_year", "school_id", "school_name", "metric", "measure",
                "student_group", "group", "value", "students", "level_or_points");
        for (ReportCardPage.MeasureView m : page.measures()) {
            for (ReportCardPage.GroupValue g : m.groups()) {
                table.row(page.frameworkId(), Integer.toString(page.year()), page.schoolId(), page.schoolName(),
                        m.metricId(), m.label(), g.groupId(), g.group(), g.display(), g.students(), g.scored());
            }
        }
        return table.build();
    }

    static Table dashboard(DashboardPage page) {
        Table.Builder table = new Table.Builder();
        if (page.showScore()) {
            table.row("framework", "school_year", "school_id", "school_name", "type", "metric", "value", "rating", "score",
                    "designations");
        } else {
            table.row("framework", "school_year", "school_id", "school_name", "type", "metric", "value", "rating",
                    "designations");
        }
        for (DashboardPage.Row r : page.rows()) {
            if (page.showScore()) {
                table.row(page.frameworkId(), Integer.toString(page.year()), r.schoolId(), r.name(), r.type(),
                        page.metricId(), r.value(), r.rating(), r.score(), r.designations());
            } else {
                table.row(page.frameworkId(), Integer.toString(page.year()), r.schoolId(), r.name(), r.type(),
                        page.metricId(), r.value(), r.rating(), r.designations());
            }
        }
        return table.build();
    }
}
