-- Synthetic published resources numbered :from to :to (psql variables, which
-- ResourceSearchPlanTest replaces), for that test and for bench/resource-search: one in 50 on
-- mentoring conversations, one in 10 on induction, every one about teachers; five languages,
-- five countries, four types, one in three rated.
insert into learning_resource (id, title, summary, description, type, url, languages, licence,
    topics, authors, country, career_stages, rating_sum, rating_count,
    status, created_at, updated_at, submitted_at, published_at)
select gen_random_uuid(),
    'Synthetic ' || i || ' ' || (array['classroom', 'routines', 'projects', 'reading',
        'science', 'assessment', 'parents', 'digital', 'wellbeing', 'leadership'])[1 + i % 10]
        || case when i % 50 = 0 then ' mentoring conversations' else '' end,
    (array['a practical guide', 'um guia prático', 'praktiline juhend', 'notes from a school',
        'ideas for a staff meeting'])[1 + i % 5]
        || case when i % 10 = 0 then ' for induction' else '' end,
    repeat('Teachers plan lessons together and reflect on what pupils learn. ', 1 + i % 20),
    (array['DOCUMENT', 'VIDEO', 'WEBSITE', 'COURSE'])[1 + i % 4],
    'https://example.org/synthetic/' || i,
    array[(array['en', 'pt', 'et', 'fi', 'it'])[1 + i % 5]],
    (array['CC-BY-4.0', 'CC-BY-SA-4.0'])[1 + i % 2],
    array['synthetic'], array['Synthetic Author'],
    (array['PT', 'FI', 'EE', 'IT', 'ES'])[1 + (i / 7) % 5],
    array[(array['INDUCTION', 'EARLY_CAREER', 'EXPERIENCED'])[1 + i % 3]],
    case when i % 3 = 0 then 3 + i % 13 else 0 end, case when i % 3 = 0 then 3 else 0 end,
    'PUBLISHED', now() - make_interval(secs => i * 60), now(), now() - make_interval(secs => i * 60),
    now() - make_interval(secs => i * 60)
from generate_series(:from, :to) i;
