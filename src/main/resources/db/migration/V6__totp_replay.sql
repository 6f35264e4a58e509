-- The 30-second step of the last authenticator code she used: a code seen once cannot be given again within its
-- window, so one read over her shoulder (or from a log) cannot sign anyone else in.
alter table account_member add column totp_last_step bigint;
