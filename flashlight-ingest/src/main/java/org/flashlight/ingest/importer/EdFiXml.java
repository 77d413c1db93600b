package org.flashlight.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the entities of an Ed-Fi bulk-interchange XML file (the children of its {@code Interchange*} root)
 * with the JDK's StAX reader: each entity is handed over as a small tree of {@link Node}s and then dropped, so a
 * file of any length is read in the memory of one entity. External entities and DTDs are refused.
 */
final class EdFiXml {
    private EdFiXml() {
    }

    /** Hands every entity of {@code file}, in document order, to {@code entities}. */
    static void read(Path file, Consumer<Node> entities) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                readEntities(xml, entities);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new ImportException(file + ": not readable as Ed-Fi XML: " + e.getMessage(), e);
        }
    }

    private static void readEntities(XMLStreamReader xml, Consumer<Node> entities) throws XMLStreamException {
        Deque<Node> open = new ArrayDeque<>();
        int depth = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth >= 2) {
                        Node node = new Node(xml.getLocalName(), attribute(xml, "id"), attribute(xml, "ref"));
                        if (!open.isEmpty()) {
                            open.peekLast().children.add(node);
                        }
                        open.addLast(node);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peekLast().text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth >= 2) {
                        Node closed = open.removeLast();
                        if (depth == 2) {
                            entities.accept(closed);
                        }
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(XMLConstants.NULL_NS_URI, name);
        return value == null ? "" : value;
    }

    /** One element of an entity: its name, {@code id} and {@code ref} attributes, text and child elements. */
    static final class Node {
        private final String name;
        private final String id;
        private final String ref;
        private final StringBuilder text = new StringBuilder();
        private final List<Node> children = new ArrayList<>();

        Node(String name, String id, String ref) {
            this.name = name;
            this.id = id;
            this.ref = ref;
        }

        String name() {
            return name;
        }

        /** The {@code id} attribute (what a {@code ref} points at), or empty. */
        String id() {
            return id;
        }

        /** The {@code ref} attribute of a reference, or empty. */
        String ref() {
            return ref;
        }

        /** The element's own text, trimmed. */
        String text() {
            return text.toString().trim();
        }

        /** Every child element reached by the dotted {@code path} ({@code ScoreResult}, {@code Name.FirstName}). */
        List<Node> all(String path) {
            List<Node> level = List.of(this);
            for (String step : path.split("\\.")) {
                List<Node> next = new ArrayList<>();
                for (Node node : level) {
                    for (Node child : node.children) {
                        if (child.name.equals(step)) {
                            next.add(child);
                        }
                    }
                }
                level = next;
            }
            return level;
        }

        /** The text of the first element at {@code path}, or empty. */
        String text(String path) {
            List<Node> found = all(path);
            return found.isEmpty() ? "" : found.get(0).text();
        }

        /** The texts of every element at {@code path}, in document order. */
        List<String> texts(String path) {
            return all(path).stream().map(Node::text).toList();
        }
    }
}
