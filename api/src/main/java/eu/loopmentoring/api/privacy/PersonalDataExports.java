package eu.loopmentoring.api.privacy;

import eu.loopmentoring.api.coalition.CoalitionDtoMapper;
import eu.loopmentoring.api.identity.AccountExport;
import eu.loopmentoring.api.identity.IdentityDtoMapper;
import eu.loopmentoring.api.learningpath.LearningExports;
import eu.loopmentoring.api.matching.MatchingRunDtoMapper;
import eu.loopmentoring.api.mentoring.MentoringContentDtoMapper;
import eu.loopmentoring.api.mentoring.MentoringDtoMapper;
import eu.loopmentoring.api.organization.OrganizationDtoMapper;
import eu.loopmentoring.api.profile.ProfileDtoMapper;
import eu.loopmentoring.api.resource.ResourceDtoMapper;
import eu.loopmentoring.api.safety.SafetyDtoMapper;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.matchingrun.CoalitionMatchingRuns;
import eu.loopmentoring.domain.mentoring.Inbox;
import eu.loopmentoring.domain.mentoring.MentoringExport;
import eu.loopmentoring.domain.mentoring.Safety;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.privacy.PersonalRecords;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.SpecialCategoryConsent;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceFeedback;
import eu.loopmentoring.domain.resource.ResourceModeration;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.MatchingExportDto;
import eu.loopmentoring.openapi.v1.model.PersonalDataExportDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The document behind {@code GET /api/v1/me/export}: everything the platform holds about the
 * caller, one section per capability, each read through that capability's own service (which
 * checks that the caller is a person) and written with its own DTO mapper. A new capability that
 * stores personal data adds its section to the schema {@code PersonalDataExport} and one line here.
 */
@ApplicationScoped
public class PersonalDataExports implements AccountExport {

    private final Accounts accounts;
    private final IdentityDtoMapper identityMapper;
    private final PersonalRecords records;
    private final ParticipantProfiles profiles;
    private final ProfileDtoMapper profileMapper;
    private final QuestionnaireAnswering answering;
    private final SpecialCategoryConsent consent;
    private final OrganizationDirectory organizations;
    private final OrganizationDtoMapper organizationMapper;
    private final CoalitionCommunity coalitions;
    private final CoalitionDtoMapper coalitionMapper;
    private final MentoringExport mentoring;
    private final Inbox inbox;
    private final MentoringDtoMapper mentoringMapper;
    private final ResourceBank resources;
    private final ResourceFeedback resourceFeedback;
    private final ResourceModeration resourceModeration;
    private final ResourceDtoMapper resourceMapper;
    private final MentoringContentDtoMapper contentMapper;
    private final Safety safety;
    private final SafetyDtoMapper safetyMapper;
    private final CoalitionMatchingRuns runs;
    private final MatchingRunDtoMapper runMapper;
    private final LearningExports learning;
    private final Clock clock;

    PersonalDataExports(
            Accounts accounts,
            IdentityDtoMapper identityMapper,
            PersonalRecords records,
            ParticipantProfiles profiles,
            ProfileDtoMapper profileMapper,
            QuestionnaireAnswering answering,
            SpecialCategoryConsent consent,
            OrganizationDirectory organizations,
            OrganizationDtoMapper organizationMapper,
            CoalitionCommunity coalitions,
            CoalitionDtoMapper coalitionMapper,
            MentoringExport mentoring,
            Inbox inbox,
            MentoringDtoMapper mentoringMapper,
            ResourceBank resources,
            ResourceFeedback resourceFeedback,
            ResourceModeration resourceModeration,
            ResourceDtoMapper resourceMapper,
            MentoringContentDtoMapper contentMapper,
            Safety safety,
            SafetyDtoMapper safetyMapper,
            CoalitionMatchingRuns runs,
            MatchingRunDtoMapper runMapper,
            LearningExports learning,
            Clock clock) {
        this.accounts = accounts;
        this.identityMapper = identityMapper;
        this.records = records;
        this.profiles = profiles;
        this.profileMapper = profileMapper;
        this.answering = answering;
        this.consent = consent;
        this.organizations = organizations;
        this.organizationMapper = organizationMapper;
        this.coalitions = coalitions;
        this.coalitionMapper = coalitionMapper;
        this.mentoring = mentoring;
        this.inbox = inbox;
        this.mentoringMapper = mentoringMapper;
        this.resources = resources;
        this.resourceFeedback = resourceFeedback;
        this.resourceModeration = resourceModeration;
        this.resourceMapper = resourceMapper;
        this.contentMapper = contentMapper;
        this.safety = safety;
        this.safetyMapper = safetyMapper;
        this.runs = runs;
        this.runMapper = runMapper;
        this.learning = learning;
        this.clock = clock;
    }

    /** The caller's export; {@code Accounts.me} refuses API clients before anything is read. */
    @Override
    public PersonalDataExportDto of(Subject subject) {
        Person person = accounts.me(subject);
        return new PersonalDataExportDto()
                .exportedAt(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .account(identityMapper.toExportedAccount(person))
                .profile(profileMapper.toOwnDto(profiles.mine(subject)))
                .questionnaireResponses(answering.allResponses(subject).stream()
                        .map(profileMapper::toDto)
                        .toList())
                .consents(profileMapper.toDto(consent.states(subject), consent.history(subject)))
                .organizations(organizations.mine(subject).stream()
                        .map(organizationMapper::toDto)
                        .toList())
                .coalitions(coalitions.mine(subject).stream()
                        .map(coalitionMapper::toDto)
                        .toList())
                .securityEvents(records.securityEvents(subject).stream()
                        .map(identityMapper::toDto)
                        .toList())
                .externalIdentities(records.externalIdentities(subject).stream()
                        .map(identityMapper::toDto)
                        .toList())
                .mentoring(contentMapper.fill(
                        mentoringMapper.toDto(mentoring.records(subject)), mentoring.relationshipRecords(subject)))
                .notifications(
                        inbox.all(subject).stream().map(mentoringMapper::toDto).toList())
                .resources(resources.allMine(subject).stream()
                        .map(resourceMapper::toDto)
                        .toList())
                .resourceReviews(resourceFeedback.myReviews(subject).stream()
                        .map(resourceMapper::toDto)
                        .toList())
                .resourceReports(resourceModeration.myReports(subject).stream()
                        .map(resourceMapper::toDto)
                        .toList())
                .resourceUses(resourceFeedback.myUses(subject).stream()
                        .map(resourceMapper::toDto)
                        .toList())
                .safety(safetyMapper.toDto(safety.mine(subject)))
                .matching(matching(subject))
                .learning(learning.of(subject));
    }

    private MatchingExportDto matching(Subject subject) {
        CoalitionMatchingRuns.PersonalMatches mine = runs.mine(subject);
        return new MatchingExportDto()
                .pairs(mine.pairs().stream().map(runMapper::toDto).toList())
                .unmatchedRequests(
                        mine.unmatched().stream().map(runMapper::toDto).toList());
    }
}
