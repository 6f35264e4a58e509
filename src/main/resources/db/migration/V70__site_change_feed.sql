-- What one instance of Temple changed that another may hold in memory: a topic (what kind of rows) and a key (whose),
-- never the rows themselves. Every instance polls it and forgets what it held under that key. Rows are purged after
-- a few minutes; a key is the digest of
-- what the rows belong to (see site_note_change).
create table site_change (
    seq   bigserial   primary key,
    topic text        not null,
    key   text        not null,
    at    timestamptz not null default clock_timestamp()
);
create index site_change_at on site_change (at);

-- called by the triggers other modules put on their own tables, with the natural key (a member's id, a session id):
-- the feed holds its SHA-256 digest only, so that it holds no one's id and no token that could be replayed
create function site_note_change(topic text, natural_key text) returns void language sql as
$$ insert into site_change (topic, key) values (topic, encode(sha256(convert_to(natural_key, 'UTF8')), 'hex')) $$;
