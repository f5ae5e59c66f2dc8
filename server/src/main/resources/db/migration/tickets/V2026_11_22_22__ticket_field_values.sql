-- Custom field values of tickets, one row per ticket and field, so that lists can filter on them through indexes.
-- ticket.custom_fields (JSON text) stays the value the ticket shows; the ticket aggregate keeps both in step.
-- text_value: text, dropdown and date values lower-cased (text filters ignore case), checkboxes as 'true'/'false';
-- texts longer than 255 characters get no row. number_value: numbers. date_value: dates (yyyy-MM-dd values).
create table ticket_field_value (
    ticket_id    bigint      not null references ticket (id) on delete cascade,
    field_key    varchar(64) not null,
    text_value   varchar(255),
    number_value double precision,
    date_value   date,
    primary key (ticket_id, field_key)
);
create index ticket_field_value_text_idx on ticket_field_value (field_key, text_value, ticket_id);
create index ticket_field_value_number_idx on ticket_field_value (field_key, number_value, ticket_id);
create index ticket_field_value_date_idx on ticket_field_value (field_key, date_value, ticket_id);

-- Backfill from the JSON text as Frontline writes it (compact, keys in double quotes, strings escaped with \).
-- regexp_substr(text, pattern, start, occurrence, flags, group) reads the same on H2 and PostgreSQL 15+.
insert into ticket_field_value (ticket_id, field_key, text_value, number_value, date_value)
select ticket_id,
       field_key,
       case when char_length(raw_text) <= 255 then raw_text end,
       cast(raw_number as double precision),
       cast(raw_date as date)
from (select t.id        as ticket_id,
             f.field_key as field_key,
             case
                 when f.type in ('TEXT', 'DROPDOWN') then lower(replace(replace(
                         regexp_substr(t.custom_fields, '"' || f.field_key || '":"((?:[^"\\]|\\.)*)"', 1, 1, 'c', 1),
                         '\"', '"'), '\\', '\'))
                 when f.type = 'CHECKBOX' then
                     regexp_substr(t.custom_fields, '"' || f.field_key || '":(true|false)', 1, 1, 'c', 1)
                 when f.type = 'DATE' then
                     regexp_substr(t.custom_fields, '"' || f.field_key || '":"([0-9]{4}-[0-9]{2}-[0-9]{2})"', 1, 1, 'c', 1)
             end as raw_text,
             case
                 when f.type = 'NUMBER' then
                     regexp_substr(t.custom_fields, '"' || f.field_key || '":(-?[0-9][0-9.eE+-]*)', 1, 1, 'c', 1)
             end as raw_number,
             case
                 when f.type = 'DATE' then
                     regexp_substr(t.custom_fields, '"' || f.field_key || '":"([0-9]{4}-[0-9]{2}-[0-9]{2})"', 1, 1, 'c', 1)
             end as raw_date
      from ticket t
      join ticket_field f on t.custom_fields like '%"' || f.field_key || '":%'
      where t.custom_fields is not null) extracted
where (raw_text is not null and char_length(raw_text) <= 255)
   or raw_number is not null
   or raw_date is not null;
