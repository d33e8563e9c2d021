package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/** Everything of the caller's mentoring, for their personal data export. People only. */
public class MentoringExport {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final MentoringProposals proposals;
    private final MentoringRelationships relationships;
    private final MentoringAgreements agreements;
    private final MentoringGoals goals;
    private final MentoringSessions sessions;
    private final MentoringTasks tasks;
    private final CheckIns checkIns;
    private final ClosingFeedbacks feedback;

    public MentoringExport(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            MentoringAgreements agreements,
            MentoringGoals goals,
            MentoringSessions sessions,
            MentoringTasks tasks,
            CheckIns checkIns,
            ClosingFeedbacks feedback) {
        this.offers = offers;
        this.requests = requests;
        this.proposals = proposals;
        this.relationships = relationships;
        this.agreements = agreements;
        this.goals = goals;
        this.sessions = sessions;
        this.tasks = tasks;
        this.checkIns = checkIns;
        this.feedback = feedback;
    }

    /** The caller's offer, requests, proposals and relationships. */
    public MentoringRecords records(Subject subject) {
        UUID me = Access.person(subject).id();
        return new MentoringRecords(
                offers.ofMentor(me), requests.allOf(me), proposals.allInvolving(me), relationships.allInvolving(me));
    }

    /**
     * Everything inside the caller's relationships that was theirs to see: of the relationships
     * they joined (not those they were only invited to), the goals, sessions and tasks made until
     * they left, if they did.
     */
    public RelationshipRecords relationshipRecords(Subject subject) {
        UUID me = Access.person(subject).id();
        Map<UUID, MentoringRelationship> mine = new HashMap<>();
        Map<UUID, Instant> leftAt = new HashMap<>();
        for (MentoringRelationship relationship : relationships.allInvolving(me)) {
            relationship.participants().stream()
                    .filter(p -> p.is(me) && p.joinedAt().isPresent())
                    .findFirst()
                    .ifPresent(p -> {
                        mine.put(relationship.id(), relationship);
                        p.leftAt().ifPresent(left -> leftAt.put(relationship.id(), left));
                    });
        }
        List<UUID> ids = List.copyOf(mine.keySet());
        BiPredicate<UUID, Instant> whileMember = (relationship, created) ->
                !leftAt.containsKey(relationship) || !created.isAfter(leftAt.get(relationship));
        return new RelationshipRecords(
                agreements.ofRelationships(ids).stream()
                        .map(a -> a.in(mine.get(a.relationshipId())))
                        .toList(),
                goals.ofRelationships(ids).stream()
                        .filter(g -> whileMember.test(g.relationshipId(), g.createdAt()))
                        .toList(),
                sessions.ofRelationships(ids).stream()
                        .filter(s -> whileMember.test(s.relationshipId(), s.createdAt()))
                        .toList(),
                tasks.ofRelationships(ids).stream()
                        .filter(t -> whileMember.test(t.relationshipId(), t.createdAt()))
                        .toList(),
                tasks.commentsBy(me),
                checkIns.by(me),
                sessions.notesOf(me),
                feedback.of(me));
    }
}
