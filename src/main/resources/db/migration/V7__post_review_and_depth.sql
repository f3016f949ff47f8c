-- While a student's edit of an approved post waits for the teacher (pre-moderation), classmates
-- keep seeing the text the teacher approved: it is kept here until the edit is approved.
alter table post add column approved_body_html text;

-- When classmates could first see the post; null for one never published (pending, then hidden
-- or deleted), which then never shows them a placeholder. Posts written before this column are
-- taken as published unless still waiting, as the placeholders assumed until now.
alter table post add column published_at timestamp with time zone;
update post set published_at = created_at where status <> 'PENDING';

-- Only flags from students who joined before the post was written count towards hiding it;
-- the others are kept and shown to the teacher.
alter table post add column hiding_flag_count integer not null default 0;
update post set hiding_flag_count = flag_count;
alter table flag add column counts_toward_hiding boolean not null default true;

-- Replies are stored at most at the display depth (3); deeper ones say whom they answer.
update post set depth = 3 where depth > 3;
