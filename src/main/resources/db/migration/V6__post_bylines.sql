-- A post records under which name it was written, so that the name classmates see on it
-- follows what its author agreed to then, and never depends on an enrollment that a removal
-- deletes or on the account's own name (see discussion/Byline.java).
alter table post add column author_name varchar(80);        -- the author's name in the class when writing
alter table post add column author_pseudonym varchar(80);   -- the author's pseudonym in the class when writing
alter table post add column pseudonymous boolean not null default false;  -- written under the pseudonym

-- Posts written before: the names come from the author's enrollment where it still exists.
update post set
    author_name = (select e.display_name from enrollment e join discussion d on d.classroom_id = e.classroom_id
                   where d.id = post.discussion_id and e.account_id = post.author_id),
    author_pseudonym = (select e.pseudonym from enrollment e join discussion d on d.classroom_id = e.classroom_id
                        where d.id = post.discussion_id and e.account_id = post.author_id)
where author_id is not null;

-- Whether a post was written under a pseudonym was not recorded: a class that is anonymous now
-- counts as anonymous then (more private is always allowed). A student's post whose enrollment
-- is gone (removed, posts kept) counts as pseudonymous too: its pseudonym is lost, so classmates
-- see "A former classmate" rather than the account's own name.
update post set pseudonymous = true
where author_id in (select a.id from account a where a.kind = 'STUDENT')
  and (author_name is null
       or exists (select 1 from discussion d join classroom c on c.id = d.classroom_id
                  where d.id = post.discussion_id and c.anonymous = true));

-- The teacher still sees a real name: the account's, where no enrollment had one.
update post set author_name = (select a.display_name from account a where a.id = post.author_id)
where author_id is not null and author_name is null;
