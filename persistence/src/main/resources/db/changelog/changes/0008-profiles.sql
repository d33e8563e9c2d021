--liquibase formatted sql

--changeset loop:0008-profiles
--comment: Participant profiles, one per person, gone with the person's account. Languages,
--comment: availability and visibility are small documents read and written whole with the profile.
create table profile (
    person_id             uuid primary key references person (id) on delete cascade,
    career_stage          text check (career_stage in
                              ('STUDENT_TEACHER', 'INDUCTION', 'EARLY_CAREER', 'EXPERIENCED', 'SENIOR')),
    years_of_experience   integer check (years_of_experience between 0 and 60),
    subjects              text[] not null default '{}' check (cardinality(subjects) <= 20),
    school_levels         text[] not null default '{}' check (cardinality(school_levels) <= 9),
    country               text check (country ~ '^[A-Z]{2}$'),
    languages             jsonb not null default '[]' check (jsonb_typeof(languages) = 'array'),
    interests             text[] not null default '{}' check (cardinality(interests) <= 30),
    own_training_needs    text[] not null default '{}' check (cardinality(own_training_needs) <= 20),
    availability          jsonb check (jsonb_typeof(availability) = 'object'),
    bio                   text check (length(bio) between 1 and 1000),
    mentoring_preferences text[] not null default '{}' check (cardinality(mentoring_preferences) <= 3),
    visibility            jsonb not null check (jsonb_typeof(visibility) = 'object'),
    updated_at            timestamptz not null,
    version               bigint not null check (version > 0)
);
-- Matching and recommendations look people up by what they teach and speak.
create index profile_subjects on profile using gin (subjects);
create index profile_interests on profile using gin (interests);
--rollback drop table profile;
