-- The waitlist: members waiting for a time with a practitioner's session type when none was free. A freed time is
-- offered to one entry at a time, first in line first, by a letter with an unguessable link that works until
-- offer_expires_at; then the next in line is offered it. Whoever confirms first gets it: the booking's exclusion
-- constraint decides. An entry stays until she books through it or leaves.
create table booking_waitlist (
    id               uuid        primary key,
    member_id        uuid        not null,
    practitioner_id  uuid        not null references booking_practitioner (id),
    session_type_id  uuid        not null references booking_session_type (id),
    member_zone      text        not null,
    language         text        not null check (language in ('en', 'sv')),
    joined_at        timestamptz not null,
    unique (member_id, session_type_id)
);
create index booking_waitlist_line on booking_waitlist (session_type_id, joined_at);

-- one row per freed time offered to one entry; the token's hash only, so a database dump opens no offer
create table booking_waitlist_offer (
    id               uuid        primary key,
    entry_id         uuid        not null references booking_waitlist (id) on delete cascade,
    token_hash       bytea       not null unique,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    offered_at       timestamptz not null,
    expires_at       timestamptz not null,
    state            text        not null check (state in ('open', 'accepted', 'taken', 'expired')),
    unique (entry_id, starts_at)
);
create index booking_waitlist_offer_open on booking_waitlist_offer (expires_at) where state = 'open';
