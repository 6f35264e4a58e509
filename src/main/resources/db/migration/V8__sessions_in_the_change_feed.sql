-- Every node keeps the sessions it serves in memory (CachedSessions): a session updated or deleted here, by any node
-- or by the expiry clean-up, is noted in the site's change feed so that every node forgets its copy (the feed keeps a
-- digest of the id, never the id).
create function account_session_changed() returns trigger language plpgsql as
$$
begin
    perform site_note_change('session', rtrim(old.session_id));
    return null;
end
$$;

create trigger account_session_changed after update or delete on spring_session
    for each row execute function account_session_changed();
