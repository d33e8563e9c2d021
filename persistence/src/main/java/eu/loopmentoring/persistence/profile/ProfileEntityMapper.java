package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.MentoringPreference;
import eu.loopmentoring.domain.profile.ProfessionalBackground;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.persistence.profile.ProfileEntity.AvailabilityDocument;
import eu.loopmentoring.persistence.profile.ProfileEntity.LanguageDocument;
import eu.loopmentoring.persistence.profile.ProfileEntity.SlotDocument;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Profiles: a record with a nested background and documents on one side, flat columns on the other. */
@Mapper
public interface ProfileEntityMapper {

    @Mapping(target = "background", source = ".")
    Profile toDomain(ProfileEntity entity);

    ProfessionalBackground background(ProfileEntity entity);

    /** Everything but the key and the version, which the repository keeps. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "careerStage", source = "background.careerStage")
    @Mapping(target = "yearsOfExperience", source = "background.yearsOfExperience")
    @Mapping(target = "subjects", source = "background.subjects")
    @Mapping(target = "schoolLevels", source = "background.schoolLevels")
    @Mapping(target = "country", source = "background.country")
    @Mapping(target = "languages")
    @Mapping(target = "interests")
    @Mapping(target = "ownTrainingNeeds")
    @Mapping(target = "availability")
    @Mapping(target = "bio")
    @Mapping(target = "mentoringPreferences")
    @Mapping(target = "visibility")
    @Mapping(target = "updatedAt")
    void copy(Profile profile, @MappingTarget ProfileEntity entity);

    LanguageDocument toDocument(LanguageSkill skill);

    LanguageSkill toDomain(LanguageDocument document);

    default AvailabilityDocument toDocument(Optional<Availability> availability) {
        return availability
                .map(a -> new AvailabilityDocument(
                        a.hoursPerMonth(),
                        a.timeZone().getId(),
                        a.weeklySlots().stream()
                                .map(s -> new SlotDocument(
                                        s.day().name(), s.from().toString(), s.to().toString()))
                                .toList()))
                .orElse(null);
    }

    default Optional<Availability> toDomain(AvailabilityDocument document) {
        return Optional.ofNullable(document)
                .map(d -> new Availability(
                        d.hoursPerMonth(),
                        ZoneId.of(d.timeZone()),
                        d.weeklySlots().stream()
                                .map(s -> new WeeklySlot(
                                        DayOfWeek.valueOf(s.day()), LocalTime.parse(s.from()), LocalTime.parse(s.to())))
                                .toList()));
    }

    default Map<String, String> toDocument(ProfileVisibility visibility) {
        Map<String, String> levels = new LinkedHashMap<>();
        visibility.levels().forEach((group, level) -> levels.put(group.name(), level.name()));
        return levels;
    }

    default ProfileVisibility toVisibility(Map<String, String> document) {
        Map<ProfileFieldGroup, Visibility> levels = new EnumMap<>(ProfileFieldGroup.class);
        document.forEach((group, level) -> levels.put(ProfileFieldGroup.valueOf(group), Visibility.valueOf(level)));
        // Groups added after the profile was saved start with the default visibility.
        return ProfileVisibility.DEFAULT.with(levels);
    }

    default String[] strings(List<String> values) {
        return values.toArray(String[]::new);
    }

    default List<String> strings(String[] values) {
        return List.of(values);
    }

    default String[] levels(Set<IscedLevel> levels) {
        return levels.stream().map(Enum::name).toArray(String[]::new);
    }

    default Set<IscedLevel> levels(String[] levels) {
        return Arrays.stream(levels).map(IscedLevel::valueOf).collect(Collectors.toSet());
    }

    default String[] preferences(Set<MentoringPreference> preferences) {
        return preferences.stream().map(Enum::name).toArray(String[]::new);
    }

    default Set<MentoringPreference> preferences(String[] preferences) {
        return Arrays.stream(preferences).map(MentoringPreference::valueOf).collect(Collectors.toSet());
    }

    default Optional<CareerStage> careerStage(String stage) {
        return Optional.ofNullable(stage).map(CareerStage::valueOf);
    }

    default String careerStage(Optional<CareerStage> stage) {
        return stage.map(Enum::name).orElse(null);
    }

    default Optional<Integer> integer(Integer value) {
        return Optional.ofNullable(value);
    }

    default Integer integer(Optional<Integer> value) {
        return value.orElse(null);
    }

    default Optional<String> text(String value) {
        return Optional.ofNullable(value);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }
}
