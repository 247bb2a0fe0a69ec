-- Schema 20: the units of stock each order line holds (products.reserved is their sum plus
-- nothing else). Cancelling or changing an order releases what its lines hold, never more:
-- imported orders and lines the stock could not cover hold nothing, so releasing them must
-- not free units that other orders hold.
ALTER TABLE order_lines ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0);

-- Existing open orders: share each product's reserved units out over its open lines, orders
-- placed through the coordinator (which reserved their lines in full) first, then the oldest.
-- Imported orders come last and usually get nothing, as they reserved nothing.
WITH open_lines AS (
    SELECT l.id AS line_id, l.quantity AS quantity, p.reserved AS pool,
           SUM(l.quantity) OVER (
               PARTITION BY l.product_id
               ORDER BY NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.action = 'placed'),
                        o.id, l.line_no
               ROWS UNBOUNDED PRECEDING) AS up_to
    FROM order_lines l
    JOIN orders o ON o.id = l.order_id
    JOIN products p ON p.id = l.product_id
    WHERE o.status IN ('draft', 'placed', 'picked')
)
UPDATE order_lines
SET reserved = (SELECT MAX(0, MIN(quantity, pool - (up_to - quantity))) FROM open_lines WHERE line_id = order_lines.id)
WHERE id IN (SELECT line_id FROM open_lines);
