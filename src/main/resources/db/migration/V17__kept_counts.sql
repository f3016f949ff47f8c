-- Counts the class pages show, kept as posts change instead of counted on every request.
--
-- How many posts classmates may read cite each section of an article in a class, kept when posts are
-- written, edited, reviewed or removed (discussion/SectionCitations), so the article page reads the counts
-- instead of counting the class's posts on every request.
create table section_citation (
    classroom_id bigint  not null references classroom (id) on delete cascade,
    section_id   bigint  not null references article_section (id) on delete cascade,
    posts        integer not null default 0,
    primary key (classroom_id, section_id)
);
-- The posts already there, counted as the application counts them: published and not hidden by flags.
insert into section_citation (classroom_id, section_id, posts)
select d.classroom_id, p.section_id, count(*)
from post p join discussion d on d.id = p.discussion_id
where p.section_id is not null and p.status = 'PUBLISHED' and p.flagged_hidden = false
group by d.classroom_id, p.section_id;

-- Each student's progress in each discussion, kept when posts are written, edited, reviewed or removed
-- (discussion/ProgressTally), so the class home and the article page read it instead of counting the
-- student's posts on every request: their answers there by status, and how many others they replied to.
create table post_progress (
    discussion_id     bigint  not null references discussion (id) on delete cascade,
    account_id        bigint  not null references account (id) on delete cascade,
    published_answers integer not null default 0,  -- live answers, published (hidden by flags or not)
    pending_answers   integer not null default 0,  -- answers waiting for the teacher's approval
    replied_to        integer not null default 0,  -- others replied to: reply_tally rows with replies > 0
    primary key (discussion_id, account_id)
);
-- A student's live replies in a discussion to the posts of one other author.
create table reply_tally (
    discussion_id bigint  not null references discussion (id) on delete cascade,
    account_id    bigint  not null references account (id) on delete cascade,
    replied_to_id bigint  not null references account (id) on delete cascade,
    replies       integer not null default 0,
    primary key (discussion_id, account_id, replied_to_id)
);
-- The posts already there, counted as the application counts them.
insert into reply_tally (discussion_id, account_id, replied_to_id, replies)
select p.discussion_id, p.author_id, par.author_id, count(*)
from post p join post par on par.id = p.parent_id
where p.author_id is not null and par.author_id is not null and par.author_id <> p.author_id
  and p.status not in ('DELETED', 'REMOVED')
group by p.discussion_id, p.author_id, par.author_id;
insert into post_progress (discussion_id, account_id, published_answers, pending_answers, replied_to)
select k.discussion_id, k.account_id,
       (select count(*) from post a where a.discussion_id = k.discussion_id and a.author_id = k.account_id
          and a.parent_id is null and a.status = 'PUBLISHED'),
       (select count(*) from post a where a.discussion_id = k.discussion_id and a.author_id = k.account_id
          and a.parent_id is null and a.status = 'PENDING'),
       (select count(*) from reply_tally r where r.discussion_id = k.discussion_id and r.account_id = k.account_id)
from (select distinct discussion_id, author_id as account_id from post where author_id is not null) k;
