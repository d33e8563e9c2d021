package eu.loopmentoring.api.platform.demo;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.ConsentText;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.MentoringPreference;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileChanges;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.SpecialCategoryConsent;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.profile.WeeklySlot;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.Item;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireCatalog;
import eu.loopmentoring.domain.questionnaire.Section;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo profiles and submitted questionnaires, so that recommendations, learning paths and matching
 * have people to work on. Each demo person answers the current version in character: a level from
 * 1 to 5 for how they see themselves, varied per item, reversed where the item is.
 */
@ApplicationScoped
class DemoProfiles {

    private final ParticipantProfiles profiles;
    private final QuestionnaireAnswering answering;
    private final SpecialCategoryConsent consent;
    private final QuestionnaireCatalog catalog;

    DemoProfiles(
            ParticipantProfiles profiles,
            QuestionnaireAnswering answering,
            SpecialCategoryConsent consent,
            QuestionnaireCatalog catalog) {
        this.profiles = profiles;
        this.answering = answering;
        this.consent = consent;
        this.catalog = catalog;
    }

    /** A teacher in her induction year who seeks a mentor, and answered twice, growing in between. */
    void inductionTeacher(Person ana) {
        profile(
                ana,
                CareerStage.INDUCTION,
                1,
                List.of("mathematics", "science"),
                Set.of(IscedLevel.ISCED_2),
                List.of(skill("pt", CefrLevel.C2, true), skill("en", CefrLevel.B2, false)),
                List.of("digital-pedagogy", "assessment-for-learning"),
                List.of("classroom-management"),
                "Mathematics and science teacher in my first year, in Almada. Looking for a mentor who has"
                        + " been through the same.",
                Set.of(MentoringPreference.SEEKS_MENTOR, MentoringPreference.PEER_LEARNING),
                "Europe/Lisbon");
        submit(ana, 2, List.of("classroom-management", "communication-with-parents"), false);
        submit(ana, 3, List.of("classroom-management", "assessment-for-learning"), false);
    }

    /** An experienced teacher who mentors, and shares his motivation with consent. */
    void experiencedMentor(Person joao) {
        profile(
                joao,
                CareerStage.EXPERIENCED,
                17,
                List.of("mathematics", "physics"),
                Set.of(IscedLevel.ISCED_2, IscedLevel.ISCED_3),
                List.of(
                        skill("pt", CefrLevel.C2, true),
                        skill("en", CefrLevel.C1, false),
                        skill("es", CefrLevel.B1, false)),
                List.of("mentoring-skills", "collaboration-and-peer-learning"),
                List.of("digital-pedagogy"),
                "Mathematics teacher for seventeen years and mentor of newly qualified teachers in our cluster.",
                Set.of(MentoringPreference.OFFERS_MENTORING),
                "Europe/Lisbon");
        consent.give(
                joao.asSubject(),
                ConsentPurpose.MOTIVATION,
                ConsentText.current(ConsentPurpose.MOTIVATION).version());
        submit(joao, 4, List.of("digital-pedagogy"), true);
    }

    void schoolLeader(Person maria) {
        profile(
                maria,
                CareerStage.SENIOR,
                26,
                List.of("finnish", "history"),
                Set.of(IscedLevel.ISCED_1, IscedLevel.ISCED_2),
                List.of(
                        skill("fi", CefrLevel.C2, true),
                        skill("sv", CefrLevel.B2, false),
                        skill("en", CefrLevel.C1, false)),
                List.of("school-development", "digital-pedagogy"),
                List.of("research-informed-teaching"),
                "Principal of a comprehensive school in Espoo leading our whole-school digital innovation work.",
                Set.of(MentoringPreference.OFFERS_MENTORING, MentoringPreference.PEER_LEARNING),
                "Europe/Helsinki");
        submit(maria, 4, List.of("research-informed-teaching"), false);
    }

    void studentTeacher(Person sofia) {
        profile(
                sofia,
                CareerStage.STUDENT_TEACHER,
                0,
                List.of("english", "music"),
                Set.of(IscedLevel.ISCED_1),
                List.of(
                        skill("es", CefrLevel.C2, true),
                        skill("en", CefrLevel.C1, false),
                        skill("pt", CefrLevel.A2, false)),
                List.of("inclusion-and-diversity", "wellbeing-and-resilience"),
                List.of("classroom-management", "inclusion-and-diversity"),
                "Student teacher from Salamanca doing my teaching practice in Almada this spring.",
                Set.of(MentoringPreference.SEEKS_MENTOR),
                "Europe/Madrid");
        submit(sofia, 2, List.of("classroom-management", "inclusion-and-diversity"), false);
    }

    private void profile(
            Person person,
            CareerStage stage,
            int years,
            List<String> subjects,
            Set<IscedLevel> levels,
            List<LanguageSkill> languages,
            List<String> interests,
            List<String> needs,
            String bio,
            Set<MentoringPreference> preferences,
            String timeZone) {
        Subject subject = person.asSubject();
        ProfileChanges changes = new ProfileChanges(
                Optional.of(stage),
                Optional.of(years),
                Optional.of(subjects),
                Optional.of(levels),
                Optional.of(person.country()),
                Optional.of(languages),
                Optional.of(interests),
                Optional.of(needs),
                Optional.of(Availability.of(
                        6,
                        timeZone,
                        List.of(
                                new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)),
                                new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(17, 0), LocalTime.of(18, 30))),
                        "availability")),
                Optional.of(bio),
                Optional.of(preferences),
                Map.of(
                        ProfileFieldGroup.INTERESTS, Visibility.ALL_MEMBERS,
                        ProfileFieldGroup.MENTORING_PREFERENCES, Visibility.ALL_MEMBERS,
                        ProfileFieldGroup.PROFESSIONAL_BACKGROUND, Visibility.COALITION_MEMBERS));
        profiles.change(
                subject, ExpectedVersion.of(profiles.mine(subject).profile().version()), changes);
    }

    /** Answers every item of the current version in character, and submits. */
    private void submit(Person person, int level, List<String> developmentAreas, boolean motivation) {
        Questionnaire questionnaire = catalog.current();
        List<Answer> answers = new ArrayList<>();
        int n = 0;
        for (Section section : questionnaire.sections()) {
            if (section.dimension() == ProfileDimension.CULTURAL_BACKGROUND
                    || (section.dimension() == ProfileDimension.MOTIVATION && !motivation)) {
                continue;
            }
            for (Item item : section.items()) {
                n++;
                int felt = Math.max(1, Math.min(5, level + (n % 3) - 1));
                switch (item.kind()) {
                    case LIKERT -> answers.add(new Answer.Likert(item.key(), item.reverseScored() ? 6 - felt : felt));
                    case SINGLE_CHOICE ->
                        answers.add(new Answer.Choice(
                                item.key(),
                                item.options()
                                        .get(Math.min(
                                                item.options().size() - 1,
                                                (level - 1) * item.options().size() / 5))
                                        .value()));
                    case MULTIPLE_CHOICE -> {
                        List<String> offered =
                                item.options().stream().map(o -> o.value()).toList();
                        List<String> chosen = developmentAreas.stream()
                                .filter(offered::contains)
                                .toList();
                        answers.add(new Answer.Choices(item.key(), chosen.isEmpty() ? offered.subList(0, 1) : chosen));
                    }
                    case FREE_TEXT -> {
                        if (item.required()) {
                            answers.add(new Answer.Text(item.key(), "Learning from colleagues, every week."));
                        }
                    }
                }
            }
        }
        answering.start(person.asSubject(), questionnaire.id(), answers, true);
    }

    private static LanguageSkill skill(String language, CefrLevel level, boolean motherTongue) {
        return new LanguageSkill(language, level, motherTongue);
    }
}
