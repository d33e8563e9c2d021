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

--changeset loop:0001-platform-idempotency
--comment: Remembered answers to creating POSTs that carried an Idempotency-Key, per caller. The
--comment: record is written in the same transaction as the effect, so a replay finds either the
--comment: whole effect with its answer or nothing at all.
create table idempotency_record (
    id              uuid primary key,
    caller          text not null,
    idempotency_key text not null check (length(idempotency_key) between 1 and 255),
    operation       text not null,
    request_hash    text not null,
    response_status integer,
    response_body   text,
    response_location text,
    created_at      timestamptz not null default now(),
    unique (caller, idempotency_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
--rollback drop table idempotency_record;
