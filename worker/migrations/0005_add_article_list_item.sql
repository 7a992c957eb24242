-- The fields a list or search result shows, as a small JSON object kept beside the current
-- version, so listing never parses the full article JSON (text and html) row by row.
ALTER TABLE articles ADD COLUMN list_item TEXT;

UPDATE articles SET list_item = (
  SELECT json_object(
    'title', json_extract(v.data, '$.title'),
    'subtitle', json_extract(v.data, '$.subtitle'),
    'url', json_extract(v.data, '$.url'),
    'canonicalUrl', json_extract(v.data, '$.canonicalUrl'),
    'siteName', json_extract(v.data, '$.siteName'),
    'source', json_extract(v.data, '$.source'),
    'authors', json(json_extract(v.data, '$.authors')),
    'lang', json_extract(v.data, '$.lang'),
    'publishedAt', json_extract(v.data, '$.publishedAt'),
    'wordCount', json_extract(v.data, '$.wordCount'),
    'excerpt', substr(json_extract(v.data, '$.text'), 1, 400)
  )
  FROM article_versions v WHERE v.article_id = articles.id AND v.version = articles.current_version
);
