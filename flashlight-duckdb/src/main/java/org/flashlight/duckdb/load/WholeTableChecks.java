package org.flashlight.duckdb.load;

import static org.flashlight.duckdb.Schema.LINE;
import static org.flashlight.duckdb.Schema.quote;

import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.ColumnType;
import org.flashlight.core.bundle.Reference;
import org.flashlight.core.bundle.Table;
import org.flashlight.duckdb.BundleDatabase;

/**
 * The rules that need a whole table: duplicate keys (the first row in file order is kept, later ones
 * are rejected) and references between files (an enrollment needs its student's students.csv row for
 * that year). Runs in SQL over the loaded tables; each rejected row is logged and deleted.
 */
final class WholeTableChecks {
    private final BundleDatabase db;

    WholeTableChecks(BundleDatabase db) {
        this.db = db;
    }

    /** Rejects rows whose key repeats an earlier row's; returns how many. */
    long duplicateKeys(Table table, String fileName, long firstSeq) {
        if (table.key().isEmpty()) {
            return 0;
        }
        String key = table.key().stream().map(c -> quote(c)).collect(Collectors.joining(", "));
        // A hash aggregate answers "any duplicates?" much faster than the window below; most bundles have none.
        if (db.queryLong("SELECT count(*) FROM (SELECT 1 FROM " + table.name() + " GROUP BY " + key
                + " HAVING count(*) > 1)") == 0) {
            return 0;
        }
        String flagged = "dup_" + table.name();
        db.execute("CREATE OR REPLACE TEMP TABLE " + flagged + " AS SELECT " + LINE + ", " + key + ", first_line FROM ("
                + "SELECT " + LINE + ", " + key + ", min(" + LINE + ") OVER (PARTITION BY " + key + ") AS first_line FROM "
                + table.name() + ") WHERE " + LINE + " > first_line");
        long count = reject(table, fileName, firstSeq, flagged, keyColumnLabel(table.key()), keyValue(table, table.key()),
                "'duplicate key: line ' || first_line || ' has the same " + String.join(", ", table.key()) + "'");
        return count;
    }

    /** Rejects rows that point at no row of the reference's target table; returns how many. */
    long missingReference(Table table, Reference reference, String fileName, String targetFile, long firstSeq) {
        Table target = BundleContract.table(reference.targetTable()).orElseThrow();
        String flagged = "ref_" + table.name() + "_" + target.name();
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < reference.columns().size(); i++) {
            match.append(i == 0 ? "" : " AND ").append("t.").append(quote(reference.targetColumns().get(i)))
                    .append(" = r.").append(quote(reference.columns().get(i)));
        }
        String columns = reference.columns().stream().map(c -> "r." + quote(c)).collect(Collectors.joining(", "));
        db.execute("CREATE OR REPLACE TEMP TABLE " + flagged + " AS SELECT r." + LINE + ", " + columns + " FROM "
                + table.name() + " r WHERE NOT EXISTS (SELECT 1 FROM " + target.name() + " t WHERE " + match + ")");
        String described = String.join(" and ", reference.targetColumns());
        return reject(table, fileName, firstSeq, flagged, keyColumnLabel(reference.columns()),
                keyValue(table, reference.columns()), "'no row in " + targetFile + " with this " + described + "'");
    }

    private long reject(Table table, String fileName, long firstSeq, String flagged, String columnLabel,
            String valueSql, String reasonSql) {
        long count = db.queryLong("SELECT count(*) FROM " + flagged);
        if (count > 0) {
            int order = BundleContract.TABLES.indexOf(table);
            db.execute("INSERT INTO " + RejectionLog.TABLE + " SELECT " + order + ", " + firstSeq + " + row_number() OVER (ORDER BY "
                    + LINE + "), '" + fileName.replace("'", "''") + "', " + LINE + ", '" + columnLabel + "', " + valueSql
                    + ", " + reasonSql + " FROM " + flagged,
                    "DELETE FROM " + table.name() + " WHERE " + LINE + " IN (SELECT " + LINE + " FROM " + flagged + ")");
        }
        db.execute("DROP TABLE " + flagged);
        return count;
    }

    private static String keyColumnLabel(List<String> columns) {
        return String.join("+", columns);
    }

    /** SQL for the key's values as written in the contract's form, joined with '|'. */
    private static String keyValue(Table table, List<String> columns) {
        return "concat_ws('|', " + columns.stream().map(c -> asText(table.column(c).orElseThrow()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String asText(Column column) {
        String c = quote(column.name());
        if (column.type() == ColumnType.GRADE) {
            return "CASE " + c + " WHEN -1 THEN 'PK' WHEN 0 THEN 'KG' ELSE CAST(" + c + " AS VARCHAR) END";
        }
        return "CAST(" + c + " AS VARCHAR)";
    }
}
