package org.flashlight.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.flashlight.core.disclosure.Outcome.Reason;
import org.flashlight.core.disclosure.Outcome.Status;
import org.flashlight.core.group.StudentGroup;
import org.junit.jupiter.api.Test;

/**
 * Every rule of docs/disclosure.md on small hand-made tables; the expected outcome of each cell is
 * derived in the comments from the rules with the default policy (min_n_public 10, codes >= 95% / <= 5%
 * up to 99 students, >= 98% / <= 2% for 100..299, >= 99% / <= 1% from 300, hidden-sum rule off).
 */
class TestDisclosure {

    private static final DisclosurePolicy POLICY = DisclosurePolicy.DEFAULT;

    // ---- primary suppression

    @Test
    void hidesACellBelowMinNAndShowsOneExactlyAtIt() {
        // 9 < 10: suppressed; 10 is not below 10: shown (5/10 = 50% is in no code).
        DisclosureResult<String> result = Disclosure.apply(POLICY,
                List.of(Cell.rate("a", 4, 9), Cell.rate("b", 5, 10)), List.of());

        assertSuppressed(result, "a", Reason.BELOW_MIN_N, null);
        assertThat(result.outcome("a").display()).isEmpty();
        assertThat(result.outcome("b").status()).isEqualTo(Status.SHOWN);
        assertThat(result.outcome("b").value()).hasValue(new BigDecimal("0.5"));
        assertThat(result.outcome("b").display()).isEqualTo("0.5");
        assertThat(result.outcome("b").countsShown()).isTrue();
    }

    @Test
    void minNPublicComesFromThePolicy() {
        DisclosurePolicy strict = DisclosurePolicy.defaults(16); // Delaware's rule of 15: 15 or fewer hidden
        DisclosureResult<String> result = Disclosure.apply(strict,
                List.of(Cell.rate("a", 7, 15), Cell.rate("b", 8, 16)), List.of());

        assertSuppressed(result, "a", Reason.BELOW_MIN_N, null);
        assertThat(result.outcome("b").status()).isEqualTo(Status.SHOWN);
    }

    // ---- complementary suppression

    @Test
    void aRaceGroupOfFourHidesTheNextSmallestGroupOfTwelve() {
        // all 96 = hispanic 4 + asian 12 + black 30 + white 50. hispanic 4 < 10: hidden. all shown and the
        // other three shown would give hispanic = 96 - 12 - 30 - 50 = 4 (and its numerator 58 - 6 - 15 - 35
        // = 2), so the next smallest, asian (12), is hidden too: two unknowns, nothing derivable.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 58, 96), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/asian", 6, 12), Cell.rate("s/black", 15, 30), Cell.rate("s/white", 35, 50));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertSuppressed(result, "s/hispanic", Reason.BELOW_MIN_N, null);
        assertSuppressed(result, "s/asian", Reason.COMPLEMENTARY, "s race");
        assertThat(shown(result)).containsExactly("s/all", "s/black", "s/white");
    }

    @Test
    void twoGroupsBelowMinNNeedNoFurtherSuppression() {
        // all 90 = hispanic 4 + asian 6 + black 30 + white 50: two unknowns already (their sum 10 is known,
        // neither alone), so black and white stay shown.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 50, 90), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/asian", 3, 6), Cell.rate("s/black", 15, 30), Cell.rate("s/white", 30, 50));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertSuppressed(result, "s/hispanic", Reason.BELOW_MIN_N, null);
        assertSuppressed(result, "s/asian", Reason.BELOW_MIN_N, null);
        assertThat(shown(result)).containsExactly("s/all", "s/black", "s/white");
    }

    @Test
    void tiesBetweenEqualDenominatorsGoToTheFirstKey() {
        // hispanic 4 hidden; asian and black both have 20: the next smallest by key is "s/asian".
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 50, 94), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/black", 10, 20), Cell.rate("s/asian", 10, 20), Cell.rate("s/white", 28, 50));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertSuppressed(result, "s/asian", Reason.COMPLEMENTARY, "s race");
        assertThat(result.outcome("s/black").status()).isEqualTo(Status.SHOWN);
    }

    @Test
    void hidesTheTotalWhenNoMemberIsLeftToHide() {
        // School s: all 66 = hispanic 4 + asian 12 + white 50 -> asian hidden (complementary, as above).
        // District d: only school s has Asian students, so d/asian (12) = s/asian (12): with s/asian hidden
        // the set "d asian by school" has one unknown and no other member: its total d/asian is hidden.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 40, 66), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/asian", 6, 12), Cell.rate("s/white", 32, 50), Cell.rate("d/asian", 6, 12));
        List<ComplementSet<String>> sets = List.of(raceSet("s"),
                ComplementSet.withTotal("d asian by school", "d/asian", List.of("s/asian", "t/asian")));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, sets);

        assertSuppressed(result, "s/asian", Reason.COMPLEMENTARY, "s race");
        assertSuppressed(result, "d/asian", Reason.TOTAL_HIDDEN, "d asian by school");
        assertThat(shown(result)).containsExactly("s/all", "s/white");
    }

    @Test
    void iteratesOverlappingSetsToAFixedPoint() {
        // School 1: all 60 = hispanic 4 + black 26 + white 30. School 2: all 50 = hispanic 20 + white 30.
        // District: hispanic 24 = school 1's 4 + school 2's 20. Sets in name order:
        // pass 1  "race at school 1": hispanic 4 alone hidden -> hide the next smallest, black 26.
        //         "race at school 2": nothing hidden.
        //         "schools of district: hispanic": s1 hispanic alone hidden -> hide s2 hispanic (20).
        // pass 2  "race at school 2": now s2 hispanic alone hidden -> hide s2 white (30).
        // pass 3  no change.
        List<Cell<String>> cells = List.of(Cell.rate("s1/all", 30, 60), Cell.rate("s1/hispanic", 2, 4),
                Cell.rate("s1/black", 13, 26), Cell.rate("s1/white", 15, 30), Cell.rate("s2/all", 25, 50),
                Cell.rate("s2/hispanic", 10, 20), Cell.rate("s2/white", 15, 30), Cell.rate("d/hispanic", 12, 24));
        List<ComplementSet<String>> sets = List.of(
                ComplementSet.withTotal("race at school 1", "s1/all", List.of("s1/hispanic", "s1/black", "s1/white")),
                ComplementSet.withTotal("race at school 2", "s2/all", List.of("s2/hispanic", "s2/white")),
                ComplementSet.withTotal("schools of district: hispanic", "d/hispanic",
                        List.of("s1/hispanic", "s2/hispanic")));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, sets);

        assertSuppressed(result, "s1/hispanic", Reason.BELOW_MIN_N, null);
        assertSuppressed(result, "s1/black", Reason.COMPLEMENTARY, "race at school 1");
        assertSuppressed(result, "s2/hispanic", Reason.COMPLEMENTARY, "schools of district: hispanic");
        assertSuppressed(result, "s2/white", Reason.COMPLEMENTARY, "race at school 2");
        assertThat(shown(result)).containsExactly("d/hispanic", "s1/all", "s1/white", "s2/all");
    }

    @Test
    void hidesOneMoreCellWhenSeveralSetsTogetherGiveACellAway() {
        // Three schools x groups a, b; the district's group totals d/a, d/b. School 3 has 15 students in
        // neither group (an unpublished rest, 7 of them met it).
        //   school 1: all 24 = a 4 + b 20      school 2: all 36 = a 6 + b 30
        //   school 3: all 60 = a 5 + b 40 + rest 15      d/a 15 = 4 + 6 + 5      d/b 90 = 20 + 30 + 40
        // Step 3: a 4, 6, 5 are below 10; school 1 and school 2 each hide b as well (their a alone
        // would be all - b); school 3 has two unknowns (a, rest); d/a has three, d/b two. No set leaks.
        // But d/a + d/b - s1/all - s2/all - s3/b = 15 + 90 - 24 - 36 - 40 = 5 = s3/a (and 7 + 45 - 12
        // - 18 - 20 = 2 of them met it). Step 4 tries the shown cells of the linked sets smallest first:
        // hiding d/a (15) already leaves s3/a underivable, so d/a is hidden, as the total of its set.
        List<Cell<String>> cells = List.of(Cell.rate("s1/all", 12, 24), Cell.rate("s1/a", 2, 4),
                Cell.rate("s1/b", 10, 20), Cell.rate("s2/all", 18, 36), Cell.rate("s2/a", 3, 6),
                Cell.rate("s2/b", 15, 30), Cell.rate("s3/all", 29, 60), Cell.rate("s3/a", 2, 5),
                Cell.rate("s3/b", 20, 40), Cell.rate("d/a", 7, 15), Cell.rate("d/b", 45, 90));
        List<ComplementSet<String>> sets = List.of(
                ComplementSet.withTotal("school 1", "s1/all", List.of("s1/a", "s1/b")),
                ComplementSet.withTotal("school 2", "s2/all", List.of("s2/a", "s2/b")),
                ComplementSet.withTotal("school 3", "s3/all", List.of("s3/a", "s3/b")),
                ComplementSet.withTotal("district a by school", "d/a", List.of("s1/a", "s2/a", "s3/a")),
                ComplementSet.withTotal("district b by school", "d/b", List.of("s1/b", "s2/b", "s3/b")));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, sets);

        assertSuppressed(result, "s1/b", Reason.COMPLEMENTARY, "school 1");
        assertSuppressed(result, "s2/b", Reason.COMPLEMENTARY, "school 2");
        assertSuppressed(result, "d/a", Reason.TOTAL_HIDDEN, "district a by school");
        assertThat(shown(result)).containsExactly("d/b", "s1/all", "s2/all", "s3/all", "s3/b");
        assertThat(result.unresolvedSets()).isEmpty();
    }

    @Test
    void aSmallUnpublishedRemainderIsProtectedLikeACell() {
        // all 40 = el 35 + 5 students who are not el (published nowhere, but all - el gives them and their
        // numerator 32 - 28 = 4). 5 < 10, so el is hidden: then el and the rest are both unknown.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 32, 40), Cell.rate("s/el", 28, 35));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, elSet());

        assertSuppressed(result, "s/el", Reason.COMPLEMENTARY, "s el");
        assertThat(shown(result)).containsExactly("s/all");
    }

    @Test
    void aSmallGroupBesideALargeUnpublishedRemainderNeedsNothingMore() {
        // all 100 = el 4 + 96 not el: el hidden (4 < 10); the rest is unpublished, so all - el cannot be
        // worked out and all stays shown. The rest, 96, may be derived by nobody: no extra suppression.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 60, 100), Cell.rate("s/el", 1, 4));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, elSet());

        assertSuppressed(result, "s/el", Reason.BELOW_MIN_N, null);
        assertThat(shown(result)).containsExactly("s/all");
    }

    @Test
    void aRemainderThatWouldRevealAllStudentsMetItIsProtected() {
        // all 90/100, el 40/50 (80%): the 50 students not el met it 50 of 50 times, which all - el would
        // show; 100% of 50 is in the >= 95% code, so el is hidden.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 90, 100), Cell.rate("s/el", 40, 50));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, elSet());

        assertSuppressed(result, "s/el", Reason.COMPLEMENTARY, "s el");
    }

    @Test
    void aTotalPublishedElsewhereIsNeverHiddenAndAnUnprotectableSetIsReported() {
        // A one-member set whose total is published elsewhere: the member is the total, whatever is hidden.
        DisclosureResult<String> result = Disclosure.apply(POLICY, List.of(Cell.rate("a", 1, 4)),
                List.of(ComplementSet.withPublishedTotal("only a", List.of("a"))));

        assertSuppressed(result, "a", Reason.BELOW_MIN_N, null);
        assertThat(result.unresolvedSets()).containsExactly("only a");
    }

    // ---- the hidden-sum option

    @Test
    void theHiddenSumRuleHidesMoreUntilTheHiddenGroupsHoldMinNStudents() {
        // all 100 = hispanic 3 + asian 4 + black 43 + white 50. Two hidden (3 and 4): enough by default.
        // With the option, 3 + 4 = 7 < 10 is what subtraction shows, so the next smallest, black (43), is
        // hidden as well: 3 + 4 + 43 = 50 >= 10.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 50, 100), Cell.rate("s/hispanic", 1, 3),
                Cell.rate("s/asian", 2, 4), Cell.rate("s/black", 20, 43), Cell.rate("s/white", 27, 50));

        DisclosureResult<String> byDefault = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));
        assertThat(shown(byDefault)).containsExactly("s/all", "s/black", "s/white");

        DisclosureResult<String> strict = Disclosure.apply(POLICY.withHiddenSumAtLeastMinN(true), cells,
                List.of(raceSet("s")));
        assertSuppressed(strict, "s/black", Reason.COMPLEMENTARY, "s race");
        assertThat(shown(strict)).containsExactly("s/all", "s/white");
    }

    @Test
    void theHiddenSumRuleCannotBeMetUnderATotalPublishedElsewhere() {
        // Members 4 and 3 of a total published elsewhere: both hidden, two unknowns (fine by default), but
        // their sum 7 stays visible and below 10 with the option on: nothing left to hide.
        List<Cell<String>> cells = List.of(Cell.rate("a", 1, 4), Cell.rate("b", 1, 3));
        ComplementSet<String> set = ComplementSet.withPublishedTotal("a and b", List.of("a", "b"));

        assertThat(Disclosure.apply(POLICY, cells, List.of(set)).unresolvedSets()).isEmpty();
        assertThat(Disclosure.apply(POLICY.withHiddenSumAtLeastMinN(true), cells, List.of(set)).unresolvedSets())
                .containsExactly("a and b");
    }

    // ---- top- and bottom-coding

    @Test
    void codesNineteenAndTwentyOfTwentyButShowsEighteen() {
        // 20 students, band 1..99: >= 95% is 19 or 20 of 20 (19/20 = 0.95 exactly: the code includes its
        // bound, as NCES recodes "95% to 100%"; coding only 20/20 would make ">= 95%" mean 100% here).
        // <= 5% is 0 or 1 of 20. 18/20 = 90% and 2/20 = 10% are exact.
        DisclosureResult<String> result = Disclosure.apply(POLICY, List.of(Cell.rate("18", 18, 20),
                Cell.rate("19", 19, 20), Cell.rate("20", 20, 20), Cell.rate("0", 0, 20), Cell.rate("1", 1, 20),
                Cell.rate("2", 2, 20)), List.of());

        assertCoded(result, "19", Status.TOP_CODED, ">= 95%");
        assertCoded(result, "20", Status.TOP_CODED, ">= 95%");
        assertCoded(result, "0", Status.BOTTOM_CODED, "<= 5%");
        assertCoded(result, "1", Status.BOTTOM_CODED, "<= 5%");
        assertThat(result.outcome("18").value()).hasValue(new BigDecimal("0.9"));
        assertThat(result.outcome("2").value()).hasValue(new BigDecimal("0.1"));
    }

    @Test
    void codesNarrowAsGroupsGrow() {
        // 98/99 = 98.99%: band 1..99, >= 95%. 99/100: band 100..299, >= 98%; 97/100 exact.
        // 297/300 = 99%: band 300.., >= 99%; 296/300 = 98.67% exact; 3/300 = 1%: <= 1%.
        DisclosureResult<String> result = Disclosure.apply(POLICY, List.of(Cell.rate("a", 98, 99),
                Cell.rate("b", 99, 100), Cell.rate("c", 97, 100), Cell.rate("d", 297, 300), Cell.rate("e", 296, 300),
                Cell.rate("f", 3, 300)), List.of());

        assertCoded(result, "a", Status.TOP_CODED, ">= 95%");
        assertCoded(result, "b", Status.TOP_CODED, ">= 98%");
        assertThat(result.outcome("c").status()).isEqualTo(Status.SHOWN);
        assertCoded(result, "d", Status.TOP_CODED, ">= 99%");
        assertThat(result.outcome("e").status()).isEqualTo(Status.SHOWN);
        assertCoded(result, "f", Status.BOTTOM_CODED, "<= 1%");
    }

    @Test
    void aRateWithoutCountsIsCodedByItsValue() {
        // In-seat attendance is days over days: 0.96 over 50 students is >= 0.95, 0.94 is not.
        DisclosureResult<String> result = Disclosure.apply(POLICY, List.of(Cell.rate("a", 50, new BigDecimal("0.96")),
                Cell.rate("b", 50, new BigDecimal("0.94"))), List.of());

        assertCoded(result, "a", Status.TOP_CODED, ">= 95%");
        assertThat(result.outcome("b").status()).isEqualTo(Status.SHOWN);
    }

    @Test
    void bandsAreConfigurable() {
        // outputs.md read literally: one band >= 95% / <= 5% for groups up to 99 and exact values above.
        DisclosurePolicy policy = POLICY.withCodingBands(
                List.of(DisclosurePolicy.CodingBand.of(1, 99, "0.95", "0.05")));
        DisclosureResult<String> result = Disclosure.apply(policy,
                List.of(Cell.rate("a", 20, 20), Cell.rate("b", 100, 100)), List.of());

        assertCoded(result, "a", Status.TOP_CODED, ">= 95%");
        assertThat(result.outcome("b").display()).isEqualTo("1");
    }

    @Test
    void meansMediansAndPercentilesAreNeverCoded() {
        // A mean of 0.99 and a median growth percentile of 99 over 50 students are shown as they are;
        // below min n they are suppressed like any cell.
        DisclosureResult<String> result = Disclosure.apply(POLICY, List.of(Cell.mean("mean", 50, new BigDecimal("0.99")),
                Cell.medianOrPercentile("mgp", 50, new BigDecimal("99")),
                Cell.medianOrPercentile("mgp-small", 9, new BigDecimal("1"))), List.of());

        assertThat(result.outcome("mean").display()).isEqualTo("0.99");
        assertThat(result.outcome("mgp").display()).isEqualTo("99");
        assertSuppressed(result, "mgp-small", Reason.BELOW_MIN_N, null);
    }

    @Test
    void meansInAComplementSetGetComplementarySuppression() {
        // Means add up through their sums (mean x n): all 42 = hispanic 4 + black 12 + white 26, so black is
        // hidden beside hispanic exactly as for a rate.
        List<Cell<String>> cells = List.of(Cell.mean("s/all", 42, new BigDecimal("250")),
                Cell.mean("s/hispanic", 4, new BigDecimal("240")), Cell.mean("s/black", 12, new BigDecimal("245")),
                Cell.mean("s/white", 26, new BigDecimal("255")));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertSuppressed(result, "s/black", Reason.COMPLEMENTARY, "s race");
    }

    @Test
    void aCodedCellIsAHiddenTermOfItsSet() {
        // all 90/100 shown; white 50/50 is coded (counts withheld) but black 40/50 shown would give white's
        // counts back: 100 - 50 = 50 students, 90 - 40 = 50 met it. So black is hidden.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 90, 100), Cell.rate("s/white", 50, 50),
                Cell.rate("s/black", 40, 50));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertCoded(result, "s/white", Status.TOP_CODED, ">= 95%");
        assertThat(result.outcome("s/white").countsShown()).isFalse();
        assertSuppressed(result, "s/black", Reason.COMPLEMENTARY, "s race");
    }

    @Test
    void aCodedCellCountsAsTheSecondHiddenTerm() {
        // all 60 = hispanic 4 (hidden) + white 20/20 (coded) + black 36: two unknowns, black stays shown.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 50, 60), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/white", 20, 20), Cell.rate("s/black", 28, 36));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, List.of(raceSet("s")));

        assertThat(shown(result)).containsExactly("s/all", "s/black");
    }

    @Test
    void theWorkedExampleOfDocsDisclosureMd() {
        // docs/disclosure.md, "Worked example": derivations there.
        List<Cell<String>> cells = List.of(Cell.rate("s/all", 67, 118), Cell.rate("s/hispanic", 2, 4),
                Cell.rate("s/asian", 9, 12), Cell.rate("s/black", 15, 30), Cell.rate("s/white", 35, 50),
                Cell.rate("s/two_or_more", 6, 22), Cell.rate("s/el", 1, 20), Cell.rate("s/swd", 62, 110));
        List<ComplementSet<String>> sets = ComplementSet.forStudentGroups("s", g -> "s/" + g.id());
        for (DisclosurePolicy policy : List.of(POLICY, POLICY.withHiddenSumAtLeastMinN(true))) {
            DisclosureResult<String> result = Disclosure.apply(policy, cells, sets);

            assertThat(result.outcome("s/all").display()).isEqualTo("0.5677966101694915");
            assertSuppressed(result, "s/hispanic", Reason.BELOW_MIN_N, null);
            assertSuppressed(result, "s/asian", Reason.COMPLEMENTARY, "s race_ethnicity");
            assertThat(result.outcome("s/black").display()).isEqualTo("0.5");
            assertThat(result.outcome("s/white").display()).isEqualTo("0.7");
            assertThat(result.outcome("s/two_or_more").display()).isEqualTo("0.2727272727272727");
            assertCoded(result, "s/el", Status.BOTTOM_CODED, "<= 5%");
            assertSuppressed(result, "s/swd", Reason.COMPLEMENTARY, "s swd");
            assertThat(result.unresolvedSets()).isEmpty();
        }
    }

    // ---- determinism and inputs

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        List<Cell<String>> cells = new ArrayList<>(List.of(Cell.rate("s1/all", 30, 60), Cell.rate("s1/hispanic", 2, 4),
                Cell.rate("s1/black", 13, 26), Cell.rate("s1/white", 15, 30), Cell.rate("s2/all", 25, 50),
                Cell.rate("s2/hispanic", 10, 20), Cell.rate("s2/white", 15, 30), Cell.rate("d/hispanic", 12, 24),
                Cell.rate("s2/asian", 20, 20)));
        List<ComplementSet<String>> sets = new ArrayList<>(List.of(
                ComplementSet.withTotal("race at school 1", "s1/all", List.of("s1/hispanic", "s1/black", "s1/white")),
                ComplementSet.withTotal("race at school 2", "s2/all", List.of("s2/hispanic", "s2/white")),
                ComplementSet.withTotal("schools of district: hispanic", "d/hispanic",
                        List.of("s1/hispanic", "s2/hispanic"))));
        DisclosureResult<String> expected = Disclosure.apply(POLICY, cells, sets);

        Random random = new Random(20240917L);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(cells, random);
            Collections.shuffle(sets, random);
            List<ComplementSet<String>> reordered = sets.stream().map(s -> {
                List<String> members = new ArrayList<>(s.members());
                Collections.shuffle(members, random);
                return new ComplementSet<>(s.name(), s.total(), members);
            }).toList();
            assertThat(Disclosure.apply(POLICY, cells, reordered)).isEqualTo(expected);
        }
    }

    @Test
    void rejectsAmbiguousInput() {
        assertThatThrownBy(() -> Disclosure.apply(POLICY, List.of(Cell.rate("a", 1, 10), Cell.rate("a", 2, 10)),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
        ComplementSet<String> set = ComplementSet.withTotal("x", "t", List.of("a"));
        assertThatThrownBy(() -> Disclosure.apply(POLICY, List.of(Cell.rate("a", 1, 10)), List.of(set, set)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        assertThatThrownBy(() -> Disclosure.apply(POLICY, List.of(Cell.rate("a", 1, 10)), List.of(set)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total t has no cell");
        assertThatThrownBy(() -> new DisclosurePolicy(10, List.of(DisclosurePolicy.CodingBand.of(1, 99, "0.95", "0.05"),
                DisclosurePolicy.CodingBand.of(99, 200, "0.98", "0.02")), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> DisclosurePolicy.CodingBand.of(1, 99, "0.05", "0.95"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void studentGroupPartitionsBecomeTheSetsOfOneTable() {
        // One school table: race groups 4 / 12 / 30 / 50 and el 35 of 96. forStudentGroups names each set
        // after the table and the partition; groups the table lacks (other races, swd, ...) are no cells.
        List<ComplementSet<String>> sets = ComplementSet.forStudentGroups("2024 s1 ela", g -> "s1/" + g.id());
        assertThat(sets).extracting(ComplementSet::name).contains("2024 s1 ela race_ethnicity", "2024 s1 ela el");
        assertThat(sets.get(0).total()).hasValue("s1/all");
        assertThat(sets.get(0).members()).hasSize(StudentGroup.RACES.size());

        List<Cell<String>> cells = List.of(Cell.rate("s1/all", 58, 96), Cell.rate("s1/hispanic", 2, 4),
                Cell.rate("s1/asian", 6, 12), Cell.rate("s1/black", 15, 30), Cell.rate("s1/white", 35, 50),
                Cell.rate("s1/el", 20, 35));
        DisclosureResult<String> result = Disclosure.apply(POLICY, cells, sets);

        assertSuppressed(result, "s1/asian", Reason.COMPLEMENTARY, "2024 s1 ela race_ethnicity");
        // el 35 and the 61 not el are both large and coded by nothing: el stays shown.
        assertThat(shown(result)).containsExactly("s1/all", "s1/black", "s1/el", "s1/white");
    }

    // ---- helpers

    private static ComplementSet<String> raceSet(String school) {
        return ComplementSet.withTotal(school + " race", school + "/all", StudentGroup.RACES.stream()
                .map(g -> school + "/" + g.id()).toList());
    }

    private static List<ComplementSet<String>> elSet() {
        return List.of(ComplementSet.withTotal("s el", "s/all", List.of("s/el")));
    }

    private static List<String> shown(DisclosureResult<String> result) {
        return result.outcomes().stream().filter(o -> o.status() == Status.SHOWN).map(Outcome::key).toList();
    }

    private static void assertSuppressed(DisclosureResult<String> result, String key, Reason reason, String set) {
        Outcome<String> outcome = result.outcome(key);
        assertThat(outcome.status()).as(key).isEqualTo(Status.SUPPRESSED);
        assertThat(outcome.reason()).as(key).hasValue(reason);
        assertThat(outcome.complementSet()).as(key).isEqualTo(Optional.ofNullable(set));
        assertThat(outcome.value()).as(key).isEmpty();
        assertThat(outcome.display()).as(key).isEmpty();
    }

    private static void assertCoded(DisclosureResult<String> result, String key, Status status, String display) {
        Outcome<String> outcome = result.outcome(key);
        assertThat(outcome.status()).as(key).isEqualTo(status);
        assertThat(outcome.display()).as(key).isEqualTo(display);
        assertThat(outcome.value()).as(key).isEmpty();
        assertThat(outcome.reason()).as(key).isEmpty();
    }
}
