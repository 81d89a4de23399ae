-- driftline migration 0004: per-minute rollups of llm_events, so dashboards and the report stay
-- fast on large tables. Panels read these tables, never llm_events itself.
--
-- * llm_events_1m   one row per minute x (app, model, prompt_version): counts, sums, latency
--                   quantile states (t-digest). Read with GROUP BY and sum()/quantilesTDigestMerge.
-- * llm_toxicity_1m toxicity score histogram (20 buckets of 0.05) per minute x segment x field.
-- * llm_pii_1m      events with at least one entity of a type, per minute x segment x field x type.
--
-- Buckets are by event time (timestamp), so late events land in their own minute.
--
-- Materialized views see only rows INSERTED AFTER they exist. Rows already in llm_events when
-- this migration runs are copied once by the guarded INSERT ... SELECT statements below (from
-- llm_events FINAL, and only while the rollup is still empty, so re-running this file never
-- counts twice). Workers apply migrations before they consume, so the copy is exact; if another
-- process writes while the migration runs, rebuild the rollups as docs/dashboards.md shows.
--
-- Duplicates: llm_events is a ReplacingMergeTree, and the sink drops rows whose event_id is
-- already stored before inserting, so each event reaches these views once. A duplicate that
-- slips past the sink (two writers racing on the same event) is collapsed in llm_events on merge
-- but stays counted here; exact counts come from llm_events FINAL.

CREATE TABLE IF NOT EXISTS {db}.llm_events_1m
(
    minute            DateTime('UTC'),
    app               LowCardinality(String),
    model             LowCardinality(String),
    prompt_version    LowCardinality(String),
    events            SimpleAggregateFunction(sum, UInt64),
    errors            SimpleAggregateFunction(sum, UInt64),
    toxic             SimpleAggregateFunction(sum, UInt64),
    pii_events        SimpleAggregateFunction(sum, UInt64),
    refusals          SimpleAggregateFunction(sum, UInt64),
    latency_n         SimpleAggregateFunction(sum, UInt64),
    latency_sum_ms    SimpleAggregateFunction(sum, Float64),
    latency_q         AggregateFunction(quantilesTDigest(0.5, 0.95, 0.99), Nullable(Float64)),
    prompt_tokens     SimpleAggregateFunction(sum, UInt64),
    completion_tokens SimpleAggregateFunction(sum, UInt64),
    cost_usd          SimpleAggregateFunction(sum, Float64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(minute)
ORDER BY (minute, app, model, prompt_version);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.llm_events_1m_mv TO {db}.llm_events_1m AS
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    count() AS events,
    countIf(status = 'error') AS errors,
    countIf(is_toxic = 1) AS toxic,
    countIf(pii_prompt_count + pii_response_count > 0) AS pii_events,
    countIf(is_refusal = 1) AS refusals,
    count(latency_ms) AS latency_n,
    sum(ifNull(latency_ms, 0)) AS latency_sum_ms,
    quantilesTDigestState(0.5, 0.95, 0.99)(latency_ms) AS latency_q,
    sum(toUInt64(ifNull(prompt_tokens, 0))) AS prompt_tokens,
    sum(toUInt64(ifNull(completion_tokens, 0))) AS completion_tokens,
    sum(ifNull(cost_usd, 0)) AS cost_usd
FROM {db}.llm_events
GROUP BY minute, app, model, prompt_version;

INSERT INTO {db}.llm_events_1m
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    count() AS events,
    countIf(status = 'error') AS errors,
    countIf(is_toxic = 1) AS toxic,
    countIf(pii_prompt_count + pii_response_count > 0) AS pii_events,
    countIf(is_refusal = 1) AS refusals,
    count(latency_ms) AS latency_n,
    sum(ifNull(latency_ms, 0)) AS latency_sum_ms,
    quantilesTDigestState(0.5, 0.95, 0.99)(latency_ms) AS latency_q,
    sum(toUInt64(ifNull(prompt_tokens, 0))) AS prompt_tokens,
    sum(toUInt64(ifNull(completion_tokens, 0))) AS completion_tokens,
    sum(ifNull(cost_usd, 0)) AS cost_usd
FROM {db}.llm_events FINAL
WHERE (SELECT count() FROM {db}.llm_events_1m) = 0
GROUP BY minute, app, model, prompt_version;

CREATE TABLE IF NOT EXISTS {db}.llm_toxicity_1m
(
    minute         DateTime('UTC'),
    app            LowCardinality(String),
    model          LowCardinality(String),
    prompt_version LowCardinality(String),
    field          LowCardinality(String),
    bucket         UInt8,
    events         SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(minute)
ORDER BY (minute, app, model, prompt_version, field, bucket);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.llm_toxicity_1m_mv TO {db}.llm_toxicity_1m AS
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    score.1 AS field,
    if(isFinite(score.2), least(toUInt8(floor(greatest(score.2, 0) * 20)), 19), 0) AS bucket,
    count() AS events
FROM {db}.llm_events
ARRAY JOIN [('prompt', toxicity_prompt), ('response', toxicity_response)] AS score
GROUP BY minute, app, model, prompt_version, field, bucket;

INSERT INTO {db}.llm_toxicity_1m
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    score.1 AS field,
    if(isFinite(score.2), least(toUInt8(floor(greatest(score.2, 0) * 20)), 19), 0) AS bucket,
    count() AS events
FROM {db}.llm_events FINAL
ARRAY JOIN [('prompt', toxicity_prompt), ('response', toxicity_response)] AS score
WHERE (SELECT count() FROM {db}.llm_toxicity_1m) = 0
GROUP BY minute, app, model, prompt_version, field, bucket;

CREATE TABLE IF NOT EXISTS {db}.llm_pii_1m
(
    minute         DateTime('UTC'),
    app            LowCardinality(String),
    model          LowCardinality(String),
    prompt_version LowCardinality(String),
    field          LowCardinality(String),
    entity_type    LowCardinality(String),
    events         SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(minute)
ORDER BY (minute, app, model, prompt_version, field, entity_type);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.llm_pii_1m_mv TO {db}.llm_pii_1m AS
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    found.1 AS field,
    found.2 AS entity_type,
    count() AS events
FROM {db}.llm_events
ARRAY JOIN arrayConcat(
    arrayMap(t -> ('prompt', toString(t)), arrayDistinct(pii_prompt_types)),
    arrayMap(t -> ('response', toString(t)), arrayDistinct(pii_response_types))
) AS found
GROUP BY minute, app, model, prompt_version, field, entity_type;

INSERT INTO {db}.llm_pii_1m
SELECT
    toStartOfMinute(toDateTime(timestamp, 'UTC')) AS minute,
    app,
    model,
    prompt_version,
    found.1 AS field,
    found.2 AS entity_type,
    count() AS events
FROM {db}.llm_events FINAL
ARRAY JOIN arrayConcat(
    arrayMap(t -> ('prompt', toString(t)), arrayDistinct(pii_prompt_types)),
    arrayMap(t -> ('response', toString(t)), arrayDistinct(pii_response_types))
) AS found
WHERE (SELECT count() FROM {db}.llm_pii_1m) = 0
GROUP BY minute, app, model, prompt_version, field, entity_type;
