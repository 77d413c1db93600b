package org.flashlight.cli;

import java.io.PrintWriter;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.ingest.BundleException;
import org.flashlight.ingest.importer.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of shared/spec/outputs.md, and the one place that maps a failure to a code and a
 * one-line message: users never see a stack trace for bad data or a bad flag.
 */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int DATA_REJECTED = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BundleException || e instanceof ImportException || e instanceof IllegalArgumentException || e instanceof UsageException) {
            err.println("flashlight: " + e.getMessage());
            return USAGE;
        }
        String what = e instanceof DatabaseException ? "database error" : "internal error";
        err.println("flashlight: " + what + ": " + e.getMessage());
        if (System.getenv("FLASHLIGHT_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set FLASHLIGHT_DEBUG=1 for the stack trace, and please report it)");
        }
        return INTERNAL_ERROR;
    }

    /** A problem with the command line that picocli's own checks cannot see (e.g. an unwritable --out). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
