package org.flashlight.web.ontrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.flashlight.web.ontrack.AccessFile.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access file, passwords and scopes, without HTTP. */
class TestStaffAccess {
    @TempDir
    static Path folder;
    static OnTrackFixture.Written fixture;
    static StaffAccess access;

    @BeforeAll
    static void write() throws Exception {
        fixture = OnTrackFixture.write(folder);
        access = new StaffAccess(AccessFile.read(fixture.access()), fixture.data());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void grantStoresASaltedHashAndNeverThePassword() throws Exception {
        String file = Files.readString(fixture.access());
        List<String> lines = file.lines().toList();
        assertThat(lines.get(0)).isEqualTo("user,scope,salt,hash");
        assertThat(lines).hasSize(4); // header + alder, north, state (sorted by name)
        assertThat(lines.get(1)).startsWith("alder,school:S1,");
        for (String password : fixture.passwords().values()) {
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(file).doesNotContain(password);
        }
        // salt 16 bytes = 32 hex digits; PBKDF2 output 256 bits = 64 hex digits
        assertThat(lines.get(1).split(",")[2]).matches("[0-9a-f]{32}");
        assertThat(lines.get(1).split(",")[3]).matches("[0-9a-f]{64}");
        assertThat(Passwords.ITERATIONS).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneOrUnknownUserDoesNot() {
        assertThat(access.authenticate(basic("alder", fixture.passwords().get("alder")))).map(User::name).contains("alder");
        // remembered: the same header again gives the same user
        assertThat(access.authenticate(basic("alder", fixture.passwords().get("alder")))).map(User::name).contains("alder");
        assertThat(access.authenticate(basic("alder", fixture.passwords().get("north")))).isEmpty();
        assertThat(access.authenticate(basic("nobody", fixture.passwords().get("alder")))).isEmpty();
        assertThat(access.authenticate(null)).isEmpty();
        assertThat(access.authenticate("Bearer x")).isEmpty();
        assertThat(access.authenticate("Basic %%%")).isEmpty();
    }

    @Test
    void grantingAUserAgainReplacesThePassword() throws Exception {
        Path file = folder.resolve("again.csv");
        String first = AccessFile.grant(file, "kim", Scope.parse("school:S2"));
        String second = AccessFile.grant(file, "kim", Scope.parse("district:D2"));
        AccessFile read = AccessFile.read(file);
        assertThat(read.users()).containsOnlyKeys("kim");
        assertThat(read.user("kim").orElseThrow().scope()).isEqualTo(new Scope(Scope.Kind.DISTRICT, "D2"));
        StaffAccess again = new StaffAccess(read, fixture.data());
        assertThat(again.authenticate(basic("kim", first))).isEmpty();
        assertThat(again.authenticate(basic("kim", second))).isPresent();
    }

    @Test
    void aSchoolUserSeesOneSchoolADistrictUserItsSchoolsAndTheStateEverything() {
        User alder = AccessFile.read(fixture.access()).user("alder").orElseThrow();
        User north = AccessFile.read(fixture.access()).user("north").orElseThrow();
        User state = AccessFile.read(fixture.access()).user("state").orElseThrow();
        assertThat(access.schools(alder)).extracting(Rows.SchoolEntry::id).containsExactly("S1");
        assertThat(access.districts(alder)).isEmpty();
        assertThat(access.maySeeState(alder)).isFalse();
        assertThat(access.schools(north)).extracting(Rows.SchoolEntry::id).containsExactly("S1", "S2");
        assertThat(access.districts(north)).containsExactly("D1");
        assertThat(access.maySeeSchool(north, "S3")).isFalse();
        assertThat(access.maySeeState(north)).isFalse();
        assertThat(access.schools(state)).extracting(Rows.SchoolEntry::id).containsExactly("S1", "S2", "S3");
        assertThat(access.districts(state)).containsExactly("D1", "D2");
        assertThat(access.maySeeState(state)).isTrue();
    }

    @Test
    void aScopeIsSchoolDistrictOrState() {
        assertThat(Scope.parse("school:S1")).isEqualTo(new Scope(Scope.Kind.SCHOOL, "S1"));
        assertThat(Scope.parse("state").toString()).isEqualTo("state");
        assertThat(Scope.parse("district:D1").toString()).isEqualTo("district:D1");
        for (String bad : List.of("", "school:", "county:1", "school:a,b", "State")) {
            assertThatThrownBy(() -> Scope.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("school:ID, district:ID or state");
        }
        assertThatThrownBy(() -> AccessFile.grant(folder.resolve("x.csv"), "a,b", Scope.parse("state")))
                .hasMessageContaining("user name");
    }

    @Test
    void aMissingAccessFileSaysHowToMakeOne() {
        assertThatThrownBy(() -> AccessFile.read(folder.resolve("none.csv"))).isInstanceOf(OnTrackDataException.class)
                .hasMessageContaining("flashlight ontrack grant");
    }
}
