-- Foreign keys whose referencing side had no index: deleting or merging a referenced row would scan the table.
create index ticket_merged_into_idx on ticket (merged_into_id);
create index ticket_follow_up_of_idx on ticket (follow_up_of_id);
create index ticket_follower_agent_idx on ticket_follower (agent_id);
create index message_attachment_attachment_idx on message_attachment (attachment_id);
