--liquibase formatted sql

--changeset loop:0006-api-clients
--comment: Partner institutions' machine identities (OAuth client credentials).
create table api_client (
    id              uuid primary key,
    name            text not null check (length(name) between 1 and 120),
    sort_name       text not null generated always as (lower(name)) stored,
    organization_id uuid not null references organization (id) on delete cascade,
    scopes          text[] not null check (cardinality(scopes) > 0 and scopes <@ array['resources:read',
                        'resources:write', 'profiles:read', 'learning-paths:read', 'mentoring:read', 'analytics:read',
                        'organizations:read']),
    enabled         boolean not null,
    created_by      uuid references person (id) on delete set null,
    created_at      timestamptz not null,
    version         bigint not null default 0
);
create index api_client_name on api_client (sort_name, id);
create index api_client_organization on api_client (organization_id, sort_name, id);

create table api_client_secret (
    id          uuid primary key,
    client_id   uuid not null references api_client (id) on delete cascade,
    -- Argon2id, like passwords: the value itself is shown once and never stored
    secret_hash text not null,
    created_at  timestamptz not null,
    expires_at  timestamptz
);
create index api_client_secret_client on api_client_secret (client_id);
--rollback drop table api_client_secret; drop table api_client;
