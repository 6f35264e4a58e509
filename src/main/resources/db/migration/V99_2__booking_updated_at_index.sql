-- The pages of free times are kept in memory while nothing behind them changes. Each instance polls every second
-- for bookings written lately by another instance sharing the database (SlotEpoch); this index makes that a short
-- range scan of the last two minutes' rows instead of reading every booking.
create index booking_booking_updated_at on booking_booking (updated_at);
