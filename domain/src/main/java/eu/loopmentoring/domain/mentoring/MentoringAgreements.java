package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every relationship's agreement (at most one each). */
public interface MentoringAgreements {

    Optional<MentoringAgreement> find(UUID relationshipId);

    MentoringAgreement add(MentoringAgreement agreement);

    /** Stores the agreement with the next version. */
    MentoringAgreement update(MentoringAgreement agreement);

    List<MentoringAgreement> ofRelationships(List<UUID> relationshipIds);
}
