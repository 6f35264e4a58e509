-- The admin's list of payments (billing range V100–V109): newest first, optionally of one state, a page at a time
-- from the last row of the page before (keyset paging). Each index makes a page a short backward range scan that
-- reads the page's rows and no others, however many purchases (one per paid session) there are.
create index billing_purchase_listed on billing_purchase (created_at, id);
create index billing_purchase_listed_by_state on billing_purchase (state, created_at, id);
