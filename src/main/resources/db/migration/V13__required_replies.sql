-- An assignment may ask each student to reply to at least this many classmates (null: no
-- requirement), by a reply due date of its own after the answers' due date.
alter table assignment add column required_replies integer;
alter table assignment add column replies_due_at timestamp with time zone;
