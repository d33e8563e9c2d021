--liquibase formatted sql

--changeset loop:0021-live-logins
--comment: Every request with a person's access token asks whether its login (refresh-token family)
--comment: still holds an unspent token; an active login has exactly one, so this index stays small.
create index refresh_token_live on refresh_token (family_id) where used_at is null and revoked_at is null;
--rollback drop index refresh_token_live;
