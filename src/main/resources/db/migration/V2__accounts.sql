-- Accounts. Every row that belongs to a member carries her id in a column named member_id, so that
-- export and erasure find all of it (the erasure test checks every column of every table).

create table account_member (
    member_id         uuid primary key,
    email             text        not null,
    email_key         text        not null unique,   -- lower-cased, trimmed: one account per address
    display_name      text        not null,          -- may be a pseudonym; no real name is asked anywhere
    password_hash     text,                          -- null for passkey-only accounts
    locale            text        not null default 'en',
    email_verified_at timestamptz,
    totp_secret       text,                          -- set while enrolling, kept once enabled
    totp_enabled_at   timestamptz,
    created_at        timestamptz not null
);

create table account_role (
    member_id uuid not null references account_member on delete cascade,
    role      text not null check (role in ('MEMBER', 'PRACTITIONER', 'EDITOR', 'ADMIN')),
    primary key (member_id, role)
);

-- Single-use links (email verification, password reset, sign-in). Only a hash of the token is kept.
create table account_token (
    token_hash char(64)    primary key,
    member_id  uuid        not null references account_member on delete cascade,
    purpose    text        not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_member on account_token (member_id);

create table account_recovery_code (
    member_id uuid     not null references account_member on delete cascade,
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (member_id, code_hash)
);

-- Consents a member has given (saving quiz results, emails); withdrawing keeps the record of when.
create table account_consent (
    member_id    uuid        not null references account_member on delete cascade,
    purpose      text        not null,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    primary key (member_id, purpose)
);

-- Sign-in failures and security changes. member_id is null for failures against unknown addresses.
create table account_security_event (
    id        bigserial primary key,
    member_id uuid references account_member on delete cascade,
    kind      text        not null,
    at        timestamptz not null,
    detail    text
);
create index account_security_event_member on account_security_event (member_id, at desc);

-- Rate-limit buckets (Bucket4j), shared by every node. Keys are hashes, never addresses in clear.
create table account_rate_limit (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

-- Spring Session JDBC: the columns Spring Session expects. principal_name holds the member id.
create table spring_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100)
);
create unique index spring_session_id on spring_session (session_id);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
