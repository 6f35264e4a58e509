-- The Journal's change stamp (JournalEpoch, Articles: count, last change, last unpublishing) is read on nearly every
-- request to tell whether cached lists and pages are still current. On 2,000 articles a sequential scan reads every
-- heap page of the table (~200 pages, ~1 ms, several times a request); this index answers it by an index-only scan.
create index journal_article_changes on journal_article (changed_at, unpublished_at) include (status);
