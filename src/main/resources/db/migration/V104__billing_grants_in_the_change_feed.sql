-- Each node keeps a member's standing grants in memory (Grants.holds): a write of her grants by any node is noted in
-- the site's change feed (as a digest of her id) so that every node forgets its copy.
create function billing_grant_changed() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform site_note_change('grant', old.member_id::text);
    else
        perform site_note_change('grant', new.member_id::text);
    end if;
    return null;
end
$$;

create trigger billing_grant_changed after insert or update or delete on billing_grant
    for each row execute function billing_grant_changed();
