-- What each article's current version shows of scraping (pinyin annotations, characters lost
-- to `?`, traditional script), in its text or its extraction flags: shared/story/mirror.ts
-- encodeTextTraits, written on every save. Judging a story's copies for mirrors reads these
-- (and source and site from list_item) instead of every copy's article JSON: each save of a
-- copy parsed and judged them all again, ≈0.1 ms CPU a copy, past the 10 ms budget at 50.
-- NULL for articles saved before: their text and flags are read, as they were.
ALTER TABLE articles ADD COLUMN text_traits INTEGER;
