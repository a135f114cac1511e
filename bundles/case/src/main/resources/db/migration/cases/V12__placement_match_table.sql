-- Matching reads one narrow row per wanted occupation group and place of each job seeker whose job
-- search is in force, kept in the order of its key inside the primary key's index (INCLUDE), so
-- that the candidates of a vacancy are read from contiguous index pages without touching the
-- profiles: the unit groups of the minor group as bits of the fourth digit, the place named or
-- not, the languages, the driving licence, the skills as a 64-bit signature, the first day.
-- Rows come and go with the profile and with the job search (JobSearchProfiles.reindex).
-- The profile's GIN-indexed match_keys are replaced by it.
DROP INDEX job_search_profile_match;
ALTER TABLE job_search_profile DROP COLUMN match_keys;

CREATE TABLE job_search_match (
    match_key        varchar(12)   NOT NULL,   -- '933:285', '933:*' for anywhere
    customer_id      uuid          NOT NULL REFERENCES job_search_profile(customer_id),
    unit_bits        smallint      NOT NULL,   -- bit d for unit group <minor group>d
    place_named      boolean       NOT NULL,
    languages        varchar(2)[]  NOT NULL,
    driving_licence  boolean       NOT NULL,
    skill_bits       bigint        NOT NULL,   -- bit hashtext(skill) & 63 of each skill
    available_from   date,
    PRIMARY KEY (match_key, customer_id) INCLUDE (unit_bits, place_named, languages, driving_licence, skill_bits, available_from)
);
CREATE INDEX job_search_match_customer ON job_search_match (customer_id);

INSERT INTO job_search_match (match_key, customer_id, unit_bits, place_named, languages, driving_licence, skill_bits, available_from)
SELECT g.minor || ':' || pl.place, p.customer_id, g.unit_bits, pl.place <> '*', p.languages, p.driving_licence,
       coalesce((SELECT bit_or(1::bigint << (hashtext(s) & 63)) FROM unnest(p.skills) s), 0), p.available_from
FROM job_search_profile p
CROSS JOIN LATERAL (SELECT left(o, 3) AS minor, bit_or(1 << substr(o, 4, 1)::int)::smallint AS unit_bits FROM unnest(p.occupations) o GROUP BY 1) g
CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.municipalities) = 0 THEN ARRAY['*']::varchar[] ELSE p.municipalities END) AS pl(place)
WHERE EXISTS (SELECT 1 FROM job_search_period j WHERE j.customer_id = p.customer_id AND j.end_date IS NULL);
