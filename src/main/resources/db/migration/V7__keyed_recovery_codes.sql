-- Recovery codes were stored as plain SHA-256 of the code: ten random characters are few enough that a copy of the
-- database could be searched for them offline. They are now stored as an HMAC (KeyedHashes, secret sealed by the
-- vault) of the member's id and that SHA-256, so a code only matches for its owner and only with the secret.
-- Existing rows keep their plain hash (keyed = false) until RecoveryCodes rehashes them at start; until then they
-- are still accepted, so no member's codes stop working.
alter table account_recovery_code add column keyed boolean not null default false;

