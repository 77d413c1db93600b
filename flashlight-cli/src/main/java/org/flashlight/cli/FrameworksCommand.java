package org.flashlight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.flashlight.core.framework.FrameworkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flashlight frameworks}: the shipped framework ids, one line each (outputs.md). */
@Command(name = "frameworks", mixinStandardHelpOptions = true,
        description = "Lists the shipped frameworks: id, scoring system and name. Use an id with --framework, or "
                + "write your own YAML file (docs/frameworks.md), e.g. one that extends a shipped id.")
final class FrameworksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String id : FrameworkFiles.SHIPPED) {
            FrameworkSettings f = FrameworkFiles.load(id);
            out.printf("%-13s %-19s %s (version %s)%n", f.id(), f.scoring().system().id(), f.name(), f.version());
        }
        return ExitCodes.OK;
    }
}
