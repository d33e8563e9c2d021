package eu.loopmentoring.api.profile;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.questionnaire.QuestionnaireDtoMapper;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.ConsentState;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.MentoringPreference;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileChanges;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.QuestionnaireResponse;
import eu.loopmentoring.domain.profile.ViewerRelation;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.openapi.v1.model.AnswerDto;
import eu.loopmentoring.openapi.v1.model.AvailabilityDto;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.CompetencyProfileDto;
import eu.loopmentoring.openapi.v1.model.CompetencyScoreDto;
import eu.loopmentoring.openapi.v1.model.ConsentPurposeDto;
import eu.loopmentoring.openapi.v1.model.ConsentRecordDto;
import eu.loopmentoring.openapi.v1.model.ConsentStateDto;
import eu.loopmentoring.openapi.v1.model.ConsentTextDto;
import eu.loopmentoring.openapi.v1.model.ConsentsDto;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.LanguageSkillDto;
import eu.loopmentoring.openapi.v1.model.MentoringPreferenceDto;
import eu.loopmentoring.openapi.v1.model.OwnProfileDto;
import eu.loopmentoring.openapi.v1.model.PersonProfileDto;
import eu.loopmentoring.openapi.v1.model.ProfessionalBackgroundChangesDto;
import eu.loopmentoring.openapi.v1.model.ProfessionalBackgroundDto;
import eu.loopmentoring.openapi.v1.model.ProfileChangesDto;
import eu.loopmentoring.openapi.v1.model.ProfileFieldGroupDto;
import eu.loopmentoring.openapi.v1.model.ProfileVisibilityChangesDto;
import eu.loopmentoring.openapi.v1.model.ProfileVisibilityDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireResponseDto;
import eu.loopmentoring.openapi.v1.model.SpecialCategoryVisibilityDto;
import eu.loopmentoring.openapi.v1.model.TrainingNeedsDto;
import eu.loopmentoring.openapi.v1.model.ViewerRelationDto;
import eu.loopmentoring.openapi.v1.model.VisibilityDto;
import eu.loopmentoring.openapi.v1.model.WeeklySlotDto;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

/**
 * Profiles on the wire. A viewer's profile carries only the groups the view shows; the owner's
 * carries all of them with their visibility.
 */
@Mapper(uses = {DtoConversions.class, QuestionnaireDtoMapper.class})
public interface ProfileDtoMapper {

    default OwnProfileDto toOwnDto(ProfileView view) {
        Profile profile = view.profile();
        return new OwnProfileDto()
                .personId(view.personId())
                .displayName(view.displayName())
                .professionalBackground(toDto(profile.background()))
                .languages(toLanguageDtos(profile.languages()))
                .interests(new ArrayList<>(profile.interests()))
                .trainingNeeds(trainingNeeds(view))
                .availability(profile.availability().map(this::toDto).orElse(null))
                .bio(profile.bio().orElse(null))
                .mentoringPreferences(toPreferenceDtos(profile.mentoringPreferences()))
                .competencyProfile(view.competencies().map(this::toDto).orElse(null))
                .culturalBackground(toAnswerDtos(view.culturalBackground()))
                .visibility(toDto(profile.visibility()))
                .version(profile.version())
                .updatedAt(profile.updatedAt()
                        .map(i -> i.atOffset(java.time.ZoneOffset.UTC))
                        .orElse(null));
    }

    default PersonProfileDto toDto(ProfileView view) {
        Profile profile = view.profile();
        PersonProfileDto dto = new PersonProfileDto()
                .personId(view.personId())
                .displayName(view.displayName())
                .relation(toDto(view.relation()))
                .visibleGroups(toGroupDtos(view.visible()));
        if (view.shows(ProfileFieldGroup.PROFESSIONAL_BACKGROUND)) {
            dto.professionalBackground(toDto(profile.background()));
        }
        if (view.shows(ProfileFieldGroup.LANGUAGES)) {
            dto.languages(toLanguageDtos(profile.languages()));
        }
        if (view.shows(ProfileFieldGroup.INTERESTS)) {
            dto.interests(new ArrayList<>(profile.interests()));
        }
        if (view.shows(ProfileFieldGroup.TRAINING_NEEDS)) {
            dto.trainingNeeds(trainingNeeds(view));
        }
        if (view.shows(ProfileFieldGroup.AVAILABILITY)) {
            dto.availability(profile.availability().map(this::toDto).orElse(null));
        }
        if (view.shows(ProfileFieldGroup.BIO)) {
            dto.bio(profile.bio().orElse(null));
        }
        if (view.shows(ProfileFieldGroup.MENTORING_PREFERENCES)) {
            dto.mentoringPreferences(toPreferenceDtos(profile.mentoringPreferences()));
        }
        dto.competencyProfile(view.visibleCompetencies().map(this::toDto).orElse(null));
        if (view.shows(ProfileFieldGroup.CULTURAL_BACKGROUND)) {
            dto.culturalBackground(toAnswerDtos(view.culturalBackground()));
        }
        return dto;
    }

    default TrainingNeedsDto trainingNeeds(ProfileView view) {
        return new TrainingNeedsDto()
                .fromQuestionnaire(new ArrayList<>(view.questionnaireTrainingNeeds()))
                .ownChoices(new ArrayList<>(view.profile().ownTrainingNeeds()));
    }

    default CompetencyProfileDto toDto(CompetencyProfile profile) {
        return new CompetencyProfileDto()
                .responseId(profile.responseId())
                .questionnaireId(profile.questionnaireId())
                .submittedAt(profile.submittedAt().atOffset(ZoneOffset.UTC))
                .previousSubmittedAt(profile.previousSubmittedAt()
                        .map(i -> i.atOffset(ZoneOffset.UTC))
                        .orElse(null))
                .scores(profile.scores().stream().map(this::toDto).toList());
    }

    @Mapping(target = "change", expression = "java(score.change().orElse(null))")
    CompetencyScoreDto toDto(CompetencyProfile.Score score);

    List<AnswerDto> toAnswerDtos(List<Answer> answers);

    default AnswerDto toDto(Answer answer) {
        AnswerDto dto = new AnswerDto().itemKey(answer.itemKey());
        return switch (answer) {
            case Answer.Likert likert -> dto.likert(likert.value());
            case Answer.Choice choice -> dto.choice(choice.value());
            case Answer.Choices choices -> dto.choices(new ArrayList<>(choices.values()));
            case Answer.Text text -> dto.text(text.value());
        };
    }

    /** Drafts have no scores or topics yet: those properties are left out, not empty. */
    default QuestionnaireResponseDto toDto(QuestionnaireResponse response) {
        QuestionnaireResponseDto dto = responseFields(response);
        if (!response.isSubmitted()) {
            dto.scores(null).trainingTopics(null);
        }
        return dto;
    }

    QuestionnaireResponseDto responseFields(QuestionnaireResponse response);

    /** The person's consents now, and every consent they gave. */
    default ConsentsDto toDto(List<ConsentState> states, List<Consent> history) {
        return new ConsentsDto()
                .purposes(states.stream().map(this::toDto).toList())
                .history(history.stream().map(this::toDto).toList());
    }

    default ConsentStateDto toDto(ConsentState state) {
        return new ConsentStateDto()
                .purpose(toDto(state.purpose()))
                .given(state.given().isPresent())
                .givenAt(state.given()
                        .map(c -> c.givenAt().atOffset(ZoneOffset.UTC))
                        .orElse(null))
                .givenToTextVersion(state.given().map(Consent::textVersion).orElse(null))
                .currentText(new ConsentTextDto()
                        .version(state.currentText().version())
                        .text(state.currentText().text()));
    }

    ConsentRecordDto toDto(Consent consent);

    ConsentPurpose toDomain(ConsentPurposeDto purpose);

    ProfessionalBackgroundDto toDto(ProfessionalBackground background);

    List<LanguageSkillDto> toLanguageDtos(List<LanguageSkill> skills);

    LanguageSkillDto toDto(LanguageSkill skill);

    LanguageSkill toDomain(LanguageSkillDto skill);

    Set<MentoringPreferenceDto> toPreferenceDtos(Set<MentoringPreference> preferences);

    Set<ProfileFieldGroupDto> toGroupDtos(Set<ProfileFieldGroup> groups);

    @Mapping(target = "timeZone", expression = "java(availability.timeZone().getId())")
    AvailabilityDto toDto(Availability availability);

    default WeeklySlotDto toDto(WeeklySlot slot) {
        return new WeeklySlotDto()
                .day(toDto(slot.day()))
                .from(slot.from().toString())
                .to(slot.to().toString());
    }

    default ProfileVisibilityDto toDto(ProfileVisibility visibility) {
        return new ProfileVisibilityDto()
                .professionalBackground(level(visibility, ProfileFieldGroup.PROFESSIONAL_BACKGROUND))
                .languages(level(visibility, ProfileFieldGroup.LANGUAGES))
                .interests(level(visibility, ProfileFieldGroup.INTERESTS))
                .trainingNeeds(level(visibility, ProfileFieldGroup.TRAINING_NEEDS))
                .availability(level(visibility, ProfileFieldGroup.AVAILABILITY))
                .bio(level(visibility, ProfileFieldGroup.BIO))
                .mentoringPreferences(level(visibility, ProfileFieldGroup.MENTORING_PREFERENCES))
                .competencies(level(visibility, ProfileFieldGroup.COMPETENCIES))
                .culturalBackground(special(visibility, ProfileFieldGroup.CULTURAL_BACKGROUND))
                .motivation(special(visibility, ProfileFieldGroup.MOTIVATION))
                .learningProgress(level(visibility, ProfileFieldGroup.LEARNING_PROGRESS));
    }

    private SpecialCategoryVisibilityDto special(ProfileVisibility visibility, ProfileFieldGroup group) {
        return toSpecialDto(visibility.of(group));
    }

    private VisibilityDto level(ProfileVisibility visibility, ProfileFieldGroup group) {
        return toDto(visibility.of(group));
    }

    VisibilityDto toDto(Visibility visibility);

    /** Special categories are never shown beyond mentoring partners; a wider level is a bug. */
    @ValueMapping(source = MappingConstants.ANY_REMAINING, target = MappingConstants.THROW_EXCEPTION)
    SpecialCategoryVisibilityDto toSpecialDto(Visibility visibility);

    Visibility toDomain(VisibilityDto visibility);

    Visibility toDomain(SpecialCategoryVisibilityDto visibility);

    ViewerRelationDto toDto(ViewerRelation relation);

    ConsentPurposeDto toDto(ConsentPurpose purpose);

    WeeklySlotDto.DayEnum toDto(DayOfWeek day);

    DayOfWeek toDomain(WeeklySlotDto.DayEnum day);

    default ProfileChanges toDomain(ProfileChangesDto dto) {
        Optional<ProfessionalBackgroundChangesDto> background = Optional.ofNullable(dto.getProfessionalBackground());
        return new ProfileChanges(
                background.map(ProfessionalBackgroundChangesDto::getCareerStage).map(this::toDomain),
                background.map(ProfessionalBackgroundChangesDto::getYearsOfExperience),
                background.map(ProfessionalBackgroundChangesDto::getSubjects).map(List::copyOf),
                background
                        .map(ProfessionalBackgroundChangesDto::getSchoolLevels)
                        .map(this::toLevels),
                background.map(ProfessionalBackgroundChangesDto::getCountry),
                Optional.ofNullable(dto.getLanguages())
                        .map(l -> l.stream().map(this::toDomain).toList()),
                Optional.ofNullable(dto.getInterests()).map(List::copyOf),
                Optional.ofNullable(dto.getOwnTrainingNeeds()).map(List::copyOf),
                Optional.ofNullable(dto.getAvailability()).map(this::toDomain),
                Optional.ofNullable(dto.getBio()),
                Optional.ofNullable(dto.getMentoringPreferences()).map(this::toPreferences),
                visibility(dto.getVisibility()));
    }

    default Availability toDomain(AvailabilityDto dto) {
        if (dto == null) {
            return null;
        }
        List<WeeklySlot> slots = dto.getWeeklySlots().stream()
                .map(s ->
                        new WeeklySlot(toDomain(s.getDay()), LocalTime.parse(s.getFrom()), LocalTime.parse(s.getTo())))
                .toList();
        return Availability.of(dto.getHoursPerMonth(), dto.getTimeZone(), slots, "availability");
    }

    default Map<ProfileFieldGroup, Visibility> visibility(ProfileVisibilityChangesDto dto) {
        Map<ProfileFieldGroup, Visibility> levels = new EnumMap<>(ProfileFieldGroup.class);
        if (dto != null) {
            put(levels, ProfileFieldGroup.PROFESSIONAL_BACKGROUND, dto.getProfessionalBackground());
            put(levels, ProfileFieldGroup.LANGUAGES, dto.getLanguages());
            put(levels, ProfileFieldGroup.INTERESTS, dto.getInterests());
            put(levels, ProfileFieldGroup.TRAINING_NEEDS, dto.getTrainingNeeds());
            put(levels, ProfileFieldGroup.AVAILABILITY, dto.getAvailability());
            put(levels, ProfileFieldGroup.BIO, dto.getBio());
            put(levels, ProfileFieldGroup.MENTORING_PREFERENCES, dto.getMentoringPreferences());
            put(levels, ProfileFieldGroup.COMPETENCIES, dto.getCompetencies());
            put(levels, ProfileFieldGroup.LEARNING_PROGRESS, dto.getLearningProgress());
            if (dto.getCulturalBackground() != null) {
                levels.put(ProfileFieldGroup.CULTURAL_BACKGROUND, toDomain(dto.getCulturalBackground()));
            }
            if (dto.getMotivation() != null) {
                levels.put(ProfileFieldGroup.MOTIVATION, toDomain(dto.getMotivation()));
            }
        }
        return levels;
    }

    private void put(Map<ProfileFieldGroup, Visibility> levels, ProfileFieldGroup group, VisibilityDto level) {
        if (level != null) {
            levels.put(group, toDomain(level));
        }
    }

    CareerStage toDomain(CareerStageDto stage);

    CareerStageDto toDto(CareerStage stage);

    default CareerStageDto careerStage(Optional<CareerStage> stage) {
        return stage.map(this::toDto).orElse(null);
    }

    Set<IscedLevel> toLevels(Set<IscedLevelDto> levels);

    Set<MentoringPreference> toPreferences(Set<MentoringPreferenceDto> preferences);
}
