package org.flashlight.core.accountability;

import java.util.List;

/** Scores one school in one framework level and year under one scoring system. */
interface SystemScorer {
    LevelScore score(ScoringContext context, int year, String schoolId, String level);

    /**
     * What the system decides once every school of a year is scored (a percentile among schools and the
     * identification that reads it, MA-4); the scores unchanged by default.
     */
    default List<SchoolScore> finishYear(ScoringContext context, int year, List<SchoolScore> scores) {
        return scores;
    }
}
