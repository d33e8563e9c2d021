-- Gives the synthetic resources numbered :from to :to (inserted by
-- api/src/test/resources/resource-search/synthetic-resources.sql, numbered by their url) the
-- profile metadata that the suggestion ranks on: two of sixteen topics (among them the demo
-- people's training needs and interests, such as classroom-management, digital-pedagogy and
-- assessment-for-learning) and two of the seven scored profile dimensions it develops.
update learning_resource r
set topics = array[
        (array['classroom-management', 'assessment-for-learning', 'digital-pedagogy', 'inclusion-and-diversity',
            'research-informed-teaching', 'mentoring-skills', 'collaboration-and-peer-learning',
            'wellbeing-and-resilience', 'communication-with-parents', 'school-development', 'leadership',
            'subject-didactics', 'induction', 'mentoring', 'digital-innovation', 'peer-mentoring'])[1 + s.i % 16],
        (array['classroom-management', 'assessment-for-learning', 'digital-pedagogy', 'inclusion-and-diversity',
            'research-informed-teaching', 'mentoring-skills', 'collaboration-and-peer-learning',
            'wellbeing-and-resilience', 'communication-with-parents', 'school-development', 'leadership',
            'subject-didactics', 'induction', 'mentoring', 'digital-innovation', 'peer-mentoring'])[1 + (s.i + 1 + (s.i / 16) % 15) % 16]],
    profile_dimensions = array[
        (array['PEDAGOGICAL_CONCEPTIONS', 'EXPERIENCE', 'COMMUNICATION_SKILLS', 'CREATIVITY', 'PROFESSIONAL_KNOWLEDGE',
            'PROBLEM_SOLVING', 'TRAINING_NEEDS'])[1 + s.i % 7],
        (array['PEDAGOGICAL_CONCEPTIONS', 'EXPERIENCE', 'COMMUNICATION_SKILLS', 'CREATIVITY', 'PROFESSIONAL_KNOWLEDGE',
            'PROBLEM_SOLVING', 'TRAINING_NEEDS'])[1 + (s.i + 3) % 7]]
from (select id, cast(split_part(url, '/', 5) as integer) as i
      from learning_resource where url like 'https://example.org/synthetic/%') s
where r.id = s.id and s.i between :from and :to;
