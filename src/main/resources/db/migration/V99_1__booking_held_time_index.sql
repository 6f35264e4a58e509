-- A practitioner's slot page asks for the held times (blocked_from..blocked_until) that overlap the coming weeks. The
-- exclusion constraint's GiST index is on a range expression the query does not use, and (practitioner_id,
-- starts_at) cannot bound blocked_until, so with two years of bookings every one of hers was read (~1,800 rows,
-- 13 ms). Live bookings ordered by the end of their held time make it a short range scan of the few in the window.
create index booking_booking_held on booking_booking (practitioner_id, blocked_until) include (blocked_from)
    where status <> 'cancelled';
