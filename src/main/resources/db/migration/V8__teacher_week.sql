-- A question taken away from an assignment: students no longer see it; its posts stay for the teacher,
-- who can bring it back.
alter table discussion add column withdrawn boolean default false not null;
-- The score a teacher grades an assignment out of; null: a free-text score as before.
alter table assignment add column max_score integer;
-- A post the teacher hid after flags had hidden it: the teacher's decision replaces the flags' (one notice).
update post set flagged_hidden = false where status = 'HIDDEN';
-- First start of several instances on one database: they queue on this row instead of racing.
create table startup_lock (id integer primary key);
insert into startup_lock (id) values (1);
