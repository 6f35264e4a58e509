-- A new address waits here until she confirms it from that address.
alter table account_member add column pending_email text;
