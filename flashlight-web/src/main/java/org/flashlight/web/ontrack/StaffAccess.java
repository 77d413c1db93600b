package org.flashlight.web.ontrack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flashlight.web.ontrack.AccessFile.User;
import org.flashlight.web.ontrack.Rows.SchoolEntry;

/**
 * Who may see what: checks an HTTP Basic credential against the {@link AccessFile} and a user's {@link Scope}
 * against a school or district. A credential is verified with PBKDF2 once; afterwards the SHA-256 of the verified
 * Authorization header is remembered (in memory only), so pages stay fast. Thread-safe.
 */
public final class StaffAccess {
    private final AccessFile access;
    private final OnTrackData data;
    private final Map<String, User> verified = new ConcurrentHashMap<>();
    /** Hashed when the user is unknown, so a wrong name takes as long as a wrong password. */
    private final byte[] decoySalt = Passwords.salt();

    public StaffAccess(AccessFile access, OnTrackData data) {
        this.access = access;
        this.data = data;
    }

    /** The user of an Authorization header, when it carries a right user name and password. */
    public Optional<User> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String key = sha256(authorization);
        User known = verified.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String password = decoded.substring(colon + 1);
        Optional<User> user = access.user(decoded.substring(0, colon));
        if (user.isEmpty()) {
            Passwords.hash(password, decoySalt);
            return Optional.empty();
        }
        if (!Passwords.matches(password, Passwords.unhex(user.get().saltHex()), Passwords.unhex(user.get().hashHex()))) {
            return Optional.empty();
        }
        verified.put(key, user.get());
        return user;
    }

    public boolean maySeeSchool(User user, String schoolId) {
        Scope scope = user.scope();
        return switch (scope.kind()) {
            case STATE -> true;
            case SCHOOL -> scope.id().equals(schoolId);
            case DISTRICT -> data.school(schoolId).map(s -> s.inDistrict(scope.id())).orElse(false);
        };
    }

    public boolean maySeeDistrict(User user, String districtId) {
        Scope scope = user.scope();
        return scope.kind() == Scope.Kind.STATE || scope.kind() == Scope.Kind.DISTRICT && scope.id().equals(districtId);
    }

    public boolean maySeeState(User user) {
        return user.scope().kind() == Scope.Kind.STATE;
    }

    /** The schools the user may open, in id order. */
    public List<SchoolEntry> schools(User user) {
        return data.schools().values().stream().filter(s -> maySeeSchool(user, s.id())).toList();
    }

    /** The districts the user may open. */
    public List<String> districts(User user) {
        return data.districtIds().stream().filter(d -> maySeeDistrict(user, d)).toList();
    }

    private static String sha256(String text) {
        try {
            return Passwords.hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
