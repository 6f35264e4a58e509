-- Access grants: what a member may open (one course, or every course) and for how long. Billing range: V100–V109.
-- An admin gives one by hand today; in Step 9 a purchase makes the same row with source 'purchase' and the
-- provider's reference, which is unique so that a webhook delivered twice grants once.
create table billing_grant (
    id           uuid        primary key,
    member_id    uuid        not null,
    -- the course's slug; null means every course
    course_slug  text        check (course_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    starts_at    timestamptz not null,
    ends_at      timestamptz,
    source       text        not null check (source in ('admin', 'purchase')),
    purchase_ref text,
    -- the admin who gave it; null for a purchase, or once that admin's account is erased
    granted_by   uuid,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    -- null while it holds, or once the revoking admin's account is erased
    revoked_by   uuid,
    check (ends_at is null or ends_at > starts_at),
    check (source <> 'purchase' or purchase_ref is not null),
    check (source <> 'admin' or purchase_ref is null)
);

-- holds(member, course): one probe on the member's unrevoked grants
create index billing_grant_held on billing_grant (member_id, course_slug) where revoked_at is null;
create unique index billing_grant_purchase on billing_grant (purchase_ref) where purchase_ref is not null;
-- erasing an admin clears her name from the grants she gave or revoked
create index billing_grant_granted_by on billing_grant (granted_by) where granted_by is not null;
create index billing_grant_revoked_by on billing_grant (revoked_by) where revoked_by is not null;
