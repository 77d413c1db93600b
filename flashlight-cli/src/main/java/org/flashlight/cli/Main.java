package org.flashlight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flashlight} executable: one subcommand per job of shared/spec/outputs.md. */
@Command(name = "flashlight", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "School accountability and improvement: a flashlight, not a hammer.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, ValidateCommand.class,
            RunCommand.class, SimulateCommand.class, GrowthCommand.class, ExplainCommand.class, FrameworksCommand.class,
            OntrackCommand.class, BenchCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with captured output. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ExitCodes());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
