package org.flashlight.core.simulation;

import java.util.Objects;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.accountability.ScoringOutcome;

/**
 * One side of a simulation (FW-4): a framework and what it made of the run.
 *
 * @param label how files and sentences name this side: the framework id, or the file name where two
 *              variants share an id
 */
public record SimulationSide(String label, FrameworkSettings framework, ScoringOutcome outcome) {
    public SimulationSide {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(outcome, "outcome");
    }
}
