-- Tamper evidence for the record (5.12): each entry of complaint_event carries the SHA-256 of its
-- content and a chain hash over the previous entry's chain hash, its sequence and that content
-- hash, so that an altered, reordered or removed entry shows (ADR 0011). Entries recorded before
-- the chain existed are hashed at start-up (SHA-256 is not portable SQL), hence nullable here.
-- redacted_at is set when the retention policy replaced an entry's personal text: its content hash
-- is then the one recorded before, kept so the chain still verifies.
alter table complaint_event add column content_hash varchar(64);
alter table complaint_event add column previous_hash varchar(64);
alter table complaint_event add column chain_hash varchar(64);
alter table complaint_event add column redacted_at timestamp with time zone;

create index complaint_event_unchained on complaint_event (chain_hash, reference);
