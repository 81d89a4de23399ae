-- driftline migration 0001: the three tables every tool and dashboard relies on.
-- Statements are idempotent (IF NOT EXISTS) so a migration interrupted half-way can run again.

CREATE TABLE IF NOT EXISTS {db}.llm_events
(
    event_id          String,
    timestamp         DateTime64(3, 'UTC'),
    ingested_at       DateTime64(3, 'UTC'),
    app               LowCardinality(String),
    model             LowCardinality(String),
    prompt_template   LowCardinality(String),
    prompt_version    LowCardinality(String),
    session_id        String,
    user_id_hash      String,
    prompt            String CODEC(ZSTD(3)),
    response          String CODEC(ZSTD(3)),
    prompt_chars      UInt32,
    response_chars    UInt32,
    latency_ms        Nullable(Float64),
    prompt_tokens     Nullable(UInt32),
    completion_tokens Nullable(UInt32),
    cost_usd          Nullable(Float64),
    status            LowCardinality(String),
    error_type        LowCardinality(String),
    feedback          Nullable(Float64),
    metadata          Map(String, String),
    extra             Map(String, String),
    source_topic      LowCardinality(String),
    source_partition  UInt32,
    source_offset     UInt64,
    INDEX idx_event_id event_id TYPE bloom_filter(0.001) GRANULARITY 1
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(timestamp)
ORDER BY (app, model, prompt_version, timestamp, event_id);

CREATE TABLE IF NOT EXISTS {db}.drift_metrics
(
    tick_time      DateTime64(3, 'UTC'),
    app            LowCardinality(String),
    model          LowCardinality(String),
    prompt_version LowCardinality(String),
    signal         LowCardinality(String),
    detector       LowCardinality(String),
    statistic      Float64,
    threshold      Float64,
    status         LowCardinality(String),
    window_start   DateTime64(3, 'UTC'),
    window_end     DateTime64(3, 'UTC'),
    n_events       UInt64,
    n_reference    UInt64,
    written_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(written_at)
PARTITION BY toYYYYMM(tick_time)
ORDER BY (app, model, prompt_version, signal, detector, tick_time);

CREATE TABLE IF NOT EXISTS {db}.alerts
(
    alert_id       String,
    kind           LowCardinality(String),
    rule           LowCardinality(String),
    severity       LowCardinality(String),
    state          LowCardinality(String),
    app            LowCardinality(String),
    model          LowCardinality(String),
    prompt_version LowCardinality(String),
    event_id       String,
    timestamp      DateTime64(3, 'UTC'),
    value          Float64,
    threshold      Float64,
    message        String,
    actions        Array(LowCardinality(String)),
    created_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(created_at)
PARTITION BY toYYYYMM(timestamp)
ORDER BY (alert_id, state);
