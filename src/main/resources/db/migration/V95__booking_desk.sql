-- The practitioner's desk (booking range V90–V99): her private notes about a session, and the secret of her
-- calendar feed.

-- One note per session, written by the practitioner and read back by her alone. Sealed by the vault under the
-- client's id (field booking.session-note): it is about the client, so it goes into her export and with her account.
create table booking_session_note (
    booking_id      uuid        primary key references booking_booking (id) on delete cascade,
    practitioner_id uuid        not null references booking_practitioner (id),
    member_id       uuid        not null,
    note_sealed     bytea       not null,
    updated_at      timestamptz not null
);
create index booking_session_note_member on booking_session_note (member_id);

-- Her private calendar subscription: only a keyed hash of the secret in its address is kept (KeyedHashes,
-- purpose booking.calendar-feed), so a copy of the database does not open anyone's feed. No row: no feed.
create table booking_calendar_feed (
    practitioner_id uuid        primary key references booking_practitioner (id),
    secret_hash     text        not null unique,
    created_at      timestamptz not null
);
