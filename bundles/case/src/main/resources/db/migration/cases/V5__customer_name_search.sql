-- Name search is a prefix search ("virt" finds Virtanen). With a non-C collation only a
-- pattern-ops index serves LIKE 'prefix%'.
CREATE INDEX customer_name_prefix ON customer (lower(last_name) varchar_pattern_ops, lower(first_name) varchar_pattern_ops);
DROP INDEX customer_name;
