--liquibase formatted sql

--changeset loop:0002-school-methods
create table method (
    id                    uuid primary key,
    name                  text not null unique check (length(name) between 1 and 200),
    kind                  text not null check (kind in ('TOOL', 'FRAMEWORK', 'PROGRAM', 'WORKSHOP_FORMAT')),
    level                 text not null check (level in ('SCHOOL', 'TEACHER')),
    summary               text not null check (length(summary) <= 500),
    description           text not null check (length(description) <= 10000),
    target_groups         text[] not null check (target_groups <@ array['SCHOOL_LEADERS', 'SCHOOL_TEAMS',
                              'TEACHERS', 'MENTORS', 'TEACHER_TRAINERS', 'LOCAL_AUTHORITIES', 'RESEARCHERS',
                              'POLICY_MAKERS']),
    minimum_weeks         integer not null check (minimum_weeks >= 0),
    maximum_weeks         integer not null,
    duration_description  text not null check (length(duration_description) <= 500),
    dimensions            text[] not null check (dimensions <@ array['VISION', 'LEADERSHIP',
                              'COLLABORATIVE_CULTURE', 'DIGITAL_INFRASTRUCTURE', 'PEDAGOGICAL_PRACTICES']),
    process_steps         text[] not null check (process_steps <@ array['INITIATIVE', 'ANCHORING_MEETINGS',
                              'JOINT_PLANNING', 'MAPPING_NEEDS', 'NEW_PERSPECTIVES', 'DEVELOPMENT_ACTIONS',
                              'REFLECTION']),
    version               bigint not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (maximum_weeks >= minimum_weeks)
);
-- Keyset pagination walks (name, id); filters use the array columns.
create index method_name_id on method (name, id);
create index method_dimensions on method using gin (dimensions);
--rollback drop table method;

--changeset loop:0002-school-methods-seed
--comment: The first three methods of the iHub4Schools toolbox (work package 3, initial mentoring model).
insert into method (id, name, kind, level, summary, description, target_groups, minimum_weeks, maximum_weeks,
                    duration_description, dimensions, process_steps)
values
('9d306c30-31ae-4c6e-842c-ee4403d03071',
 'Future School', 'PROGRAM', 'SCHOOL',
 'A programme that supports a school team in evidence-informed, whole-school improvement towards the school it wants to become.',
 'Future School is designed for school teams rather than for individual teachers. A team of leaders and teachers, '
 || 'accompanied by a mentor or a mentor school, first builds a shared picture of where the school stands: it '
 || 'collects evidence on its vision, leadership, collaboration and teaching with digital technology, for example '
 || 'with a self-assessment on the five dimensions of the iHub4Schools conceptual model. From that evidence the team '
 || 'agrees on a small number of improvement goals, plans development actions with owners and dates, carries them '
 || 'out in the everyday work of the school, and gathers evidence again to see what changed. The mentor asks '
 || 'questions, brings examples from other schools and keeps the cycle going; the decisions stay with the school. '
 || 'A cycle usually ends with a shared reflection that feeds the next one, so that improvement becomes part of the '
 || 'school''s culture rather than a one-off project.',
 array['SCHOOL_TEAMS', 'SCHOOL_LEADERS', 'MENTORS'],
 12, 40, 'One school year, usually in two or three improvement cycles of one to three months.',
 array['VISION', 'LEADERSHIP', 'COLLABORATIVE_CULTURE', 'PEDAGOGICAL_PRACTICES'],
 array['ANCHORING_MEETINGS', 'JOINT_PLANNING', 'MAPPING_NEEDS', 'DEVELOPMENT_ACTIONS', 'REFLECTION']),
('a8754f7c-8f67-4e4a-83b8-d8b6c2778ebd',
 'Digipeda', 'WORKSHOP_FORMAT', 'SCHOOL',
 'A workshop format in which a school''s staff reflect together on how they use digital technology in teaching, and what to try next.',
 'Digipeda brings teachers of one school, or of a few partner schools, together in facilitated workshops. '
 || 'Participants describe concrete lessons in which they used digital technology, compare them with colleagues '
 || 'and with research-based examples, and name the pedagogical idea behind each practice, not only the tool. '
 || 'The facilitator, often a mentor from a more experienced school, helps the group see patterns: which practices '
 || 'change how pupils learn, which ones only digitise what was done before, and what the school''s infrastructure '
 || 'makes easy or hard. Each workshop ends with small experiments that teachers agree to try in their classes and '
 || 'bring back to the next session. Digipeda works well at the start of a mentorship, to map needs and open new '
 || 'perspectives, and again at the end, to reflect on what changed.',
 array['TEACHERS', 'SCHOOL_TEAMS', 'MENTORS'],
 1, 8, 'Two or three workshops of two to three hours, a few weeks apart.',
 array['COLLABORATIVE_CULTURE', 'DIGITAL_INFRASTRUCTURE', 'PEDAGOGICAL_PRACTICES'],
 array['MAPPING_NEEDS', 'NEW_PERSPECTIVES', 'REFLECTION']),
('ab408a5e-f986-4b80-b21d-121beb082d70',
 'Teacher Inquiry into Student Learning (TISL)', 'PROGRAM', 'TEACHER',
 'A programme in which teachers investigate their own teaching systematically, using evidence of their students'' learning.',
 'In TISL a teacher, or a small group of teachers, turns a question about their own practice into a planned '
 || 'inquiry: for example whether a digital formative-assessment tool helps pupils understand their mistakes. '
 || 'The teacher formulates the question, decides which data on student learning will answer it (work samples, '
 || 'learning analytics, observations, short surveys), changes the practice, collects the data, and analyses it '
 || 'honestly, including what did not work. The inquiry is systematic, intentional, self-critical and planned, '
 || 'which is what distinguishes it from everyday reflection. Sharing the results with colleagues turns individual '
 || 'professional development into knowledge the whole school can use, and a mentor or teacher trainer can support '
 || 'each step of the cycle.',
 array['TEACHERS', 'MENTORS', 'TEACHER_TRAINERS'],
 6, 20, 'One inquiry cycle over a school term; many teachers run a second cycle the following term.',
 array['COLLABORATIVE_CULTURE', 'PEDAGOGICAL_PRACTICES'],
 array['NEW_PERSPECTIVES', 'DEVELOPMENT_ACTIONS', 'REFLECTION']);
--rollback delete from method where id in ('9d306c30-31ae-4c6e-842c-ee4403d03071', 'a8754f7c-8f67-4e4a-83b8-d8b6c2778ebd', 'ab408a5e-f986-4b80-b21d-121beb082d70');
