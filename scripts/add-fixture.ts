/**
 * Adds a real page of ../shared/data as an extraction fixture:
 *
 *   npx tsx scripts/add-fixture.ts <set> <id> <category>--<slug>
 *
 * Copies the page to tests/fixtures/<category>--<slug>/source.html and starts expected.json
 * from the set's ground truth (title, date, authors, editors, source, how the body starts and
 * ends, what it must and must not contain), never from what the extractor outputs. Fields the
 * truth does not give are written as "TODO": the fixture test fails until a person fills them
 * in from the page. Refuses to overwrite an existing fixture.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSets, readPage } from '../bench/corpus';

const [setName, id, name] = process.argv.slice(2);
if (!setName || !id || !name || !/^[a-z0-9-]+--[a-z0-9-]+$/.test(name)) {
  console.error('usage: npx tsx scripts/add-fixture.ts <set> <id> <category>--<slug>');
  process.exit(2);
}
const set = loadSets().find((candidate) => candidate.name === setName);
const row = set?.rows.find((candidate) => candidate.id === id);
if (!set || !row) {
  console.error(`no page ${id} in set ${setName}`);
  process.exit(2);
}
const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', name);
if (existsSync(dir)) {
  console.error(`${dir} exists; edit its expected.json by hand`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), readPage(set, row));
const TODO = 'TODO';
const expected = {
  url: row.url ?? `https://fixtures.invalid/${setName}/${id}.html`,
  isArticlePage: row.pageType !== undefined ? row.pageType === 'article' : (row.isArticle ?? TODO),
  notes: `From ../shared/data/extraction/${setName} page ${id} (see the data README for its source and licence).`,
  article: {
    canonicalUrl: TODO,
    title: row.title ?? TODO,
    authors: row.authors ?? TODO,
    editors: row.editors ?? TODO,
    source: row.source === undefined ? TODO : row.source,
    publishedAt: row.publishedAt === undefined ? TODO : row.publishedAt,
    lang: TODO,
    flags: TODO,
  },
  textChecks: {
    startsWith: row.firstText ?? TODO,
    endsWith: row.lastText ?? TODO,
    contains: row.mustContain ?? [],
    notContains: row.mustNotContain ?? [],
  },
};
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${dir}; fill in every TODO by reading the page`);
