-- A result names the one finished quiz it came from (a random id made when she finished it), so that saving the
-- same result twice (a double click, a sign-in and a confirmation) keeps it once.
alter table quiz_result add column origin uuid;
create unique index quiz_result_once on quiz_result (member_id, origin) where origin is not null;

-- A result a visitor asked to keep while creating her account, held until she confirms her address: sealed by the
-- vault for her new account (field quiz.held), and deleted when the confirmation link expires unused.
create table quiz_held_result (
    member_id    uuid        not null,
    origin       uuid        not null,
    quiz_slug    text        not null,
    quiz_version integer     not null,
    held_at      timestamptz not null,
    sealed       bytea       not null,
    primary key (member_id, origin)
);

create index quiz_held_result_age on quiz_held_result (held_at);
