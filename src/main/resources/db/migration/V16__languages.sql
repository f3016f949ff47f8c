-- The interface's language a person chose (null: their browser's, then the school's default),
-- the language an article is written in, and a thought question's versions in other languages.
alter table account add column language varchar(16);

alter table article add column language varchar(16) default 'en' not null;

create table question_translation (
    question_id bigint        not null references question (id) on delete cascade,
    language    varchar(16)   not null,
    text        varchar(1000) not null,
    primary key (question_id, language)
);
