-- Full-text index of the current version of each article, rowid = articles.seq.
-- Columns hold search text prepared by shared/search (folded case and script, CJK runs as
-- overlapping bigrams), so unicode61 sees words and bigrams as tokens.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, subtitle, authors, source, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- bm25 weights: a hit in the headline counts most, then subtitle, people and outlet, then body.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 3.0, 3.0, 1.0)');
