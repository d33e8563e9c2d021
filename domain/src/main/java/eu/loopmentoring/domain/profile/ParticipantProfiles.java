package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Participant profiles: the owner reads and changes theirs; everyone else sees the field groups
 * whose visibility admits them.
 *
 * <p>Who sees what: the owner sees everything. Another person sees each group its owner shows to
 * someone of their relation (mentoring partner, coalition member, member); administrators are
 * members like any other here. A partner API client needs {@code profiles:read} and sees only the
 * profiles of its organisation's active members, with the groups shown to all members. A profile
 * nobody may see, like an unknown person's, is not found.
 */
public class ParticipantProfiles {

    private final Profiles profiles;
    private final People people;
    private final PersonRelations relations;
    private final QuestionnaireAnswering answering;
    private final Clock clock;

    public ParticipantProfiles(
            Profiles profiles,
            People people,
            PersonRelations relations,
            QuestionnaireAnswering answering,
            Clock clock) {
        this.profiles = profiles;
        this.people = people;
        this.relations = relations;
        this.answering = answering;
        this.clock = clock;
    }

    public ProfileView mine(Subject subject) {
        Person owner = person(Access.person(subject).id());
        return own(owner, stored(owner));
    }

    public ProfileView change(Subject subject, ExpectedVersion expected, ProfileChanges changes) {
        Person owner = person(Access.person(subject).id());
        Profile current = stored(owner);
        expected.check(current.version(), "profile");
        Profile saved = profiles.save(current.change(changes, clock.instant()))
                .orElseThrow(() -> new StaleVersionException("profile"));
        return own(owner, saved);
    }

    public ProfileView view(Subject viewer, UUID personId) {
        Access.scope(viewer, Scope.PROFILES_READ);
        Person owner = people.find(personId).orElseThrow(() -> notFound(personId));
        ViewerRelation relation = relation(viewer, personId);
        Profile profile = stored(owner);
        EnumSet<ProfileFieldGroup> visible = EnumSet.noneOf(ProfileFieldGroup.class);
        visible.addAll(profile.visibility().visibleTo(relation));
        return view(owner, relation, visible, profile);
    }

    /**
     * Whether the viewer sees one field group of the person's, by the person's choice and the
     * viewer's relation to them, as {@link #view} decides. An unknown person, and a partner client
     * outside the person's organisations, are not found; scopes are the caller's to check.
     */
    public boolean shows(Subject viewer, UUID personId, ProfileFieldGroup group) {
        Person owner = people.find(personId).orElseThrow(() -> notFound(personId));
        return stored(owner).visibility().visibleTo(relation(viewer, personId)).contains(group);
    }

    private ViewerRelation relation(Subject viewer, UUID owner) {
        return switch (viewer) {
            case PersonSubject person when person.id().equals(owner) -> ViewerRelation.OWNER;
            case PersonSubject person
            when relations.mentoringPartners(person.id(), owner) -> ViewerRelation.MENTORING_PARTNER;
            case PersonSubject person
            when relations.shareActiveCoalition(person.id(), owner) -> ViewerRelation.COALITION_MEMBER;
            case PersonSubject ignored -> ViewerRelation.MEMBER;
            case ClientSubject client
            when relations.activeMemberOf(client.organizationId(), owner) -> ViewerRelation.PARTNER_CLIENT;
            case ClientSubject ignored -> throw notFound(owner);
        };
    }

    private ProfileView own(Person owner, Profile profile) {
        return view(owner, ViewerRelation.OWNER, EnumSet.allOf(ProfileFieldGroup.class), profile);
    }

    /** The profile with what the questionnaire adds: scores, training topics, cultural background. */
    private ProfileView view(Person owner, ViewerRelation relation, Set<ProfileFieldGroup> visible, Profile profile) {
        List<QuestionnaireResponse> submissions = answering.latestSubmissions(owner.id());
        Optional<QuestionnaireResponse> latest = submissions.stream().findFirst();
        return new ProfileView(
                owner.id(),
                owner.displayName(),
                relation,
                visible,
                profile,
                QuestionnaireAnswering.competencyProfile(submissions),
                latest.map(QuestionnaireResponse::trainingTopics).orElse(List.of()),
                latest.map(r -> answering.answersOn(r, ProfileDimension.CULTURAL_BACKGROUND))
                        .orElse(List.of()));
    }

    private Profile stored(Person owner) {
        return profiles.find(owner.id()).orElseGet(() -> Profile.empty(owner.id(), owner.country()));
    }

    private Person person(UUID id) {
        return people.find(id).orElseThrow(() -> notFound(id));
    }

    private static ObjectNotFoundException notFound(UUID personId) {
        return new ObjectNotFoundException("profile", personId);
    }
}
