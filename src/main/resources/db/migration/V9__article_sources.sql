-- Where an imported article came from (kept and linked on the article page), and the article as published in
-- the article Markdown format: for "Download as Markdown", for editing it later, and as the one place its
-- "Who's who and key terms" list is kept (read from it when the article is loaded).
alter table article add column source_url varchar(2000);
alter table article add column markdown text;
-- Who imported it (they may edit it), and how many times it was edited: every instance reloads a newer revision.
alter table article add column imported_by bigint references account (id) on delete set null;
alter table article add column revision integer default 1 not null;
