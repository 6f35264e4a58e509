-- A series of sessions bought as one purchase (billing range V100–V109). A row is made when the provider reports the
-- payment, keyed by the purchase's opaque reference, so a payment reported twice or out of order grants once. Each
-- session booked with one of its credits is a row in billing_series_use, by the booking module's id (a plain value:
-- billing never reads the booking's tables); cancelling outside the window deletes that row, so the credit is hers
-- again. A refund of the whole purchase ends the series: its unused credits go, the used ones stay as history.
create table billing_series (
    purchase_ref text        primary key check (purchase_ref ~ '^[A-Za-z0-9_-]{16,64}$'),
    member_id    uuid        not null,
    practitioner text        not null check (practitioner ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    session_type text        not null check (session_type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    sessions     integer     not null check (sessions between 2 and 52),
    granted_at   timestamptz not null,
    revoked_at   timestamptz
);

-- her credits for one practitioner's session type: one probe when she books
create index billing_series_member on billing_series (member_id, practitioner, session_type) where revoked_at is null;

create table billing_series_use (
    booking_id   uuid        primary key,
    purchase_ref text        not null references billing_series (purchase_ref) on delete cascade,
    used_at      timestamptz not null
);

create index billing_series_use_series on billing_series_use (purchase_ref);
