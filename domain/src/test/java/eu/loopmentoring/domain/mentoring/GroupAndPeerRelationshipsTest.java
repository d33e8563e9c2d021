package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupAndPeerRelationshipsTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final UUID JOAO = UUID.randomUUID();
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEA = UUID.randomUUID();
    private static final UUID CAT = UUID.randomUUID();

    private static MentoringRelationship group(UUID... mentees) {
        MentoringRelationship group = new MentoringRelationship(
                UUID.randomUUID(),
                List.of(Participant.joined(JOAO, Optional.of("João"), Side.MENTOR, Optional.empty(), NOW)),
                Optional.of(UUID.randomUUID()),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.ACTIVE,
                NOW,
                Optional.empty(),
                Optional.empty(),
                0);
        for (UUID mentee : mentees) {
            group = group.withMentee(mentee, "mentee", UUID.randomUUID(), NOW);
        }
        return group;
    }

    private static MentoringRelationship peers(UUID... invitees) {
        Map<UUID, Optional<String>> invited = new LinkedHashMap<>();
        for (UUID invitee : invitees) {
            invited.put(invitee, Optional.empty());
        }
        return MentoringRelationship.peerGroup(ANA, Optional.of("Ana"), invited, NOW);
    }

    @Test
    void each_mentee_who_joins_a_group_takes_one_seat_and_has_no_single_mentee_field() {
        MentoringRelationship group = group(ANA, BEA);

        assertThat(group.menteeSeats()).isEqualTo(2);
        assertThat(group.mentorId()).contains(JOAO);
        assertThat(group.menteeId()).isEmpty();
        assertThat(group.othersThan(ANA)).containsExactlyInAnyOrder(JOAO, BEA);
        assertThatThrownBy(() -> group.withMentee(ANA, "Ana", UUID.randomUUID(), NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_running_group_mentors_each_member_mentee_until_they_leave_or_it_ends() {
        MentoringRelationship group = group(ANA, BEA, CAT);

        assertThat(group.mentees()).containsExactly(ANA, BEA, CAT);
        assertThat(group.mentors(JOAO, ANA)).isTrue();
        assertThat(group.mentors(ANA, JOAO)).as("not the other way round").isFalse();
        assertThat(group.mentors(JOAO, UUID.randomUUID())).isFalse();
        MentoringRelationship withoutAna = group.remove(ANA, ANA, NOW);
        assertThat(withoutAna.mentors(JOAO, ANA)).isFalse();
        assertThat(withoutAna
                        .moveTo(RelationshipStatus.PAUSED, Optional.empty(), NOW)
                        .mentors(JOAO, BEA))
                .isTrue();
        assertThat(withoutAna
                        .moveTo(RelationshipStatus.COMPLETED, Optional.empty(), NOW)
                        .mentors(JOAO, BEA))
                .isFalse();
        assertThat(peers(BEA, CAT).mentors(ANA, BEA)).as("peers have no mentor").isFalse();
    }

    @Test
    void a_mentee_leaves_a_group_and_it_continues_for_the_others_until_fewer_than_two_remain() {
        MentoringRelationship left = group(ANA, BEA).remove(ANA, ANA, NOW);

        assertThat(left.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(left.isMember(ANA)).isFalse();
        assertThat(left.involves(ANA)).isFalse();
        assertThat(left.menteeSeats()).isEqualTo(1);

        MentoringRelationship ended = left.remove(JOAO, BEA, NOW);
        assertThat(ended.status()).isEqualTo(RelationshipStatus.ENDED_EARLY);
        assertThat(ended.endReason()).contains(MentoringRelationship.TOO_FEW_LEFT);
    }

    @Test
    void only_the_person_or_the_groups_mentor_removes_someone_and_the_mentor_ends_instead_of_leaving() {
        MentoringRelationship group = group(ANA, BEA);

        assertThat(group.remove(JOAO, ANA, NOW).isMember(ANA)).isFalse();
        assertThatThrownBy(() -> group.remove(BEA, ANA, NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> group.remove(JOAO, JOAO, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void nobody_leaves_a_one_to_one_relationship() {
        MentoringRelationship pair = new MentoringRelationship(
                UUID.randomUUID(),
                List.of(
                        Participant.joined(JOAO, Optional.empty(), Side.MENTOR, Optional.empty(), NOW),
                        Participant.joined(ANA, Optional.empty(), Side.MENTEE, Optional.empty(), NOW)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.ONE_TO_ONE,
                RelationshipStatus.ACTIVE,
                NOW,
                Optional.empty(),
                Optional.empty(),
                0);

        assertThatThrownBy(() -> pair.remove(ANA, ANA, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void invited_peers_see_the_group_but_work_in_it_only_once_they_joined() {
        MentoringRelationship group = peers(BEA, CAT);

        assertThat(group.involves(BEA)).isTrue();
        assertThat(group.isMember(BEA)).isFalse();
        assertThat(group.othersThan(ANA)).isEmpty();

        MentoringRelationship joined = group.join(BEA, NOW);
        assertThat(joined.isMember(BEA)).isTrue();
        assertThat(joined.sideOf(BEA)).contains(Side.PEER);
        assertThatThrownBy(() -> joined.join(BEA, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_peer_group_ends_early_when_the_invitees_decline_and_one_person_is_left() {
        MentoringRelationship group = peers(BEA, CAT).remove(BEA, BEA, NOW);
        assertThat(group.status()).isEqualTo(RelationshipStatus.ACTIVE);

        assertThat(group.remove(CAT, CAT, NOW).status()).isEqualTo(RelationshipStatus.ENDED_EARLY);
    }

    @Test
    void a_peer_group_invites_one_to_nine_others_never_its_creator() {
        assertThatThrownBy(() -> peers()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> peers(ANA)).isInstanceOf(InvalidInputException.class);
        UUID[] ten = new UUID[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = UUID.randomUUID();
        }
        assertThatThrownBy(() -> peers(ten)).isInstanceOf(InvalidInputException.class);
    }
}
