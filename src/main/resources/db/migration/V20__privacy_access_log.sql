-- Every read of a member's sensitive data by someone other than her (privacy rule 5), for her to see.
-- "what" is sealed by the vault for the owner (field privacy.access-log.what): it can say as much as the data.
create table privacy_access_log (
    id         bigint generated always as identity primary key,
    owner_id   uuid        not null,
    at         timestamptz not null,
    actor_id   uuid        not null,
    actor_role text        not null,
    actor_name text        not null,
    what       bytea       not null
);

create index privacy_access_log_owner_at on privacy_access_log (owner_id, at);
