-- When a teacher first gave a student feedback on an assignment; updated_at keeps the last change.
-- Feedback now shares the columns every row an account leaves behind has (id, account, created_at).
alter table feedback add column created_at timestamp with time zone;
update feedback set created_at = updated_at;
alter table feedback alter column created_at set not null;
