--liquibase formatted sql

--changeset loop:0005-coalitions
--comment: LOOP Coalitions, the communities people register in. Names are unique whatever their
--comment: case; the founder's account may be erased, the coalition remains.
create table coalition (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 120),
    description text not null default '' check (length(description) <= 4000),
    countries   text[] not null default '{}' check (cardinality(countries) <= 60
                    and array_to_string(countries, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    admission   text not null check (admission in ('OPEN', 'BY_APPROVAL')),
    created_by  uuid references person (id) on delete set null,
    created_at  timestamptz not null,
    version     bigint not null default 0
);
create unique index coalition_name_unique on coalition (lower(name));
-- Keyset pagination walks (name, id); the filters use the countries array and lower(name).
create index coalition_name_id on coalition (name, id);
create index coalition_countries on coalition using gin (countries);
create index coalition_name_prefix on coalition (lower(name) text_pattern_ops);
--rollback drop table coalition;

--changeset loop:0005-coalitions-memberships
--comment: One membership per person and coalition: the unique constraint decides concurrent joins.
--comment: Requested memberships are never coordinators', and only active ones have joined_at.
create table coalition_membership (
    id           uuid primary key,
    coalition_id uuid not null references coalition (id) on delete cascade,
    person_id    uuid not null references person (id) on delete cascade,
    role         text not null check (role in ('MEMBER', 'COORDINATOR')),
    status       text not null check (status in ('REQUESTED', 'ACTIVE')),
    requested_at timestamptz not null,
    joined_at    timestamptz,
    version      bigint not null default 0,
    constraint coalition_membership_once unique (coalition_id, person_id),
    check ((status = 'ACTIVE') = (joined_at is not null)),
    check (status = 'ACTIVE' or role = 'MEMBER')
);
-- A coalition's memberships, oldest request first, optionally of one status; a person's memberships.
create index coalition_membership_order on coalition_membership (coalition_id, requested_at, id);
create index coalition_membership_status_order on coalition_membership (coalition_id, status, requested_at, id);
create index coalition_membership_person on coalition_membership (person_id, requested_at, id);
--rollback drop table coalition_membership;
