-- :count published learning path templates (first versions, visible to everyone), each with the
-- steps of one of the demo templates (so their resource steps name demo resources), in five
-- languages, on two of the topics and two of the profile dimensions of profile-metadata.sql.
with demo as (
    select steps, minimum_optional_steps, row_number() over (order by id) - 1 as n
    from learning_path where status = 'PUBLISHED' and visibility <> 'PERSONAL'),
made as (select gen_random_uuid() as id, i from generate_series(1, :count) i)
insert into learning_path (id, lineage_id, version_number, status, title, summary, languages, career_stages,
    profile_dimensions, topics, estimated_hours, visibility, steps, minimum_optional_steps,
    created_at, updated_at, published_at)
select m.id, m.id, 1, 'PUBLISHED',
    'Synthetic path ' || m.i || ' on ' || (array['classroom routines', 'feedback', 'digital tools', 'inclusion',
        'research in class', 'mentoring'])[1 + m.i % 6],
    'A path for teachers, made up for the benchmark.',
    array[(array['en', 'pt', 'et', 'fi', 'it'])[1 + m.i % 5]],
    array[(array['INDUCTION', 'EARLY_CAREER', 'EXPERIENCED'])[1 + m.i % 3]],
    array[(array['PEDAGOGICAL_CONCEPTIONS', 'EXPERIENCE', 'COMMUNICATION_SKILLS', 'CREATIVITY',
        'PROFESSIONAL_KNOWLEDGE', 'PROBLEM_SOLVING', 'TRAINING_NEEDS'])[1 + m.i % 7]],
    array[(array['classroom-management', 'assessment-for-learning', 'digital-pedagogy', 'inclusion-and-diversity',
        'research-informed-teaching', 'mentoring-skills'])[1 + m.i % 6], 'induction'],
    1 + m.i % 40, 'EVERYONE', d.steps, d.minimum_optional_steps,
    now() - make_interval(secs => m.i * 60), now(), now() - make_interval(secs => m.i * 60)
from made m join demo d on d.n = m.i % (select count(*) from demo);
