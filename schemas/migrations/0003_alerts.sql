-- driftline migration 0003: what the alerting stage records beside each alert row.
-- One row per (alert_id, state); a later row with the same key (a newer created_at) carries the
-- Slack delivery outcome and replaces the earlier one (ReplacingMergeTree(created_at)).

ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS started_at DateTime64(3, 'UTC') DEFAULT timestamp;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS detector LowCardinality(String) DEFAULT '';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS condition LowCardinality(String) DEFAULT 'verdict';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS window_start DateTime64(3, 'UTC') DEFAULT timestamp;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS window_end DateTime64(3, 'UTC') DEFAULT timestamp;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS n_events UInt64 DEFAULT 0;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS flapping UInt8 DEFAULT 0;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS suppressed UInt32 DEFAULT 0;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS dashboard_url String DEFAULT '';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS notification_id String DEFAULT '';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS delivery_status LowCardinality(String) DEFAULT '';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS delivery_error String DEFAULT '';
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS delivery_attempts UInt16 DEFAULT 0;
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS notified_at Nullable(DateTime64(3, 'UTC'));
ALTER TABLE {db}.alerts ADD COLUMN IF NOT EXISTS payload String DEFAULT '' CODEC(ZSTD(3));
