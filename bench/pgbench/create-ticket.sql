-- The statements Frontline issues for one POST /api/v1/tickets with a returning requester (measured with
-- logging.level.org.hibernate.SQL=debug): requester look-up, the ticket, its tag, three history rows, the first
-- message, in one transaction. Run against a scratch database loaded with the generator (see docs/performance.md):
-- this is the database's floor for ticket creation on the machine, without the JVM.
\set requester random(1, :customers)
BEGIN;
SELECT c.id, c.name, c.organization_id, c.language,
       (SELECT p.identity_value FROM customer_identity p WHERE p.customer_id = c.id AND p.kind = 'EMAIL'
         ORDER BY p.id LIMIT 1)
  FROM customer c WHERE c.id = :requester;
INSERT INTO ticket (id, subject, requester_id, channel, status, priority, message_count, created_at, updated_at,
                    last_customer_message_at, version)
     VALUES (nextval('ticket_seq'), 'Router keeps dropping the connection', :requester, 'EMAIL', 'NEW', 'NORMAL', 1,
             now(), now(), now(), 0);
INSERT INTO ticket_tag (ticket_id, tag) VALUES (currval('ticket_seq'), 'bench');
INSERT INTO ticket_event (id, ticket_id, at, actor_type, actor_id, actor_name, kind, field, from_value, to_value)
     VALUES (nextval('ticket_event_seq'), currval('ticket_seq'), now(), 'AGENT', 1, 'Bench', 'created', 'status', NULL, 'new');
INSERT INTO ticket_event (id, ticket_id, at, actor_type, actor_id, actor_name, kind, field, from_value, to_value)
     VALUES (nextval('ticket_event_seq'), currval('ticket_seq'), now(), 'AGENT', 1, 'Bench', 'field_changed', 'tags', NULL, 'bench');
INSERT INTO message (id, ticket_id, visibility, author_type, author_id, author_name, channel, body_text, created_at)
     VALUES (nextval('message_seq'), currval('ticket_seq'), 'PUBLIC', 'CUSTOMER', :requester, 'Bench Customer', 'EMAIL',
             'Hello, since this morning the internet drops every few minutes. I already restarted the router twice.',
             now());
INSERT INTO ticket_event (id, ticket_id, at, actor_type, actor_id, actor_name, kind, field, from_value, to_value)
     VALUES (nextval('ticket_event_seq'), currval('ticket_seq'), now(), 'CUSTOMER', :requester, 'Bench Customer',
             'message_added', 'reply', NULL, currval('message_seq')::text);
COMMIT;
