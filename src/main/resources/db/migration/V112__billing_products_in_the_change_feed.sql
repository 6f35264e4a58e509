-- Each node keeps the products on sale, with their prices, in memory (Products.onSale: every signed-in page of a
-- session type's free times shows its series offers, and a course page her offers): any write of a product or a
-- price, by any node, is noted in the site's change feed under one key, so that every node reads them again.
create function billing_products_changed() returns trigger language plpgsql as
$$
begin
    perform site_note_change('products', 'on-sale');
    return null;
end
$$;

create trigger billing_product_changed after insert or update or delete on billing_product
    for each statement execute function billing_products_changed();

create trigger billing_price_changed after insert or update or delete on billing_price
    for each statement execute function billing_products_changed();
