-- A staff role is granted when its invitation is accepted, not when it is sent: until then the role waits
-- here, beside the invitation's token. Purging the token (used or expired) purges the pending role with it.
create table account_staff_invitation (
    token_hash char(64)    primary key references account_token (token_hash) on delete cascade,
    member_id  uuid        not null references account_member on delete cascade,
    role       text        not null check (role in ('PRACTITIONER', 'EDITOR', 'ADMIN')),
    invited_at timestamptz not null
);
create index account_staff_invitation_member on account_staff_invitation (member_id);
