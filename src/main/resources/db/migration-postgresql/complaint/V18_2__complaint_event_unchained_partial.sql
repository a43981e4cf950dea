-- Only entries recorded before the hash chain existed lack a chain hash, and only the start-up
-- backfill looks for them. Indexing every entry's chain hash (random 64-character text) made each
-- new entry a write at a random place in an index as large as the table's text: at a million
-- complaints it was the largest cost of recording events in bulk. A partial index holds only the
-- entries still to be chained, and so is empty once the backfill is done.
-- H2, the embedded database, has no partial indexes and keeps the full index of V15_1.
drop index complaint_event_unchained;
create index complaint_event_unchained on complaint_event (reference) where chain_hash is null;
