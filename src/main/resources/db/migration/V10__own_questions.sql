-- A teacher's own question: asked in one class's assignment of an article, beside the
-- article's own questions (assignment_id null), which every class shares. The class's
-- discussion of it is opened like any other. Positions count from 1 within the article's
-- questions and within each assignment's own questions (from 1001). The constraint is the
-- portable one: "nulls not distinct" is not in every PostgreSQL a school runs, so the article's
-- own positions (assignment_id null) are kept apart by the code that numbers them.
alter table question add column assignment_id bigint references assignment (id);
alter table question drop constraint question_position;
alter table question add constraint question_position unique (article_id, assignment_id, position);
create index question_assignment on question (assignment_id);
