--liquibase formatted sql

--changeset loop:0015-resource-search-unaccent
--comment: unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists unaccent;
--rollback drop extension if exists unaccent;

--changeset loop:0015-resource-search-functions splitStatements:false
--comment: Full-text search over resources. f_unaccent is unaccent with its dictionary named, so
--comment: that it is IMMUTABLE and may be used in a stored generated column. resource_search_config
--comment: maps the main language (ISO 639-1) to a text search configuration: those PostgreSQL
--comment: has, else 'simple' (word for word, e.g. Estonian). resource_search_query is what a
--comment: resource in configuration cfg matches: the words stemmed in cfg, or word for word.
--comment: resource_search_any ORs the query over every configuration used: a constant tsquery that
--comment: the GIN index answers, implied by resource_search_query for every row.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create or replace function resource_search_config(languages text[]) returns regconfig
    language sql immutable parallel safe
    as $$ select (case languages[1]
        when 'en' then 'pg_catalog.english'
        when 'pt' then 'pg_catalog.portuguese'
        when 'fi' then 'pg_catalog.finnish'
        when 'it' then 'pg_catalog.italian'
        when 'es' then 'pg_catalog.spanish'
        when 'fr' then 'pg_catalog.french'
        when 'de' then 'pg_catalog.german'
        else 'pg_catalog.simple' end)::regconfig $$;

create or replace function resource_search_query(cfg regconfig, words text) returns tsquery
    language sql immutable parallel safe strict
    as $$ select websearch_to_tsquery(cfg, f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.simple', f_unaccent(words)) $$;

create or replace function resource_search_any(words text) returns tsquery
    language sql immutable parallel safe strict
    as $$ select websearch_to_tsquery('pg_catalog.english', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.portuguese', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.finnish', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.italian', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.spanish', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.french', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.german', f_unaccent(words))
        || websearch_to_tsquery('pg_catalog.simple', f_unaccent(words)) $$;
--rollback drop function resource_search_any(text); drop function resource_search_query(regconfig, text); drop function resource_search_config(text[]); drop function f_unaccent(text);

--changeset loop:0015-resource-search-document splitStatements:false
--comment: The search document: title (A), summary and topics (B), description (C), in the
--comment: configuration of the main language, accents removed; hyphens in topic slugs become
--comment: spaces. A function, because array_to_string is only STABLE.
create or replace function resource_search_document(
        languages text[], title text, summary text, topics text[], description text) returns tsvector
    language plpgsql immutable parallel safe
    as $$
declare
    cfg regconfig := resource_search_config(languages);
begin
    return setweight(to_tsvector(cfg, f_unaccent(title)), 'A')
        || setweight(to_tsvector(cfg, f_unaccent(coalesce(summary, ''))), 'B')
        || setweight(to_tsvector(cfg, f_unaccent(replace(array_to_string(topics, ' '), '-', ' '))), 'B')
        || setweight(to_tsvector(cfg, f_unaccent(coalesce(description, ''))), 'C');
end
$$;
--rollback drop function resource_search_document(text[], text, text, text[], text);

--changeset loop:0015-resource-search-vector
alter table learning_resource
    add column search_config regconfig generated always as (resource_search_config(languages)) stored;
alter table learning_resource
    add column search_vector tsvector generated always as (
        resource_search_document(languages, title, summary, topics, description)) stored;
--comment: fastupdate off: no pending list, so that searches and their plans do not depend on when
--comment: (auto)vacuum last ran; resources are written rarely.
create index learning_resource_search on learning_resource using gin (search_vector) with (fastupdate = off)
    where status = 'PUBLISHED';
--comment: The other array filters of the listing (topics and languages have theirs since 0012).
create index learning_resource_audience on learning_resource
    using gin (target_groups, career_stages, school_levels, profile_dimensions, school_dimensions)
    where status = 'PUBLISHED';
--rollback drop index learning_resource_audience; drop index learning_resource_search; alter table learning_resource drop column search_vector; alter table learning_resource drop column search_config;

--changeset loop:0015-resource-imports
--comment: Partner bulk imports: the file as posted and, once done, one result per row (JSON:
--comment: row, resourceId or violations). Workers claim jobs not done with FOR UPDATE SKIP LOCKED.
--comment: No personal data: the poster is an API client.
create table resource_import (
    id              uuid primary key,
    client_id       uuid not null references api_client (id) on delete cascade,
    organization_id uuid not null,
    format          text not null check (format in ('CSV', 'JSON_LINES')),
    content         text not null check (length(content) <= 5000000),
    total_rows      integer not null check (total_rows between 0 and 1000),
    status          text not null check (status in ('PENDING', 'RUNNING', 'DONE')),
    results         jsonb not null default '[]' check (jsonb_typeof(results) = 'array'),
    created_at      timestamptz not null,
    finished_at     timestamptz,
    check ((status = 'DONE') = (finished_at is not null))
);
create index resource_import_waiting on resource_import (created_at, id) where status <> 'DONE';
create index resource_import_client on resource_import (client_id);
--rollback drop table resource_import;
