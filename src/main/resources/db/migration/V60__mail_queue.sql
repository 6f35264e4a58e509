-- The outgoing-letter queue: a letter is queued in the transaction of the request that asked for it and sent
-- later by db-scheduler, so that neither a slow mail server nor the question "is there an account?" shows in a
-- request's timing. A row holds only what is needed to write the letter (its values may hold a link with a
-- token), and it is deleted once the letter is sent (or kept in the development outbox, which is in memory).
create table mail_queue (
    id              bigint generated always as identity primary key,
    -- whom the letter is about, so that her erasure deletes it; null for a letter that outlives her account
    member_id       uuid,
    kind            text                     not null,
    recipient       text                     not null,
    language        text                     not null,
    letter_values   text                     not null,
    queued_at       timestamp with time zone not null,
    attempts        int                      not null default 0,
    next_attempt_at timestamp with time zone not null,
    -- the server kept refusing it; its values are wiped, the row goes after a week
    failed_at       timestamp with time zone
);
create index mail_queue_due on mail_queue (next_attempt_at) where failed_at is null;
create index mail_queue_member on mail_queue (member_id) where member_id is not null;
