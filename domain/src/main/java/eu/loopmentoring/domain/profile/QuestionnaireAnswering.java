package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.AnswerViolation;
import eu.loopmentoring.domain.questionnaire.CompetencyScoring;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * People answering the profile questionnaire: a draft they continue, then a submission from which
 * their competency profile is computed. Responses are their owner's alone; anyone else finds
 * nothing.
 *
 * <p>Answers are checked against the version answered. Answers on a special-category dimension
 * need the person's consent for it, and items on such a dimension are never required: nobody has
 * to give special-category data to submit.
 */
public class QuestionnaireAnswering {

    private final QuestionnaireCatalog catalog;
    private final QuestionnaireResponses responses;
    private final SpecialCategoryConsent consent;
    private final Clock clock;

    public QuestionnaireAnswering(
            QuestionnaireCatalog catalog,
            QuestionnaireResponses responses,
            SpecialCategoryConsent consent,
            Clock clock) {
        this.catalog = catalog;
        this.responses = responses;
        this.consent = consent;
        this.clock = clock;
    }

    public QuestionnaireResponse start(Subject subject, UUID questionnaireId, List<Answer> answers, boolean submit) {
        UUID person = Access.person(subject).id();
        Questionnaire questionnaire = catalog.published(questionnaireId);
        check(person, questionnaire, answers, submit);
        Instant now = clock.instant();
        QuestionnaireResponse response = build(UUID.randomUUID(), person, questionnaire, answers, submit, now, now, 0);
        if (!responses.add(response, dimensions(questionnaire))) {
            UUID draft =
                    responses.draftOf(person).map(QuestionnaireResponse::id).orElse(null);
            throw new ConflictException("You already have a draft response (" + draft
                    + "): continue it with PUT /api/v1/me/questionnaire-responses/" + draft + ".");
        }
        return response;
    }

    /** The response, if it is the subject's: anyone else finds nothing there. */
    public QuestionnaireResponse response(Subject subject, UUID id) {
        UUID person = Access.person(subject).id();
        return responses
                .find(id)
                .filter(r -> r.personId().equals(person))
                .orElseThrow(() -> new ObjectNotFoundException("questionnaire response", id));
    }

    public QuestionnaireResponse proceed(
            Subject subject, UUID id, ExpectedVersion expected, List<Answer> answers, boolean submit) {
        QuestionnaireResponse draft = draftToContinue(subject, id);
        expected.check(draft.version(), "questionnaire response");
        Questionnaire questionnaire = catalog.published(draft.questionnaireId());
        check(draft.personId(), questionnaire, answers, submit);
        QuestionnaireResponse changed = build(
                draft.id(),
                draft.personId(),
                questionnaire,
                answers,
                submit,
                draft.createdAt(),
                clock.instant(),
                draft.version());
        return responses
                .update(changed, dimensions(questionnaire))
                .orElseThrow(() -> new StaleVersionException("questionnaire response"));
    }

    /** The subject's draft, to continue: a submitted response never changes. */
    public QuestionnaireResponse draftToContinue(Subject subject, UUID id) {
        QuestionnaireResponse response = response(subject, id);
        if (response.isSubmitted()) {
            throw new ConflictException(
                    "This response is submitted and never changes: start a new one to answer again.");
        }
        return response;
    }

    public Page<QuestionnaireResponse> responses(Subject subject, PageRequest page) {
        return responses.list(Access.person(subject).id(), page);
    }

    /** Every response the subject keeps, drafts included, newest first: their export's section. */
    public List<QuestionnaireResponse> allResponses(Subject subject) {
        return responses.all(Access.person(subject).id());
    }

    /** The competency profile from the person's latest submission, if they submitted one. */
    public Optional<CompetencyProfile> competencyProfile(UUID person) {
        return competencyProfile(latestSubmissions(person));
    }

    /** The person's two latest submissions, newest first: all a profile is computed from. */
    public List<QuestionnaireResponse> latestSubmissions(UUID person) {
        return responses.latestSubmitted(person, 2);
    }

    /** The competency profile from the latest submissions, newest first (see {@link #latestSubmissions}). */
    public static Optional<CompetencyProfile> competencyProfile(List<QuestionnaireResponse> latestFirst) {
        if (latestFirst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CompetencyProfile.of(
                latestFirst.get(0), latestFirst.stream().skip(1).findFirst()));
    }

    /** The latest submission, from which the profile takes training topics and cultural background. */
    public Optional<QuestionnaireResponse> latestSubmission(UUID person) {
        return responses.latestSubmitted(person, 1).stream().findFirst();
    }

    /** The response's answers on one dimension, as the answered version places its items. */
    public List<Answer> answersOn(QuestionnaireResponse response, ProfileDimension dimension) {
        Questionnaire questionnaire = catalog.published(response.questionnaireId());
        return response.answers().stream()
                .filter(a -> questionnaire
                        .dimensionOf(a.itemKey())
                        .filter(d -> d == dimension)
                        .isPresent())
                .toList();
    }

    private void check(UUID person, Questionnaire questionnaire, List<Answer> answers, boolean submit) {
        Set<ProfileDimension> refused = new HashSet<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (!consent.given(person, purpose)) {
                refused.add(purpose.dimension());
            }
        }
        Set<String> answered = new HashSet<>();
        answers.forEach(a -> answered.add(a.itemKey()));
        List<FieldError> errors = new ArrayList<>();
        for (AnswerViolation violation : questionnaire.validate(answers, submit)) {
            boolean unansweredSpecial = !answered.contains(violation.itemKey())
                    && questionnaire
                            .dimensionOf(violation.itemKey())
                            .filter(ProfileDimension::isSpecialCategory)
                            .isPresent();
            if (!unansweredSpecial) {
                errors.add(new FieldError(violation.itemKey(), violation.message()));
            }
        }
        for (Answer answer : answers) {
            questionnaire
                    .dimensionOf(answer.itemKey())
                    .filter(refused::contains)
                    .flatMap(ConsentPurpose::covering)
                    .ifPresent(purpose -> errors.add(new FieldError(
                            answer.itemKey(),
                            answer.itemKey() + " is about "
                                    + purpose.dimension().name().toLowerCase().replace('_', ' ')
                                    + ", which is kept only with your consent: give it with PUT"
                                    + " /api/v1/me/consents/" + purpose + ", or leave the item out")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static QuestionnaireResponse build(
            UUID id,
            UUID person,
            Questionnaire questionnaire,
            List<Answer> answers,
            boolean submit,
            Instant createdAt,
            Instant now,
            long version) {
        return new QuestionnaireResponse(
                id,
                person,
                questionnaire.id(),
                submit ? ResponseStatus.SUBMITTED : ResponseStatus.DRAFT,
                answers,
                submit ? CompetencyScoring.score(questionnaire, answers) : List.of(),
                submit ? CompetencyScoring.trainingTopics(questionnaire, answers) : List.of(),
                createdAt,
                now,
                submit ? Optional.of(now) : Optional.empty(),
                version);
    }

    private static QuestionnaireResponses.AnswerDimensions dimensions(Questionnaire questionnaire) {
        return key -> questionnaire.dimensionOf(key).orElseThrow();
    }
}
