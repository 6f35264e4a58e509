-- Secrets the platform makes for itself (not a member's data), each sealed by the master keyset.
-- 'keyed-hashes' is the HMAC secret behind KeyedHashes: rate-limit keys and recovery codes are hashed under it,
-- so a copy of the database alone cannot test whether a known address or code is in it.
create table vault_secret (
    name       text primary key,
    sealed     bytea       not null,
    created_at timestamptz not null
);
