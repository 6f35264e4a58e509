-- Each node keeps what a member's series have left in memory (SeriesCredits.balance, asked by every page of a session
-- type's free times): a write of her series or of a credit's use, by any node, is noted in the site's change feed (as
-- a digest of her id) so that every node forgets its copy.
create function billing_series_changed() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform site_note_change('series', old.member_id::text);
    else
        perform site_note_change('series', new.member_id::text);
    end if;
    return null;
end
$$;

create trigger billing_series_changed after insert or update or delete on billing_series
    for each row execute function billing_series_changed();

-- a use names its series, whose member it is; a use deleted with its series has no series left to name, and the
-- series' own trigger has noted her already
create function billing_series_use_changed() returns trigger language plpgsql as
$$
declare
    member uuid;
begin
    select member_id into member from billing_series
    where purchase_ref = case when tg_op = 'DELETE' then old.purchase_ref else new.purchase_ref end;
    if member is not null then
        perform site_note_change('series', member::text);
    end if;
    return null;
end
$$;

create trigger billing_series_use_changed after insert or update or delete on billing_series_use
    for each row execute function billing_series_use_changed();
