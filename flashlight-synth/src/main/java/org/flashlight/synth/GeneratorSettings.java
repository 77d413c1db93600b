package org.flashlight.synth;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param students       approximate number of students enrolled (PK-12) in each school year, 1,000..6,000,000
 * @param years          number of school years in the bundle, 1..12
 * @param seed           the random seed; the same settings and seed give byte-identical files
 * @param lastSchoolYear the last school year of the bundle (the spring year: 2025 means 2024-25)
 * @param format         CSV or Parquet
 */
public record GeneratorSettings(long students, int years, long seed, int lastSchoolYear, OutputFormat format) {
    public static final long MIN_STUDENTS = 1_000;
    public static final long MAX_STUDENTS = 6_000_000;
    public static final int MAX_YEARS = 12;

    public GeneratorSettings {
        Objects.requireNonNull(format, "format is null");
        if (students < MIN_STUDENTS || students > MAX_STUDENTS) {
            throw new IllegalArgumentException("students must be between 1,000 and 6,000,000 (got " + students + ")");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be between 1 and 12 (got " + years + ")");
        }
        if (lastSchoolYear < 1990 || lastSchoolYear > 2100) {
            throw new IllegalArgumentException(
                    "the last school year must be a spring year between 1990 and 2100 (got " + lastSchoolYear + ")");
        }
    }

    /** 10,000 students, 3 years, seed 1, ending with 2024-25, CSV. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(10_000, 3, 1, 2025, OutputFormat.CSV);
    }

    /** The first school year of the bundle. */
    public int firstSchoolYear() {
        return lastSchoolYear - years + 1;
    }

    public GeneratorSettings withStudents(long newStudents) {
        return new GeneratorSettings(newStudents, years, seed, lastSchoolYear, format);
    }

    public GeneratorSettings withYears(int newYears) {
        return new GeneratorSettings(students, newYears, seed, lastSchoolYear, format);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(students, years, newSeed, lastSchoolYear, format);
    }

    public GeneratorSettings withFormat(OutputFormat newFormat) {
        return new GeneratorSettings(students, years, seed, lastSchoolYear, newFormat);
    }
}
