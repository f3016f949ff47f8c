-- Failed attempts at guessing (passwords, return codes, join codes), counted in the
-- database so that the limits hold across instances. One row per bucket and window.
create table throttle (
    bucket       varchar(200) not null primary key,
    window_start timestamp with time zone not null,
    attempts     integer not null
);
