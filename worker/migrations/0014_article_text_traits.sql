-- What each article's current text shows of scraping (pinyin annotations, characters lost to
-- `?`, traditional script): shared/story/mirror.ts encodeTextTraits, written on every save.
-- Judging a story's copies for mirrors reads these instead of every copy's text (each save of
-- a copy judged them all again: ≈0.1 ms CPU a copy, past the 10 ms budget at 50 copies).
-- NULL for articles saved before: their text is read, as it was.
ALTER TABLE articles ADD COLUMN text_traits INTEGER;
