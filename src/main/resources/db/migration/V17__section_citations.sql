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
