-- Who reviewed an article, and how long it takes to read.
--
-- An author's name may read differently in Swedish ("Temple editorial team" is "Temples redaktion"); a person's
-- name is the same in both languages, so name_sv stays null for her.
alter table journal_author add column name_sv text;

-- The qualified people who may review an article: an article's front matter names one by id with the date she read
-- it. trauma_informed marks a clinician whose read a trauma-related article needs before it is called reviewed.
create table journal_reviewer (
    id              text primary key,
    name            text    not null,
    credentials_en  text    not null,
    credentials_sv  text    not null,
    trauma_informed boolean not null default false
);

-- Words in the article's plain text (body and FAQ), for the reading time lists show without reading the text.
alter table journal_article add column word_count int generated always as (
    coalesce(array_length(regexp_split_to_array(btrim(body_text), '\s+'), 1), 0)
) stored;
