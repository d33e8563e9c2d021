--liquibase formatted sql

--changeset loop:0001-platform-secrets
--comment: Secrets every instance must share (e.g. the key that signs pagination cursors). An
--comment: instance creates a missing one at start with INSERT ... ON CONFLICT DO NOTHING.
create table platform_secret (
    name       text primary key,
    value      bytea not null check (octet_length(value) >= 32),
    created_at timestamptz not null default now()
);
--rollback drop table platform_secret;
