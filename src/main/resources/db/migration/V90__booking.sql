-- Sessions (booking range V90–V99): practitioners, what they offer, when they work, and the bookings.
-- Practitioners start from content/practitioners/ (by content hash) and are then edited in the web UI, so every
-- setting is a column or a row here, never only in a file.
create extension if not exists btree_gist;

create table booking_practitioner (
    id                     uuid        primary key,
    slug                   text        not null unique,
    kind                   text        not null check (kind in ('trauma-informed-therapy', 'embodiment-teaching', 'mindset-coaching')),
    name                   text        not null,
    -- demo practitioners from content/ are marked so that no page passes them off as real people
    fictional              boolean     not null default false,
    bio_en                 text        not null,
    bio_sv                 text        not null,
    approach_en            text        not null,
    approach_sv            text        not null,
    credentials_en         text        not null,
    credentials_sv         text        not null,
    languages              text[]      not null,
    time_zone              text        not null,
    -- a file name under static/booking/portraits/, self-hosted; null shows a neutral placeholder
    portrait               text,
    buffer_before_minutes  integer     not null check (buffer_before_minutes between 0 and 240),
    buffer_after_minutes   integer     not null check (buffer_after_minutes between 0 and 240),
    minimum_notice_minutes integer     not null check (minimum_notice_minutes between 0 and 43200),
    horizon_days           integer     not null check (horizon_days between 1 and 366),
    slot_step_minutes      integer     not null check (slot_step_minutes between 5 and 240),
    -- the staff account (Role.PRACTITIONER) that is this practitioner; null for the fictional demo ones
    account_id             uuid        unique,
    active                 boolean     not null default true,
    updated_at             timestamptz not null
);

create table booking_session_type (
    id                        uuid    primary key,
    practitioner_id           uuid    not null references booking_practitioner (id),
    slug                      text    not null,
    name_en                   text    not null,
    name_sv                   text    not null,
    minutes                   integer not null check (minutes between 10 and 480),
    -- both null: the price is arranged with us
    price_minor               bigint  check (price_minor >= 0),
    currency                  text    check (currency ~ '^[A-Z]{3}$'),
    cancellation_window_hours integer not null check (cancellation_window_hours between 0 and 720),
    position                  integer not null,
    -- a type no longer offered stays for the bookings that name it
    active                    boolean not null default true,
    unique (practitioner_id, slug),
    check ((price_minor is null) = (currency is null))
);

-- her working hours per ISO weekday (1 = Monday), as local times in her own zone
create table booking_weekly_hours (
    practitioner_id uuid     not null references booking_practitioner (id),
    weekday         smallint not null check (weekday between 1 and 7),
    starts          time     not null,
    ends            time     not null,
    primary key (practitioner_id, weekday, starts),
    check (starts < ends)
);

-- a date with any row here uses these rows instead of its weekday's hours: a row without times is a day off,
-- rows with times are that day's hours (extra hours on a free day, or different ones)
create table booking_date_override (
    id              bigint generated always as identity primary key,
    practitioner_id uuid not null references booking_practitioner (id),
    day             date not null,
    starts          time,
    ends            time,
    check ((starts is null) = (ends is null)),
    check (starts is null or starts < ends)
);
create index booking_date_override_day on booking_date_override (practitioner_id, day);

create table booking_booking (
    id                uuid        primary key,
    practitioner_id   uuid        not null references booking_practitioner (id),
    session_type_id   uuid        not null references booking_session_type (id),
    member_id         uuid        not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    -- the time the practitioner is held: the session with her buffers around it, as they were when booked
    blocked_from      timestamptz not null,
    blocked_until     timestamptz not null,
    status            text        not null check (status in ('confirmed', 'cancelled', 'no-show')),
    -- the calendar invitation's UID and SEQUENCE: one UID for the booking's life, SEQUENCE up on every change
    ical_uid          text        not null unique,
    ical_sequence     integer     not null default 0,
    -- the unguessable part of the private video-room address; survives a reschedule
    video_token       text        not null unique,
    -- the hidden form field of the confirm form: a form submitted twice books once
    idempotency_key   text        not null,
    member_zone       text        not null,
    language          text        not null check (language in ('en', 'sv')),
    -- her optional note to the practitioner, sealed by the vault for her (field booking.note)
    note_sealed       bytea,
    cancelled_at      timestamptz,
    cancelled_by      text        check (cancelled_by in ('member', 'practitioner')),
    -- the reason given when cancelling, sealed for the member (field booking.cancel-reason)
    cancel_reason     bytea,
    -- a weekly series books several rows under one id (later); null for a single session
    series_id         uuid,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (member_id, idempotency_key),
    check (starts_at < ends_at and blocked_from <= starts_at and ends_at <= blocked_until),
    check ((status = 'cancelled') = (cancelled_at is not null)),
    -- the database, not only the application, refuses two bookings that hold one practitioner at once
    constraint booking_no_overlap exclude using gist (
        practitioner_id with =,
        tstzrange(blocked_from, blocked_until, '[)') with &&
    ) where (status <> 'cancelled')
);
create index booking_booking_member on booking_booking (member_id, starts_at);
create index booking_booking_practitioner on booking_booking (practitioner_id, starts_at);
