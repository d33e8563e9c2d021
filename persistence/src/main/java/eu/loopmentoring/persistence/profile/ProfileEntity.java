package eu.loopmentoring.persistence.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "profile")
public class ProfileEntity {

    /** The languages a person speaks, as stored in the {@code languages} document. */
    public record LanguageDocument(String language, String level, boolean motherTongue) {}

    public record SlotDocument(String day, String from, String to) {}

    public record AvailabilityDocument(int hoursPerMonth, String timeZone, List<SlotDocument> weeklySlots) {}

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "career_stage")
    private String careerStage;

    @Column(name = "years_of_experience")
    private Integer yearsOfExperience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] subjects;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", columnDefinition = "text[]")
    private String[] schoolLevels;

    private String country;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<LanguageDocument> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] interests;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "own_training_needs", columnDefinition = "text[]")
    private String[] ownTrainingNeeds;

    @JdbcTypeCode(SqlTypes.JSON)
    private AvailabilityDocument availability;

    private String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentoring_preferences", columnDefinition = "text[]")
    private String[] mentoringPreferences;

    /** Field group name to visibility level name. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> visibility;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Compared by the repository against the version the change was made from. */
    private long version;

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getCareerStage() {
        return careerStage;
    }

    public void setCareerStage(String careerStage) {
        this.careerStage = careerStage;
    }

    public Integer getYearsOfExperience() {
        return yearsOfExperience;
    }

    public void setYearsOfExperience(Integer yearsOfExperience) {
        this.yearsOfExperience = yearsOfExperience;
    }

    public String[] getSubjects() {
        return subjects;
    }

    public void setSubjects(String[] subjects) {
        this.subjects = subjects;
    }

    public String[] getSchoolLevels() {
        return schoolLevels;
    }

    public void setSchoolLevels(String[] schoolLevels) {
        this.schoolLevels = schoolLevels;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<LanguageDocument> getLanguages() {
        return languages;
    }

    public void setLanguages(List<LanguageDocument> languages) {
        this.languages = languages;
    }

    public String[] getInterests() {
        return interests;
    }

    public void setInterests(String[] interests) {
        this.interests = interests;
    }

    public String[] getOwnTrainingNeeds() {
        return ownTrainingNeeds;
    }

    public void setOwnTrainingNeeds(String[] ownTrainingNeeds) {
        this.ownTrainingNeeds = ownTrainingNeeds;
    }

    public AvailabilityDocument getAvailability() {
        return availability;
    }

    public void setAvailability(AvailabilityDocument availability) {
        this.availability = availability;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String[] getMentoringPreferences() {
        return mentoringPreferences;
    }

    public void setMentoringPreferences(String[] mentoringPreferences) {
        this.mentoringPreferences = mentoringPreferences;
    }

    public Map<String, String> getVisibility() {
        return visibility;
    }

    public void setVisibility(Map<String, String> visibility) {
        this.visibility = visibility;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
