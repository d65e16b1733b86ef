-- Issue 20 (decision 176): the municipality's written standard and each person's language.
-- kommune.malform: the administrative written standard (språklova), bokmål or nynorsk; the default
-- language of its staff and the form of the documents kept in the pupil's file.
alter table kommune add column malform text not null default 'nb' check (malform in ('nb', 'nn'));
-- app_user.language: the interface language the user chose; null follows the kommune's målform.
alter table app_user add column language text check (language in ('nb', 'nn', 'en'));
-- guardian.language: the language the family reads letters, forms and its own pages in; null is the
-- kommune's målform.
alter table guardian add column language text check (language in ('nb', 'nn', 'en'));
