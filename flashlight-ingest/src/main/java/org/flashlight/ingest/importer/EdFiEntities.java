package org.flashlight.ingest.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flashlight.ingest.importer.EdFiXml.Node;

/**
 * The Ed-Fi entities an import maps, read from every {@code *.xml} file of a folder (sorted by name, so the same
 * folder gives the same order): the entity types of {@link #MAPPED} are kept, every other type is only counted
 * (the import lists them as not mapped). Entities are found by element name, so file names do not matter.
 */
final class EdFiEntities {
    static final Set<String> MAPPED = Set.of("School", "LocalEducationAgency", "Student",
            "StudentSchoolAttendanceEvent", "DisciplineAction", "DisciplineIncident", "Assessment", "StudentAssessment",
            "StudentSpecialEducationProgramAssociation", "StudentLanguageInstructionProgramAssociation",
            "StudentSchoolFoodServiceProgramAssociation", "StudentHomelessProgramAssociation",
            "StudentMigrantEducationProgramAssociation");

    private final Map<String, List<Node>> byType = new LinkedHashMap<>();
    private final Map<String, Long> readPerFile = new LinkedHashMap<>();
    private final Map<String, Long> notMapped = new TreeMap<>();

    static EdFiEntities read(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportException("--source " + folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ImportException("--source " + folder + ": no Ed-Fi interchange .xml files in the folder (nor in "
                    + "its xml/ subfolder)");
        }
        EdFiEntities entities = new EdFiEntities();
        for (Path file : files) {
            String name = file.getFileName().toString();
            EdFiXml.read(file, node -> entities.add(name, node));
        }
        return entities;
    }

    private void add(String file, Node node) {
        readPerFile.merge(file, 1L, Long::sum);
        if (MAPPED.contains(node.name())) {
            byType.computeIfAbsent(node.name(), k -> new ArrayList<>()).add(node);
        } else {
            notMapped.merge(node.name(), 1L, Long::sum);
        }
    }

    /** The entities of one type, in file and document order. */
    List<Node> of(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Map<String, Long> readPerFile() {
        return readPerFile;
    }

    /** Entity types read but not mapped to the bundle, with their counts, sorted by name. */
    Map<String, Long> notMapped() {
        return notMapped;
    }
}
