package org.flashlight.core.colors;

/**
 * One CA-3 designation with the rule that fired, printed with it.
 *
 * @param kind "CSI (low performing)", "CSI (graduation)" or "ATSI"
 * @param group "all" or the student group that met the pattern
 */
public record Designation(String kind, String group, String rule) {
}
