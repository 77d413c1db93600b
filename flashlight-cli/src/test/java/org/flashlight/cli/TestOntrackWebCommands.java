package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ontrack grant} and {@code ontrack serve}'s refusals, through the command line. */
class TestOntrackWebCommands {
    @TempDir
    Path folder;


    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void grantPrintsThePasswordOnceAndStoresOnlyItsHash() throws Exception {
        Path access = folder.resolve("staff.csv");
        CommandRun granted = run("ontrack", "grant", "--access", access.toString(), "--user", "alder", "--scope", "school:S1");
        assertThat(granted.exitCode()).isEqualTo(0);
        Matcher password = Pattern.compile("Password \\(shown only now[^:]*\\): (\\S+)").matcher(granted.out());
        assertThat(password.find()).isTrue();
        assertThat(password.group(1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.readString(access)).startsWith("user,scope,salt,hash\nalder,school:S1,")
                .doesNotContain(password.group(1));
        CommandRun bad = run("ontrack", "grant", "--access", access.toString(), "--user", "x", "--scope", "county:1");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("school:ID, district:ID or state");
    }

    @Test
    void serveRefusesToStartWithoutAnAccessFileAndSaysHowToMakeOne() {
        CommandRun refused = run("ontrack", "serve", "--scores", folder.toString(), "--access",
                folder.resolve("none.csv").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("flashlight ontrack grant --access").doesNotContain("Exception");
    }

    @Test
    void serveNamesAMissingScoreFile() {
        run("ontrack", "grant", "--access", folder.resolve("staff.csv").toString(), "--user", "s", "--scope", "state");
        CommandRun refused = run("ontrack", "serve", "--scores", folder.toString(), "--access",
                folder.resolve("staff.csv").toString(), "--port", "0");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("student_ontrack.csv");
    }
}
