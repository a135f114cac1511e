-- A worklist or unit queue is read in the order (due, id), id breaking ties so that paging is
-- stable. The indexes held (owner, due) only, so PostgreSQL read every task of the first due
-- dates and sorted them by id to find a page's 100 rows (EXPLAIN (ANALYZE, BUFFERS) at a million
-- job seekers: the initial unit's queue read 313 tasks and their customers for 100, an incremental
-- sort, 1.4-1.9 ms). With id in the index the page is the index's first 100 entries (0.3-0.4 ms),
-- and the bounded counts stay index-only.
DROP INDEX task_worklist;
DROP INDEX task_unit_queue;
CREATE INDEX task_worklist ON task (owner_user, due, id) WHERE state = 'open';
CREATE INDEX task_unit_queue ON task (owner_unit, due, id) WHERE state = 'open' AND owner_user IS NULL;
