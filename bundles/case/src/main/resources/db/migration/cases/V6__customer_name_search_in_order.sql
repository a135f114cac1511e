-- The search lists matches by name and stops at the page size; with the "C" collation the same
-- index serves both the prefix (LIKE 'virt%') and the order, so a common prefix among a million
-- people still reads only one page of the index.
DROP INDEX customer_name_prefix;
CREATE INDEX customer_name_search ON customer ((lower(last_name) COLLATE "C"), (lower(first_name) COLLATE "C"), id);
