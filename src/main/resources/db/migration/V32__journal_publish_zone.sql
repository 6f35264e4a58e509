-- The zone an editor scheduled an article in, so the desk and the form show her moment back as she chose it
-- (publish_at alone is an instant: it cannot tell 09:00 in New York from 15:00 in Stockholm). Articles
-- scheduled before this column existed were scheduled in the form's only default, Europe/Stockholm.
alter table journal_article add column publish_zone text;
update journal_article set publish_zone = 'Europe/Stockholm' where status = 'scheduled' and publish_zone is null;
alter table journal_article add constraint journal_article_scheduled_has_zone
    check (status <> 'scheduled' or (publish_at is not null and publish_zone is not null));
