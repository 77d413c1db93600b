package org.flashlight.core.targets;

/**
 * One condition for leaving support, whether it holds, and how far the school is from it ("exit
 * distance", MA-5), in the unit the description names; 0 when met.
 */
public record ExitCondition(String description, boolean met, Fraction distance) {
}
