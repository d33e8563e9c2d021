--liquibase formatted sql

--changeset loop:0004-organizations
create table organization (
    id            uuid primary key,
    name          text not null check (length(name) between 1 and 200),
    -- the database's own case folding, so that keyset pages agree with the sort order
    sort_name     text not null generated always as (lower(name)) stored,
    kind          text not null check (kind in ('SCHOOL', 'TRAINING_CENTRE', 'UNIVERSITY', 'LOCAL_AUTHORITY', 'OTHER')),
    country       text not null check (country ~ '^[A-Z]{2}$'),
    region        text check (length(region) <= 200),
    languages     text[] not null default '{}',
    school_levels text[] not null default '{}' check (school_levels <@ array['ISCED_0', 'ISCED_1', 'ISCED_2',
                      'ISCED_3', 'ISCED_4', 'ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8']),
    website       text check (website ~ '^https?://'),
    description   text check (length(description) <= 4000),
    verified_at   timestamptz,
    created_by    uuid references person (id) on delete set null,
    created_at    timestamptz not null,
    version       bigint not null default 0
);
-- the directory is browsed by name (case-insensitively), optionally by country or kind
create index organization_name on organization (sort_name, id);
create index organization_country on organization (country, sort_name, id);
--rollback drop table organization;

--changeset loop:0004-organization-memberships
create table organization_membership (
    id              uuid primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    person_id       uuid not null references person (id) on delete cascade,
    role            text not null check (role in ('TEACHER', 'SCHOOL_LEADER', 'TEACHER_TRAINER', 'COORDINATOR')),
    status          text not null check (status in ('REQUESTED', 'INVITED', 'ACTIVE')),
    message         text check (length(message) <= 1000),
    invited_by      uuid references person (id) on delete set null,
    created_at      timestamptz not null,
    active_since    timestamptz,
    version         bigint not null default 0,
    -- one membership (request, invitation or active) per person and organisation
    unique (organization_id, person_id),
    check ((status = 'ACTIVE') = (active_since is not null))
);
create index organization_membership_person on organization_membership (person_id);
create index organization_membership_active on organization_membership (organization_id, role) where status = 'ACTIVE';
--rollback drop table organization_membership;
