-- Members who sign in through the OpenID Connect provider: the provider's subject id ('sub' claim), null otherwise.
alter table member add column sso_subject varchar(255);
create unique index member_sso_subject_uq on member (sso_subject);
