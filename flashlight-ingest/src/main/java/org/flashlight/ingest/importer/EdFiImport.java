package org.flashlight.ingest.importer;

import java.nio.file.Path;

public final class EdFiImport {
    public static final String SOURCE_ID = "edfi";

    private EdFiImport() {
    }

    public static ImportSummary run(Path source, Path out) {
        throw new ImportException("not yet");
    }
}
