-- A student's answers in a discussion, looked up by author, discussion and depth (0 for an answer):
-- whether they are past post first, on every discussion page and for every notice in the header.
-- Found by a missing parent instead, H2 read every answer in the school through the parent's index
-- (discussion/PostKind). This index replaces post_author (author_id, discussion_id), which it extends.
create index post_author_answers on post (author_id, discussion_id, depth);
drop index post_author;
