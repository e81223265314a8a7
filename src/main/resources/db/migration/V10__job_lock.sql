-- One row per piece of work that must run on one instance at a time when several CoKit instances share the
-- database (a startup task, a scheduled job): the instance that runs it holds the row locked (select ... for update)
-- for its transaction, and the others wait, then find the work done. Rows are added by migrations, never at run time.
create table job_lock (
    name       varchar(60)  not null primary key,
    last_run   timestamp(6) with time zone,
    last_host  varchar(200)
);
insert into job_lock (name) values ('demo-data');
