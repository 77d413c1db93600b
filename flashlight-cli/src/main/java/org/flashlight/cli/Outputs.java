package org.flashlight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on output locations, so a bad path is a usage error named by its flag, not a crash later. */
final class Outputs {
    private Outputs() {
    }

    static void requireWritableParent(Path file, String flag) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new ExitCodes.UsageException(flag + " " + file + ": the folder does not exist or is not writable");
        }
    }

    static void createFolder(Path folder, String flag) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExitCodes.UsageException(flag + " " + folder + ": cannot create the folder (" + e.getMessage() + ")");
        }
    }
}
