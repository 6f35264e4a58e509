-- When an editor last took the article back from the public Journal. Lists, feeds and the pages that link to
-- it must change then, though no published article changed: the public Journal's last change counts this too.
alter table journal_article add column unpublished_at timestamptz;

-- Taking an article back to draft is part of its history, as a revision of its own.
alter table journal_revision drop constraint journal_revision_origin_check;
alter table journal_revision add constraint journal_revision_origin_check
    check (origin in ('file', 'editor', 'restore', 'unpublish'));
