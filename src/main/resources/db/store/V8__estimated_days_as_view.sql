-- Estimated days are no longer copied: daily usage is the snapshot-derived rows (table daily_usage_derived)
-- plus, for the days no snapshot covers, the event sums themselves, read through the view daily_usage. A
-- backfill then writes each day's sums once (event_daily) instead of twice.
ALTER TABLE daily_usage RENAME TO daily_usage_derived;
DELETE FROM daily_usage_derived WHERE origin = 'estimated';

-- A day is estimated (as DailyUsageDerivation decides) unless it lies after the client's first snapshot and
-- within a billing period up to that period's latest snapshot.
CREATE VIEW daily_usage AS
SELECT client_id, agent_id, usage_date, voice_seconds, text_messages, embedding_chunks, origin, counter_resets
FROM daily_usage_derived
UNION ALL
SELECT e.client_id, e.agent_id, e.usage_date,
  SUM(CASE WHEN e.metric = 'VOICE_SECONDS' THEN e.amount ELSE 0 END),
  SUM(CASE WHEN e.metric = 'TEXT_MESSAGES' THEN e.amount ELSE 0 END),
  SUM(CASE WHEN e.metric = 'EMBEDDING_CHUNKS' THEN e.amount ELSE 0 END),
  CAST('estimated' AS varchar(10)), CAST(NULL AS varchar(60))
FROM event_daily e
WHERE e.metric <> 'VOICE_SESSIONS'
  AND NOT EXISTS (SELECT 1 FROM
      (SELECT client_id, MIN(snapshot_date) AS first_snapshot FROM usage_snapshot GROUP BY client_id) f
      JOIN (SELECT client_id, period_start, MAX(snapshot_date) AS last_snapshot FROM usage_snapshot
        GROUP BY client_id, period_start) l ON l.client_id = f.client_id
    WHERE f.client_id = e.client_id AND e.usage_date > f.first_snapshot
      AND e.usage_date >= l.period_start AND e.usage_date <= l.last_snapshot)
GROUP BY e.client_id, e.agent_id, e.usage_date
HAVING SUM(e.amount) <> 0;
