-- 10,000 open requests x 2,000 active offers (capacity 5), each person with a profile and an active
-- membership of the coalition :'coalition'. Teachers in eight countries speak their country's
-- language natively and often English, most meet online, some in person in one of their country's
-- regions, and are free on a few weekday evenings in their time zone (as bench/matching's generator).
-- Deterministic: setseed. No competency questionnaires: complementarity gives 0 for everyone.
select setseed(0.42);

create temporary table country (n int, code text, language text, zone text);
insert into country values
    (0, 'PT', 'pt', 'Europe/Lisbon'), (1, 'ES', 'es', 'Europe/Madrid'), (2, 'IT', 'it', 'Europe/Rome'),
    (3, 'FI', 'fi', 'Europe/Helsinki'), (4, 'EE', 'et', 'Europe/Tallinn'), (5, 'DE', 'de', 'Europe/Berlin'),
    (6, 'FR', 'fr', 'Europe/Paris'), (7, 'GR', 'el', 'Europe/Athens');

create temporary table people as
select i,
       gen_random_uuid() as id,
       i <= 2000 as mentor,
       floor(random() * (7 + 1))::int as country,
       random() < 0.6 as english,
       random() < 0.25 as in_person,
       floor(random() * (3 + 1))::int as region,
       (array['mathematics','physics','chemistry','biology','history','geography','mother-tongue','english',
              'arts','music','physical-education','computer-science'])[1 + floor(random() * (11 + 1))::int] as subject1,
       (array['mathematics','physics','chemistry','biology','history','geography','mother-tongue','english',
              'arts','music','physical-education','computer-science'])[1 + floor(random() * (11 + 1))::int] as subject2,
       (array['ISCED_1','ISCED_2','ISCED_3'])[1 + floor(random() * (2 + 1))::int] as level,
       floor(random() * (4 + 1))::int as day1,
       floor(random() * (4 + 1))::int as day2,
       17 + floor(random() * (3 + 1))::int as hour
from generate_series(1, 12000) as i;

insert into person (id, email, password_hash, display_name, country, preferred_language, created_at)
select p.id, 'bench-' || p.i || '@bench.example.org', 'not-a-hash', 'Bench person ' || p.i, c.code, c.language, now()
from people p join country c on c.n = p.country;

insert into coalition_membership (id, coalition_id, person_id, role, status, requested_at, joined_at)
select gen_random_uuid(), :'coalition', id, 'MEMBER', 'ACTIVE', now(), now() from people;

insert into profile (person_id, career_stage, subjects, school_levels, country, languages, availability, visibility,
                     updated_at, version)
select p.id,
       case when p.mentor then (array['EXPERIENCED','SENIOR'])[1 + (p.i % 2)]
            else (array['STUDENT_TEACHER','INDUCTION','EARLY_CAREER'])[1 + (p.i % 3)] end,
       array[p.subject1, p.subject2],
       array[p.level],
       c.code,
       case when p.english
            then jsonb_build_array(jsonb_build_object('language', c.language, 'level', 'C2', 'motherTongue', true),
                                   jsonb_build_object('language', 'en', 'level', 'C1', 'motherTongue', false))
            else jsonb_build_array(jsonb_build_object('language', c.language, 'level', 'C2', 'motherTongue', true)) end,
       jsonb_build_object('hoursPerMonth', 8, 'timeZone', c.zone, 'weeklySlots', jsonb_build_array(
           jsonb_build_object('day', (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'])[1 + p.day1],
                              'from', lpad(p.hour::text, 2, '0') || ':00', 'to', lpad((p.hour + 2)::text, 2, '0') || ':00'),
           jsonb_build_object('day', (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'])[1 + p.day2],
                              'from', lpad(p.hour::text, 2, '0') || ':00', 'to', lpad((p.hour + 2)::text, 2, '0') || ':00'))),
       '{}'::jsonb,
       now(),
       1
from people p join country c on c.n = p.country;

insert into mentor_offer (id, mentor_id, capacity, subjects, school_levels, languages, formats, modes, region, status,
                          last_active_at, created_at)
select gen_random_uuid(), p.id, 5, array[p.subject1], array[p.level],
       case when p.english then array[c.language, 'en'] else array[c.language] end,
       array['ONE_TO_ONE'],
       case when p.in_person then array['ONLINE', 'IN_PERSON'] else array['ONLINE'] end,
       case when p.in_person then c.code || '-' || p.region end,
       'ACTIVE', now(), now()
from people p join country c on c.n = p.country where p.mentor;

insert into mentoring_request (id, mentee_id, goals, languages, format, mode, region, status, created_at, updated_at)
select gen_random_uuid(), p.id, 'Settle into teaching ' || p.subject1 || '.',
       case when p.english then array[c.language, 'en'] else array[c.language] end,
       'ONE_TO_ONE',
       case when p.in_person then 'IN_PERSON' end,
       case when p.in_person then c.code || '-' || p.region end,
       'OPEN', now(), now()
from people p join country c on c.n = p.country where not p.mentor;

analyze;
