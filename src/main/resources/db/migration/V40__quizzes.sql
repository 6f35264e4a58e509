-- Quiz definitions as loaded from content/quizzes: one row per quiz version, so every node serves the same quiz
-- and a saved result can name the version that scored it.
create table quiz_definition (
    slug      text        not null,
    version   integer     not null,
    source    text        not null,
    hash      text        not null,
    loaded_at timestamptz not null,
    primary key (slug, version)
);

-- Results a member chose to keep. Everything she answered and what it meant is sealed by the vault
-- (field quiz.result); only which quiz, which version and when stay readable, for her history page.
create table quiz_result (
    id           uuid        primary key,
    member_id    uuid        not null,
    quiz_slug    text        not null,
    quiz_version integer     not null,
    taken_at     timestamptz not null,
    sealed       bytea       not null
);

create index quiz_result_member on quiz_result (member_id, quiz_slug, taken_at);
