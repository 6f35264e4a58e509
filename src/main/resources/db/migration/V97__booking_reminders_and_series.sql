-- Reminders: one row for each reminder that went out, keyed by the booking, how long before it and the start it
-- was for. db-scheduler runs each planned reminder on one node; this key makes a second run (a node that died after
-- sending, a restart) send nothing, and a reminder planned for a start the session has since left is told apart.
create table booking_reminder_sent (
    booking_id   uuid        not null references booking_booking (id) on delete cascade,
    lead_minutes integer     not null check (lead_minutes > 0),
    starts_at    timestamptz not null,
    sent_at      timestamptz not null,
    primary key (booking_id, lead_minutes, starts_at)
);

-- Weekly series: a session type offered as a series of this many weekly sessions at the same local time. A type
-- without a row here is booked one session at a time. The occurrences are ordinary bookings sharing a series_id.
create table booking_series_offer (
    session_type_id uuid    primary key references booking_session_type (id),
    weeks           integer not null check (weeks between 2 and 26)
);
create index booking_booking_series on booking_booking (series_id) where series_id is not null;
