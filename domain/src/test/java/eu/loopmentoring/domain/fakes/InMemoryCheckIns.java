package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.CheckIn;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-ins, oldest first; reminders as the adapter sends them, read from the relationships and
 * agreements it is given and told through its notifications.
 */
public final class InMemoryCheckIns implements CheckIns {

    public final List<CheckIn> all = new ArrayList<>();

    private final InMemoryMentoringRelationships relationships;
    private final MentoringAgreements agreements;
    private final Notifications notifications;

    public InMemoryCheckIns(
            InMemoryMentoringRelationships relationships, MentoringAgreements agreements, Notifications notifications) {
        this.relationships = relationships;
        this.agreements = agreements;
        this.notifications = notifications;
    }

    @Override
    public CheckIn add(CheckIn checkIn) {
        all.add(checkIn);
        return checkIn;
    }

    @Override
    public Page<CheckIn> ofRelationship(UUID relationshipId, PageRequest page) {
        return FakePages.byKey(
                all.stream().filter(c -> c.relationshipId().equals(relationshipId)), page, InMemoryCheckIns::key);
    }

    @Override
    public Optional<Instant> lastBy(UUID relationshipId, UUID authorId) {
        return all.stream()
                .filter(c -> c.relationshipId().equals(relationshipId)
                        && c.authorId().filter(authorId::equals).isPresent())
                .map(CheckIn::submittedAt)
                .max(Comparator.naturalOrder());
    }

    @Override
    public List<CheckIn> by(UUID authorId) {
        return all.stream()
                .filter(c -> c.authorId().filter(authorId::equals).isPresent())
                .sorted(Comparator.comparing(InMemoryCheckIns::key, FakePages.KEY_ORDER))
                .toList();
    }

    @Override
    public int remindDue(Instant now) {
        int sent = 0;
        for (MentoringRelationship r : List.copyOf(relationships.byId.values())) {
            Optional<MentoringAgreement> agreement = agreements.find(r.id());
            List<Participant> members =
                    r.participants().stream().filter(Participant::isMember).toList();
            if (r.status() != RelationshipStatus.ACTIVE
                    || agreement.isEmpty()
                    || !members.stream().allMatch(p -> agreement.get().isConfirmedBy(p.personId()))) {
                continue;
            }
            Optional<Instant> confirmed =
                    agreement.get().confirmations().values().stream().max(Comparator.naturalOrder());
            for (Participant member : members) {
                Optional<Instant> due = lastBy(r.id(), member.personId())
                        .or(() -> confirmed)
                        .map(from -> from.plus(7L * agreement.get().terms().checkInIntervalWeeks(), ChronoUnit.DAYS));
                if (due.isPresent()
                        && !due.get().isAfter(now)
                        && !remindedSince(member.personId(), r.id(), due.get())) {
                    notifications.add(Notification.about(r, member.personId(), NotificationKind.CHECK_IN_DUE, now));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean remindedSince(UUID person, UUID relationshipId, Instant due) {
        return notifications.allOf(person).stream()
                .anyMatch(n -> n.kind() == NotificationKind.CHECK_IN_DUE
                        && n.relationshipId().filter(relationshipId::equals).isPresent()
                        && !n.createdAt().isBefore(due));
    }

    private static List<String> key(CheckIn checkIn) {
        return List.of(FakePages.sortable(checkIn.submittedAt()), checkIn.id().toString());
    }
}
