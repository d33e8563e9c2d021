package eu.loopmentoring.api.profile;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.MentoringPreference;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileChanges;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.openapi.v1.model.AvailabilityDto;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
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
import eu.loopmentoring.openapi.v1.model.TrainingNeedsDto;
import eu.loopmentoring.openapi.v1.model.ViewerRelationDto;
import eu.loopmentoring.openapi.v1.model.VisibilityDto;
import eu.loopmentoring.openapi.v1.model.WeeklySlotDto;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Profiles on the wire. A viewer's profile carries only the groups the view shows; the owner's
 * carries all of them with their visibility.
 */
@Mapper(uses = DtoConversions.class)
public interface ProfileDtoMapper {

    default OwnProfileDto toOwnDto(ProfileView view) {
        Profile profile = view.profile();
        return new OwnProfileDto()
                .personId(view.personId())
                .displayName(view.displayName())
                .professionalBackground(toDto(profile.background()))
                .languages(toLanguageDtos(profile.languages()))
                .interests(new ArrayList<>(profile.interests()))
                .trainingNeeds(trainingNeeds(profile))
                .availability(profile.availability().map(this::toDto).orElse(null))
                .bio(profile.bio().orElse(null))
                .mentoringPreferences(toPreferenceDtos(profile.mentoringPreferences()))
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
                .relation(ViewerRelationDto.valueOf(view.relation().name()))
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
            dto.trainingNeeds(trainingNeeds(profile));
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
        return dto;
    }

    default TrainingNeedsDto trainingNeeds(Profile profile) {
        return new TrainingNeedsDto()
                .fromQuestionnaire(new ArrayList<>())
                .ownChoices(new ArrayList<>(profile.ownTrainingNeeds()));
    }

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
                .day(WeeklySlotDto.DayEnum.valueOf(slot.day().name()))
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
                .mentoringPreferences(level(visibility, ProfileFieldGroup.MENTORING_PREFERENCES));
    }

    private static VisibilityDto level(ProfileVisibility visibility, ProfileFieldGroup group) {
        return VisibilityDto.valueOf(visibility.of(group).name());
    }

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
        List<WeeklySlot> slots = dto.getWeeklySlots().stream()
                .map(s -> new WeeklySlot(
                        DayOfWeek.valueOf(s.getDay().name()), LocalTime.parse(s.getFrom()), LocalTime.parse(s.getTo())))
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
        }
        return levels;
    }

    private static void put(Map<ProfileFieldGroup, Visibility> levels, ProfileFieldGroup group, VisibilityDto level) {
        if (level != null) {
            levels.put(group, Visibility.valueOf(level.name()));
        }
    }

    CareerStage toDomain(CareerStageDto stage);

    CareerStageDto toDto(CareerStage stage);

    default CareerStageDto careerStage(Optional<CareerStage> stage) {
        return stage.map(this::toDto).orElse(null);
    }

    default Integer integer(Optional<Integer> value) {
        return value.orElse(null);
    }

    Set<IscedLevel> toLevels(Set<IscedLevelDto> levels);

    Set<MentoringPreference> toPreferences(Set<MentoringPreferenceDto> preferences);
}
