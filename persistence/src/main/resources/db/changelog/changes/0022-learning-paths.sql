--liquibase formatted sql

--changeset loop:0022-learning-paths splitStatements:false
--comment: Learning path versions. A lineage (lineage_id, the id of its first version) has published
--comment: versions numbered from 1, which never change, and at most one draft. Steps are one JSON
--comment: document per version, read and written whole. The search document is the resource bank's
--comment: (title, summary, topics) in the main language's configuration, with the topic slugs also
--comment: whole (weight C), so that a search for a slug such as classroom-management finds them.
create or replace function learning_path_search_document(languages text[], title text, summary text, topics text[])
    returns tsvector
    language plpgsql immutable parallel safe
    as $$
begin
    return resource_search_document(languages, title, summary, topics, array_to_string(topics, ' '));
end
$$;
create table learning_path (
    id                     uuid primary key,
    lineage_id             uuid not null,
    version_number         integer check (version_number >= 1),
    based_on               uuid references learning_path (id) on delete set null,
    status                 text not null check (status in ('DRAFT', 'PUBLISHED')),
    title                  text not null check (length(title) between 3 and 200),
    summary                text not null default '' check (length(summary) <= 500),
    languages              text[] not null check (cardinality(languages) between 1 and 10),
    target_groups          text[] not null default '{}',
    career_stages          text[] not null default '{}',
    school_levels          text[] not null default '{}',
    profile_dimensions     text[] not null default '{}',
    school_dimensions      text[] not null default '{}',
    topics                 text[] not null default '{}',
    estimated_hours        integer check (estimated_hours between 1 and 1000),
    visibility             text not null check (visibility in ('EVERYONE', 'MEMBERS')),
    coalition_id           uuid references coalition (id),
    organization_id        uuid references organization (id),
    steps                  jsonb not null check (jsonb_typeof(steps) = 'array'),
    minimum_optional_steps integer not null default 0 check (minimum_optional_steps between 0 and 100),
    created_by             uuid references person (id) on delete set null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    published_at           timestamptz,
    version                bigint not null default 0,
    check ((status = 'PUBLISHED') = (version_number is not null)),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check (coalition_id is null or organization_id is null),
    check (visibility = 'EVERYONE' or coalition_id is not null or organization_id is not null)
);
alter table learning_path
    add column search_vector tsvector generated always as (
        learning_path_search_document(languages, title, summary, topics)) stored;
create unique index learning_path_version_unique on learning_path (lineage_id, version_number)
    where status = 'PUBLISHED';
create unique index learning_path_one_draft on learning_path (lineage_id) where status = 'DRAFT';
create index learning_path_published on learning_path (published_at desc, id) where status = 'PUBLISHED';
create index learning_path_drafts on learning_path (updated_at desc, id) where status = 'DRAFT';
create index learning_path_search on learning_path using gin (search_vector) where status = 'PUBLISHED';
create index learning_path_coalition on learning_path (coalition_id) where coalition_id is not null;
create index learning_path_organization on learning_path (organization_id) where organization_id is not null;
create index learning_path_created_by on learning_path (created_by) where created_by is not null;
--rollback drop table learning_path; drop function learning_path_search_document(text[], text, text, text[]);

--changeset loop:0022-enrollments
--comment: A person's enrollment in one published version; the steps' records are one JSON object
--comment: by step key. At most one ACTIVE enrollment per person and lineage, kept by the index.
--comment: An enrollment is the person's alone: it goes with their account.
create table enrollment (
    id               uuid primary key,
    person_id        uuid not null references person (id) on delete cascade,
    learning_path_id uuid not null references learning_path (id),
    lineage_id       uuid not null,
    status           text not null check (status in ('ACTIVE', 'COMPLETED', 'LEFT')),
    enrolled_at      timestamptz not null,
    completed_at     timestamptz,
    left_at          timestamptz,
    steps            jsonb not null check (jsonb_typeof(steps) = 'object'),
    version          bigint not null default 0,
    check ((status = 'COMPLETED') = (completed_at is not null)),
    check ((status = 'LEFT') = (left_at is not null))
);
create unique index enrollment_one_active on enrollment (person_id, lineage_id) where status = 'ACTIVE';
create index enrollment_of_person on enrollment (person_id, enrolled_at desc, id);
create index enrollment_of_path on enrollment (learning_path_id);
--rollback drop table enrollment;
