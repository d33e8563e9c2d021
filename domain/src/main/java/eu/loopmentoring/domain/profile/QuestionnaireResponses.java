package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People's questionnaire responses, with each answer's dimension so that consent can erase by dimension. */
public interface QuestionnaireResponses {

    Optional<QuestionnaireResponse> find(UUID id);

    /** The person's draft, if any: there is at most one. */
    Optional<QuestionnaireResponse> draftOf(UUID personId);

    /** The person's latest submitted responses, newest first, at most {@code count}. */
    List<QuestionnaireResponse> latestSubmitted(UUID personId, int count);

    /** {@link #latestSubmitted(UUID, int)} for each of {@code personIds} who submitted any (stores read them in bulk). */
    default java.util.Map<UUID, List<QuestionnaireResponse>> latestSubmitted(
            java.util.Collection<UUID> personIds, int count) {
        java.util.Map<UUID, List<QuestionnaireResponse>> found = new java.util.HashMap<>();
        for (UUID id : personIds) {
            List<QuestionnaireResponse> latest = latestSubmitted(id, count);
            if (!latest.isEmpty()) {
                found.put(id, latest);
            }
        }
        return found;
    }

    /** Newest first. */
    Page<QuestionnaireResponse> list(UUID personId, PageRequest page);

    /** Every response of the person, drafts included, newest first. */
    List<QuestionnaireResponse> all(UUID personId);

    /**
     * Stores a new response; {@code dimensions} gives each answer's dimension. False when the
     * response is a draft and the person already has one (atomic).
     */
    boolean add(QuestionnaireResponse response, AnswerDimensions dimensions);

    /** Stores a changed response if still at {@code response.version()}; returns it with its new version. */
    Optional<QuestionnaireResponse> update(QuestionnaireResponse response, AnswerDimensions dimensions);

    /** Deletes, in all the person's responses, the answers and scores on {@code dimension}. */
    void erase(UUID personId, ProfileDimension dimension);

    /** The dimension of each answered item, as the answered questionnaire version defines it. */
    interface AnswerDimensions {
        ProfileDimension of(String itemKey);
    }
}
