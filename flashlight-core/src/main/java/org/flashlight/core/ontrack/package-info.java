/**
 * On-track analytics as pure rules and arithmetic (issue 7, shared/spec/ontrack-and-improvement.md
 * BTSC-1..7): the 8th-grade readiness and 9th-grade on-track rules with every component shown, at year
 * end and after each term; the figures a model report gives (AUC, Brier score, reliability table, by
 * group); support-list rules with reasons in plain words; gap tables. No I/O: the store extracts the
 * records and features, flashlight-ontrack trains and scores models. docs/ontrack.md explains it all.
 */
package org.flashlight.core.ontrack;
