package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.Expertise;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.OfferChanges;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.OfferStatus;
import eu.loopmentoring.domain.mentoring.OfferTerms;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link MentorOffers} must do. Listings are read with a subject no other test uses, so
 * that the offers of other tests (the pool is everyone's) stay out of the way.
 */
public abstract class MentorOffersContract extends PortContract {

    protected abstract MentorOffers offers();

    protected static OfferTerms terms(String subject, MentoringFormat format, String language) {
        return new OfferTerms(
                2,
                new Expertise(
                        Set.of(ProfileDimension.PEDAGOGICAL_CONCEPTIONS),
                        Set.of(subject),
                        Set.of(IscedLevel.ISCED_2),
                        Set.of(SchoolDimension.PEDAGOGICAL_PRACTICES)),
                List.of(language, "en"),
                Set.of(format),
                Set.of(MentoringMode.ONLINE),
                Optional.of("Lisboa"),
                Optional.empty());
    }

    protected MentorOffer anOffer(String subject, Instant lastActiveAt) {
        return anOffer(aPerson(unique("Mentor ")), terms(subject, MentoringFormat.ONE_TO_ONE, "pt"), lastActiveAt);
    }

    protected MentorOffer anOffer(Person mentor, OfferTerms terms, Instant lastActiveAt) {
        MentorOffer offer = MentorOffer.create(mentor.id(), mentor.displayName(), terms, lastActiveAt);
        assertThat(offers().add(offer)).isTrue();
        return offers().find(offer.id()).orElseThrow();
    }

    private static OfferFilter subject(String subject) {
        return new OfferFilter(
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(subject),
                Optional.empty());
    }

    private static OfferChanges paused() {
        return new OfferChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(OfferStatus.PAUSED));
    }

    @Test
    void anOfferIsFoundByIdAndByItsMentorAndAMentorHasOne() {
        Person mentor = aPerson("João Silva");
        MentorOffer added =
                MentorOffer.create(mentor.id(), "João Silva", terms(unique("s"), MentoringFormat.GROUP, "pt"), T0);

        assertThat(offers().add(added)).isTrue();

        assertThat(offers().find(added.id())).contains(added);
        assertThat(offers().ofMentor(mentor.id())).contains(added);
        assertThat(offers().find(UUID.randomUUID())).isEmpty();
        assertThat(offers().ofMentor(UUID.randomUUID())).isEmpty();
        MentorOffer second =
                MentorOffer.create(mentor.id(), "João Silva", terms("x", MentoringFormat.ONE_TO_ONE, "en"), T0);
        assertThat(offers().add(second)).isFalse();
        assertThat(offers().find(second.id())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        MentorOffer offer = anOffer(unique("s"), T0);

        MentorOffer stored =
                offers().update(offer.change(paused(), T0.plusSeconds(60))).orElseThrow();

        assertThat(stored.version()).isGreaterThan(offer.version());
        assertThat(stored.status()).isEqualTo(OfferStatus.PAUSED);
        assertThat(stored.lastActiveAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(offers().find(offer.id())).contains(stored);
        assertThat(offers().update(offer.missedProposal())).isEmpty();
        assertThat(offers().find(offer.id())).contains(stored);
    }

    @Test
    void theListPutsResponsiveMentorsFirstThenTheMostRecentlyActiveInKeysetPages() {
        String subject = unique("ranking-");
        MentorOffer recent = anOffer(subject, T0.plusSeconds(300));
        MentorOffer older = anOffer(subject, T0.plusSeconds(100));
        MentorOffer sameTimeA = anOffer(subject, T0.plusSeconds(200));
        MentorOffer sameTimeB = anOffer(subject, T0.plusSeconds(200));
        MentorOffer missedOne = offers().update(
                        anOffer(subject, T0.plusSeconds(900)).missedProposal())
                .orElseThrow();
        UUID viewer = aPerson("Viewer").id();

        List<MentorOffer> listed = allPages(2, page -> offers().list(viewer, subject(subject), page));

        List<UUID> tied = sameTimeA.id().toString().compareTo(sameTimeB.id().toString()) < 0
                ? List.of(sameTimeA.id(), sameTimeB.id())
                : List.of(sameTimeB.id(), sameTimeA.id());
        assertThat(listed)
                .extracting(MentorOffer::id)
                .containsExactly(recent.id(), tied.get(0), tied.get(1), older.id(), missedOne.id());
    }

    @Test
    void aPausedOfferIsListedOnlyToItsMentorAndIsNotActive() {
        String subject = unique("paused-");
        Person mentor = aPerson("Paused mentor");
        MentorOffer offer = anOffer(mentor, terms(subject, MentoringFormat.ONE_TO_ONE, "pt"), T0);
        MentorOffer pausedOffer = offers().update(offer.change(paused(), T0)).orElseThrow();
        MentorOffer active = anOffer(subject, T0);
        UUID stranger = aPerson("Stranger").id();

        assertThat(offers().list(stranger, subject(subject), PageRequest.first(10))
                        .items())
                .extracting(MentorOffer::id)
                .containsExactly(active.id());
        assertThat(offers().list(mentor.id(), subject(subject), PageRequest.first(10))
                        .items())
                .extracting(MentorOffer::id)
                .containsExactlyInAnyOrder(pausedOffer.id(), active.id());
        OfferFilter mine = new OfferFilter(
                true,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThat(offers().list(mentor.id(), mine, PageRequest.first(10)).items())
                .containsExactly(pausedOffer);
        assertThat(offers().active()).contains(active).doesNotContain(pausedOffer);
    }

    @Test
    void theListIsNarrowedByEachTerm() {
        String subject = unique("terms-");
        MentorOffer oneToOne = anOffer(aPerson("A"), terms(subject, MentoringFormat.ONE_TO_ONE, "pt"), T0);
        MentorOffer group = anOffer(aPerson("B"), terms(subject, MentoringFormat.GROUP, "et"), T0.plusSeconds(1));
        UUID viewer = aPerson("Viewer").id();

        assertThat(ids(
                        viewer,
                        new OfferFilter(
                                false,
                                Optional.of("et"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(subject),
                                Optional.empty())))
                .containsExactly(group.id());
        assertThat(ids(
                        viewer,
                        new OfferFilter(
                                false,
                                Optional.empty(),
                                Optional.of(MentoringFormat.ONE_TO_ONE),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(subject),
                                Optional.empty())))
                .containsExactly(oneToOne.id());
        assertThat(ids(
                        viewer,
                        new OfferFilter(
                                false,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(MentoringMode.IN_PERSON),
                                Optional.empty(),
                                Optional.of(subject),
                                Optional.empty())))
                .isEmpty();
        assertThat(ids(
                        viewer,
                        new OfferFilter(
                                false,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(ProfileDimension.PEDAGOGICAL_CONCEPTIONS),
                                Optional.of(subject),
                                Optional.of(IscedLevel.ISCED_2))))
                .containsExactly(group.id(), oneToOne.id());
        assertThat(ids(
                        viewer,
                        new OfferFilter(
                                false,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(subject),
                                Optional.of(IscedLevel.ISCED_3))))
                .isEmpty();
    }

    private List<UUID> ids(UUID viewer, OfferFilter filter) {
        return offers().list(viewer, filter, PageRequest.first(10)).items().stream()
                .map(MentorOffer::id)
                .toList();
    }
}
