-- What she chose to share with her practitioner for one session (booking range V90–V99): a saved quiz result or a
-- lesson reflection, named here by kind and id only. The item itself stays sealed in its own module and is opened
-- there for each look, which is written to her access log. Nothing is shared unless she ticks it; she may change the
-- choice until the session starts. Gone with the booking, and so with her account.
create table booking_shared_item (
    booking_id uuid        not null references booking_booking (id) on delete cascade,
    kind       text        not null check (kind in ('quiz-result', 'reflection')),
    -- a quiz result's id, or a reflection's course/lesson
    item_id    text        not null check (length(item_id) <= 300),
    shared_at  timestamptz not null,
    primary key (booking_id, kind, item_id)
);
