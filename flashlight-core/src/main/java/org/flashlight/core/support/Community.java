package org.flashlight.core.support;

import java.util.List;

/**
 * A community of practice (CORE-8): its problem of practice and its schools, in school id order.
 *
 * @param problem the shared weakest metric (or "metric group"), or "mixed: a, b" when the schools'
 *     problems differ
 * @param sameLevel whether every member is of the same level
 */
public record Community(String problem, List<String> schools, boolean sameLevel) {

    public Community {
        schools = List.copyOf(schools);
    }
}
