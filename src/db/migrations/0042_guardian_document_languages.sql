-- Issue 20 (decision 178): the languages a document sent home went out in, one per language among the
-- guardians who got it (each guardian's guardian.language, else the kommune's målform). What the school
-- keeps and prints by default is in the målform; this says which version the family has. Every document
-- sent before this migration went out in bokmål.
alter table guardian_document add column languages text[] not null default '{nb}'
  check (cardinality(languages) > 0 and languages <@ array['nb', 'nn', 'en']::text[]);
