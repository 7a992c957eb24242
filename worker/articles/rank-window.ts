/**
 * A search ranked by relevance ranks at most this many matches: the user's newest (most recently
 * clipped) ones. bm25 costs about 1–2 µs of D1 time a match, and an everyday English word matches
 * ≈22,000 of 50,000 articles (bench:api): ranking them all cost tens of ms a search, growing with
 * the library. With a window the cost stays bounded whatever the library's size, and 2,000 is
 * twice the deepest a ranking pages (MAX_RANKED_RESULTS in list-articles.ts), so relevance still
 * picks the best pages from many more candidates than it shows. Older matches stay reachable:
 * sort=newest pages through all of them, and site/lang/since/until narrow the matches before the
 * window is taken. Stated in the API description (listArticles, q) and the README.
 */
export const RANK_WINDOW = 2000;
