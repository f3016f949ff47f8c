-- A discussion page reads one page of answers in order: with depth = 0 (an answer) as an
-- equality, both databases walk this index in page order and stop after one page, instead of
-- sorting every answer of the discussion (PostgreSQL did at 10,000 posts: 12 ms, now 0.3 ms).
create index post_page on post (discussion_id, depth, created_at, id);
