-- The partner's own link to a comparison expires: it works until 90 days after the later of her finishing and the
-- last reveal by either of them (PartnerLinks.VIEW_LIFETIME). Null while she has not finished. Comparisons made
-- before this column existed count from the moment she finished.
alter table quiz_partner_link add column partner_view_until timestamptz;

update quiz_partner_link set partner_view_until = invite_used_at + interval '90 days'
where invite_used_at is not null;
