package org.flashlight.core.accountability;

/**
 * A designation of a school (e.g. {@code csi}, {@code tsi:swd}, {@code priority}) and the rule that fired,
 * in words a reader can check (e.g. {@code tsi:swd because swd score 18.2 <= csi cut 21.4}).
 */
public record Designation(String id, String detail) {
}
