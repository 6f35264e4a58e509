-- The Journal. An article is one language version of a piece (the English original and its Swedish
-- translation are two articles sharing a work slug). Its text lives in immutable revisions; the article row
-- carries what lists, search and feeds need from the current revision, so reading never parses Markdown.
create table journal_author (
    id     text primary key,
    name   text not null,
    bio_en text not null,
    bio_sv text not null
);

create table journal_article (
    id               uuid primary key,
    slug             text        not null,
    language         text        not null check (language in ('en', 'sv')),
    translation_of   text,
    status           text        not null check (status in ('draft', 'scheduled', 'published')),
    publish_at       timestamptz,
    current_revision uuid,
    title            text        not null,
    summary          text        not null,
    author           text        not null,
    tags             text[]      not null default '{}',
    tag_slugs        text[]      not null default '{}',
    published_on     date,
    body_text        text        not null default '',
    changed_at       timestamptz not null,
    -- the hash of the content file this article came from, when the current revision is that file's text
    file_hash        text,
    search_vector    tsvector generated always as (
        setweight(to_tsvector(case language when 'sv' then 'swedish'::regconfig else 'english'::regconfig end, title), 'A')
        || setweight(to_tsvector(case language when 'sv' then 'swedish'::regconfig else 'english'::regconfig end, summary), 'B')
        || setweight(to_tsvector(case language when 'sv' then 'swedish'::regconfig else 'english'::regconfig end, body_text), 'C')
    ) stored,
    unique (slug, language)
);
create index journal_article_public on journal_article (status, published_on desc);
create index journal_article_search on journal_article using gin (search_vector);
create index journal_article_tags on journal_article using gin (tag_slugs);

create table journal_revision (
    id         uuid primary key,
    article_id uuid        not null references journal_article (id) on delete cascade,
    number     int         not null,
    source     text        not null,
    origin     text        not null check (origin in ('file', 'editor', 'restore')),
    created_at timestamptz not null,
    unique (article_id, number)
);

alter table journal_article add foreign key (current_revision) references journal_revision (id) deferrable initially deferred;

-- A slug an article had before it was renamed: the old URL answers with a permanent redirect.
create table journal_slug_redirect (
    old_slug   text not null,
    language   text not null,
    article_id uuid not null references journal_article (id) on delete cascade,
    primary key (old_slug, language)
);
