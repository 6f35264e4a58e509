-- The hash of each starting-content file as last loaded, so that a restart skips what is unchanged.
create table content_file (
    path      text primary key,
    hash      char(64)    not null,
    loaded_at timestamptz not null
);
