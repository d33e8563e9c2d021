--liquibase formatted sql

--changeset loop:0003-identity-people
create table person (
    id                 uuid primary key,
    -- normalised (trimmed, lower case) by the domain; unique across the platform
    email              text not null unique check (email = lower(email) and length(email) <= 254),
    password_hash      text not null,
    display_name       text not null check (length(display_name) between 1 and 100),
    country            text not null check (country ~ '^[A-Z]{2}$'),
    preferred_language text not null check (preferred_language ~ '^[a-z]{2}$'),
    platform_roles     text[] not null default '{}' check (platform_roles <@ array['ADMINISTRATOR', 'MODERATOR']),
    created_at         timestamptz not null,
    version            bigint not null default 0
);
create index person_email_id on person (email, id);
--rollback drop table person;

--changeset loop:0003-identity-refresh-tokens
create table refresh_token (
    id         uuid primary key,
    family_id  uuid not null,
    person_id  uuid not null references person (id) on delete cascade,
    token_hash text not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_person on refresh_token (person_id);
--rollback drop table refresh_token;

--changeset loop:0003-identity-login-throttle
--comment: Failed-login counters per account or address, shared by every instance.
create table login_throttle (
    throttle_key      text primary key,
    failures          integer not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz
);
--rollback drop table login_throttle;

--changeset loop:0003-identity-audit
create table audit_event (
    id          uuid primary key,
    occurred_at timestamptz not null,
    type        text not null,
    actor_id    uuid,
    subject_id  uuid,
    ip_address  text,
    detail      text not null default ''
);
-- newest first, optionally narrowed by type or subject
create index audit_event_occurred on audit_event (occurred_at desc, id desc);
create index audit_event_type on audit_event (type, occurred_at desc, id desc);
create index audit_event_subject on audit_event (subject_id, occurred_at desc, id desc);
--rollback drop table audit_event;

--changeset loop:0003-identity-external-identities
--comment: People who log in at an external issuer (e.g. a Keycloak realm), linked by its subject.
create table external_identity (
    issuer    text not null,
    subject   text not null,
    person_id uuid not null references person (id) on delete cascade,
    linked_at timestamptz not null default now(),
    primary key (issuer, subject)
);
create index external_identity_person on external_identity (person_id);
--rollback drop table external_identity;
