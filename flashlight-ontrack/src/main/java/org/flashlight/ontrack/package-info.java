/**
 * On-track models (issue 7, BTSC-4..6): training on cohorts whose outcomes are known with grouped,
 * time-based validation (earlier cohorts train, the latest known cohort is held out), a transparent
 * logistic regression beside gradient-boosted trees (Tribuo 4.3, Apache-2.0), model reports with AUC,
 * Brier score, reliability and the same by student group, scoring with each student's top factors, and
 * support lists. Features come from {@code org.flashlight.duckdb.ontrack}; rules and report maths from
 * {@code org.flashlight.core.ontrack}. A separate module because Tribuo and XGBoost's native library are
 * heavy (about 15 MB with their dependencies) and only this feature needs them.
 */
package org.flashlight.ontrack;
