-- The dashboard's share of initial interviews held on time reads these without scanning all tasks
-- and interviews.
CREATE INDEX task_initial_interview_due ON task (due) WHERE step = 'initial-interview';
CREATE INDEX interview_task ON interview (task_id);
