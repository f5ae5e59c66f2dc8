-- Foreign keys whose referencing side had no index: merging or deleting a referenced row would scan the table.
create index customer_merged_into_idx on customer (merged_into_id);
create index organization_account_manager_idx on organization (account_manager_id);
