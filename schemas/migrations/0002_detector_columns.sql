-- driftline migration 0002: what the detectors store for every event.
-- Texts in prompt/response are redacted before storage unless store_raw_text is set; `redaction` says how.

ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS toxicity_prompt Float32 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS toxicity_response Float32 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS is_toxic UInt8 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS pii_prompt_types Array(LowCardinality(String));
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS pii_response_types Array(LowCardinality(String));
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS pii_prompt_count UInt16 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS pii_response_count UInt16 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS is_refusal UInt8 DEFAULT 0;
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS redaction LowCardinality(String) DEFAULT 'none';
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS embedding_model LowCardinality(String) DEFAULT '';
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS prompt_embedding Array(Int8);
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS response_embedding Array(Int8);
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS quality_model LowCardinality(String) DEFAULT '';
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS prompt_embedding_quality Array(Int8);
ALTER TABLE {db}.llm_events ADD COLUMN IF NOT EXISTS response_embedding_quality Array(Int8);
