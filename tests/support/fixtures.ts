/**
 * Loading the extraction fixtures: tests/fixtures/<category>--<slug>/source.html with its
 * hand-written expected.json. Shared by the fixture test, the no-mutation test and the
 * property test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface TextChecks {
  startsWith?: string;
  endsWith?: string;
  contains?: string[];
  notContains?: string[];
}

export interface Expected {
  /** The address the page is extracted as (what the browser would have visited). */
  url: string;
  isArticlePage: boolean;
  /** Exact field values; null means "absent". `null` for the whole article: no main content. */
  article: Record<string, unknown> | null;
  /** For real pages whose body is long: how it starts and ends, what it holds and must not. */
  textChecks?: TextChecks;
  /** Why the fixture exists and the decisions it encodes. */
  notes?: string;
}

export interface Fixture {
  name: string;
  dir: string;
  html: string;
  expected: Expected | null;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.includes('--'))
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      const expectedPath = join(dir, 'expected.json');
      return {
        name: entry.name,
        dir,
        html: readFileSync(join(dir, 'source.html'), 'utf8'),
        expected: existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A fresh linkedom document for `html`, typed as the DOM Document the extractor takes. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
