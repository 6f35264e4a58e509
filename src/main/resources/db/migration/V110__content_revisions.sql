-- One history for every document people write (a Journal article, a course lesson in one language): each saved
-- source is a revision, numbered per document and never changed. Content range: V110-V119.
create table content_revision (
    id         uuid primary key,
    kind       text        not null check (kind in ('journal', 'lesson')),
    document   text        not null,
    number     int         not null check (number > 0),
    source     text        not null,
    origin     text        not null check (origin in ('file', 'editor', 'restore', 'unpublish')),
    created_at timestamptz not null,
    unique (kind, document, number)
);

-- The Journal's revisions move here with their ids, so journal_article.current_revision keeps pointing at them.
insert into content_revision (id, kind, document, number, source, origin, created_at)
select id, 'journal', article_id::text, number, source, origin, created_at from journal_revision;

alter table journal_article drop constraint if exists journal_article_current_revision_fkey;
drop table journal_revision;

-- Lessons loaded before they had revisions are loaded once more on the next start, so each gets its file's
-- text as its first revision and the editor has a source to open.
delete from content_file where path like 'courses/%.md';
