-- Search joins every full-text match to the user's articles to check the owner and the filters
-- (site, lang, saved time). Through the table that read one ~1.5 KB row per match (the rows
-- carry list_item), cold for common words; with these columns in the index the join is
-- answered by the index alone (a few MB for 50,000 articles). Listing newest first uses the
-- same index as before (user_id, seq DESC leads), so it replaces the narrower one.
DROP INDEX articles_by_user;
CREATE INDEX articles_by_user ON articles(user_id, seq DESC, site, lang, saved_at);

-- The hourly cron prunes idempotency answers by age (worker/maintenance/prune-expired.ts).
CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
