package org.flashlight.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flashlight.web.ontrack.AccessFile;
import org.flashlight.web.ontrack.OnTrackDataException;
import org.flashlight.web.ontrack.Passwords;
import org.flashlight.web.ontrack.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flashlight ontrack grant --access FILE --user NAME --scope ...}: lets one staff user into the internal views. */
@Command(name = "grant", mixinStandardHelpOptions = true,
        description = {"Adds a staff user to the access file of `flashlight ontrack serve` (or replaces them), with a new "
                + "random password printed once. The file keeps only a salted PBKDF2 hash of it.",
            "Exit code 0, 2 on a usage error."})
final class OntrackGrantCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--access", required = true, paramLabel = "FILE", description = "the access file (made when missing)")
    Path access;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "the user name (letters, digits, . _ @ -)")
    String user;

    @Option(names = "--scope", required = true, paramLabel = "SCOPE",
            description = "what the user may see: school:ID (that school's support list and students), district:ID "
                    + "(the district's view and its schools) or state (everything)")
    String scope;

    @Override
    public Integer call() {
        Scope parsed;
        try {
            parsed = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--scope: " + e.getMessage());
        }
        String password;
        try {
            password = AccessFile.grant(access, user, parsed);
        } catch (OnTrackDataException e) {
            throw new ExitCodes.UsageException("--access: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--user: " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("Granted " + user + " access to " + parsed + " in " + access + " (PBKDF2-HMAC-SHA256, "
                + Passwords.ITERATIONS + " rounds).");
        out.println("Password (shown only now; give it to " + user + " privately): " + password);
        out.flush();
        return ExitCodes.OK;
    }
}
