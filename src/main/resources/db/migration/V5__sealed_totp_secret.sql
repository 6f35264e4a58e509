-- The authenticator app's shared secret, sealed by the vault (owner = the member, field = account.totp-secret).
-- Secrets stored in clear by earlier versions are sealed on start and their clear column emptied.
alter table account_member add column totp_secret_sealed bytea;
