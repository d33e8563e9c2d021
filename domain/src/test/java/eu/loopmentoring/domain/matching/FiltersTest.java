package eu.loopmentoring.domain.matching;

import static eu.loopmentoring.domain.matching.Someone.WINTER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.profile.CefrLevel;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each must-have filter, alone: a pair that fails one is never suggested, and says which. */
class FiltersTest {

    private static Set<Filter> failed(MatchingPolicy policy, Someone mentee, Someone mentor, Set<BlockedPair> blocked) {
        Suggestions.PairCheck check = new Suggestions(policy).check(mentee.mentee(), mentor.mentor(), blocked, WINTER);
        assertThat(check.explanation().isPresent())
                .isEqualTo(check.failedFilters().isEmpty());
        return check.failedFilters();
    }

    private static Set<Filter> failed(Someone mentee, Someone mentor) {
        return failed(MatchingPolicy.DEFAULT, mentee, mentor, Set.of());
    }

    @Test
    void a_shared_language_must_be_spoken_by_both_at_the_minimum_level_or_as_a_mother_tongue() {
        Someone lowFrench = Someone.new_().speaks("fr", CefrLevel.B1);

        assertThat(failed(Someone.new_().speaks("fr", CefrLevel.C1), lowFrench))
                .containsExactly(Filter.SHARED_LANGUAGE);
        assertThat(failed(
                        Someone.new_().speaks("fr", CefrLevel.C1),
                        Someone.new_().speaks("fr", CefrLevel.B2)))
                .isEmpty();
        assertThat(failed(Someone.new_().native_("fr"), Someone.new_().native_("fr")))
                .isEmpty();
        assertThat(failed(Someone.new_().native_("pt"), Someone.new_().native_("fi")))
                .containsExactly(Filter.SHARED_LANGUAGE);
    }

    @Test
    void in_person_needs_the_same_region_while_online_needs_none() {
        Someone porto = Someone.new_().modes(MeetingMode.IN_PERSON).region("Porto");

        assertThat(failed(porto, Someone.new_().modes(MeetingMode.IN_PERSON).region("porto")))
                .isEmpty();
        assertThat(failed(porto, Someone.new_().modes(MeetingMode.IN_PERSON).region("Lisboa")))
                .containsExactly(Filter.MODE_AND_REGION);
        assertThat(failed(porto, Someone.new_().modes(MeetingMode.IN_PERSON)))
                .as("a mentor who names no region")
                .containsExactly(Filter.MODE_AND_REGION);
        assertThat(failed(porto, Someone.new_().modes(MeetingMode.ONLINE))).containsExactly(Filter.MODE_AND_REGION);
        assertThat(failed(
                        Someone.new_(),
                        Someone.new_()
                                .modes(MeetingMode.ONLINE, MeetingMode.IN_PERSON)
                                .region("Porto")))
                .isEmpty();
    }

    @Test
    void a_format_both_accept() {
        assertThat(failed(
                        Someone.new_().formats(MeetingFormat.GROUP),
                        Someone.new_().formats(MeetingFormat.ONE_TO_ONE)))
                .containsExactly(Filter.FORMAT);
        assertThat(failed(
                        Someone.new_().formats(MeetingFormat.GROUP, MeetingFormat.PEER),
                        Someone.new_().formats(MeetingFormat.PEER)))
                .isEmpty();
    }

    @Test
    void a_blocked_pair_fails_whoever_blocked_whom() {
        Someone mentee = Someone.new_();
        Someone mentor = Someone.new_();

        assertThat(failed(
                        MatchingPolicy.DEFAULT,
                        mentee,
                        mentor,
                        Set.of(BlockedPair.of(mentor.personId(), mentee.personId()))))
                .containsExactly(Filter.NOT_BLOCKED);
        assertThat(failed(
                        MatchingPolicy.DEFAULT,
                        mentee,
                        mentor,
                        Set.of(BlockedPair.of(mentee.personId(), UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void nobody_mentors_themselves() {
        UUID person = UUID.randomUUID();

        assertThat(failed(Someone.new_().person(person), Someone.new_().person(person)))
                .containsExactly(Filter.NOT_SELF);
    }

    @Test
    void the_same_school_fails_only_when_the_programme_requires_different_schools() {
        UUID school = UUID.randomUUID();
        MatchingPolicy required = MatchingPolicy.DEFAULT.withFilters(new Filters(true, true, true, true, true, true));

        assertThat(failed(Someone.new_().school(school), Someone.new_().school(school)))
                .isEmpty();
        assertThat(failed(
                        required, Someone.new_().school(school), Someone.new_().school(school), Set.of()))
                .containsExactly(Filter.DIFFERENT_SCHOOL);
        assertThat(failed(
                        required, Someone.new_().school(school), Someone.new_().school(UUID.randomUUID()), Set.of()))
                .isEmpty();
        assertThat(failed(required, Someone.new_(), Someone.new_(), Set.of()))
                .as("schools unknown")
                .isEmpty();
    }

    @Test
    void an_offer_without_room_fails_unless_the_policy_shows_full_mentors_too() {
        MatchingPolicy showFull = MatchingPolicy.DEFAULT.withFilters(new Filters(true, true, true, true, false, false));

        assertThat(failed(Someone.new_(), Someone.new_().capacity(0))).containsExactly(Filter.CAPACITY_LEFT);
        assertThat(failed(showFull, Someone.new_(), Someone.new_().capacity(0), Set.of()))
                .isEmpty();
    }

    @Test
    void switched_off_filters_do_not_apply_and_every_failure_is_reported() {
        Someone mentee = Someone.new_()
                .native_("pt")
                .formats(MeetingFormat.GROUP)
                .modes(MeetingMode.IN_PERSON)
                .region("Porto");
        Someone mentor = Someone.new_().native_("fi").capacity(0);

        assertThat(failed(mentee, mentor))
                .containsExactly(Filter.SHARED_LANGUAGE, Filter.MODE_AND_REGION, Filter.FORMAT, Filter.CAPACITY_LEFT);
        assertThat(failed(
                        MatchingPolicy.DEFAULT.withFilters(new Filters(false, false, false, true, false, false)),
                        mentee,
                        mentor,
                        Set.of()))
                .isEmpty();
    }
}
