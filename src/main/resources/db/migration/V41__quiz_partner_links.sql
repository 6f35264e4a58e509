-- A member's invitation to a partner to take the same quiz and compare. Both results are sealed by the vault
-- for the inviting member (fields quiz.partner.member, quiz.partner.partner); the comparison is shown only when
-- both have finished and both chose to reveal. Withdrawing by either deletes the row, and with it the shared data.
-- Only hashes of the two secrets (the single-use invitation, the partner's own link) are stored.
create table quiz_partner_link (
    id             uuid        primary key,
    member_id      uuid        not null,
    quiz_slug      text        not null,
    quiz_version   integer     not null,
    invite_hash    text        not null unique,
    partner_hash   text        unique,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    invite_used_at timestamptz,
    member_result  bytea       not null,
    partner_result bytea,
    member_reveal  boolean     not null default false,
    partner_reveal boolean     not null default false
);

create index quiz_partner_link_member on quiz_partner_link (member_id, created_at);
