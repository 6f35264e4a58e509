-- The hash of the token sent to the pending address: a link confirms only the address it was sent to, so
-- the link from an earlier request cannot confirm an address asked for later.
alter table account_member add column pending_email_token char(64);
