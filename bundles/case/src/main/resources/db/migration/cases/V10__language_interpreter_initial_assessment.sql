-- The customer's actual language (ISO 639 code: 'ar', 'uk', 'so' ...) beside the service language
-- (fi, sv or other), and whether an interpreter is needed: the integration specialists and every
-- appointment need both, and "other" alone said neither.
ALTER TABLE customer ADD COLUMN mother_tongue varchar(3);
ALTER TABLE customer ADD COLUMN interpreter_needed boolean NOT NULL DEFAULT false;
ALTER TABLE customer ADD CONSTRAINT customer_mother_tongue CHECK (mother_tongue ~ '^[a-z]{2,3}$');
UPDATE customer SET mother_tongue = language WHERE language IN ('fi', 'sv');

-- An integration customer's initial interview is the initial assessment's (task 'initial-assessment'):
-- the on-time figures count both.
DROP INDEX IF EXISTS task_initial_interview_due;
CREATE INDEX task_initial_interview_due ON task (due) WHERE step IN ('initial-interview', 'initial-assessment');
