package org.flashlight.core.accountability;

/** Scores one school in one framework level and year under one scoring system. */
interface SystemScorer {
    LevelScore score(ScoringContext context, int year, String schoolId, String level);
}
