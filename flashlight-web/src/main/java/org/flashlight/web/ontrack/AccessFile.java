package org.flashlight.web.ontrack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The staff allowed into the internal views: a CSV of {@code user,scope,salt,hash} (salt and PBKDF2 hash in hex,
 * never the password). {@link #grant} adds or replaces a user with a new random password, returned once.
 */
public record AccessFile(Map<String, User> users) {
    public static final List<String> HEADER = List.of("user", "scope", "salt", "hash");

    /** One user: who, what they may see, and their password's salt and hash. */
    public record User(String name, Scope scope, String saltHex, String hashHex) {
    }

    public AccessFile {
        users = java.util.Collections.unmodifiableMap(new TreeMap<>(users));
    }

    public Optional<User> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Reads the file; an error names the line. */
    public static AccessFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OnTrackDataException("no access file " + file + ": make one with flashlight ontrack grant --access "
                    + file + " --user NAME --scope school:ID|district:ID|state");
        }
        Map<String, User> users = new TreeMap<>();
        for (NamedCsv.Line line : NamedCsv.read(file, HEADER)) {
            Scope scope;
            try {
                scope = Scope.parse(line.get("scope"));
            } catch (IllegalArgumentException e) {
                throw line.error("scope", e.getMessage());
            }
            String salt = Fields.text(line, "salt");
            String hash = Fields.text(line, "hash");
            if (!salt.matches("[0-9a-f]+") || !hash.matches("[0-9a-f]{64}")) {
                throw line.error("hash", "the salt and hash are not hexadecimal PBKDF2 output: grant the user again");
            }
            users.put(Fields.text(line, "user"), new User(Fields.text(line, "user"), scope, salt, hash));
        }
        return new AccessFile(users);
    }

    /**
     * Adds {@code name} with {@code scope} (or replaces them, with a new password) and rewrites the file; returns the
     * new password, which is stored nowhere.
     */
    public static String grant(Path file, String name, Scope scope) {
        if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("a user name is 1-64 letters, digits, '.', '_', '@' or '-', not \"" + name
                    + "\"");
        }
        Map<String, User> users = new TreeMap<>(Files.isRegularFile(file) ? read(file).users() : Map.of());
        String password = Passwords.generate();
        byte[] salt = Passwords.salt();
        users.put(name, new User(name, scope, Passwords.hex(salt), Passwords.hex(Passwords.hash(password, salt))));
        write(file, users.values());
        return password;
    }

    private static void write(Path file, Iterable<User> users) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", HEADER));
        users.forEach(u -> lines.add(String.join(",", u.name(), u.scope().toString(), u.saltHex(), u.hashHex())));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".access-", ".csv"); // owner-only on POSIX
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
