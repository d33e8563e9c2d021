--liquibase formatted sql

--changeset loop:0023-personal-paths splitStatements:false
--comment: A PERSONAL path is a learner's own, built from their suggestion when they enrolled in it:
--comment: published, owned by no community, read only by its creator. The checks 0022 put on
--comment: visibility (named by PostgreSQL) are replaced by two named ones that allow it.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'learning_path'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%visibility%'
    loop
        execute format('alter table learning_path drop constraint %I', c.conname);
    end loop;
end
$$;
alter table learning_path add constraint learning_path_visibility_values
    check (visibility in ('EVERYONE', 'MEMBERS', 'PERSONAL'));
alter table learning_path add constraint learning_path_visibility_owner
    check (visibility = 'EVERYONE'
        or (visibility = 'MEMBERS' and (coalition_id is not null or organization_id is not null))
        or (visibility = 'PERSONAL' and coalition_id is null and organization_id is null and status = 'PUBLISHED'));
--rollback delete from enrollment where learning_path_id in (select id from learning_path where visibility = 'PERSONAL');
--rollback delete from learning_path where visibility = 'PERSONAL';
--rollback alter table learning_path drop constraint learning_path_visibility_owner;
--rollback alter table learning_path drop constraint learning_path_visibility_values;
--rollback alter table learning_path add check (visibility in ('EVERYONE', 'MEMBERS'));
--rollback alter table learning_path add check (visibility = 'EVERYONE' or coalition_id is not null or organization_id is not null);
