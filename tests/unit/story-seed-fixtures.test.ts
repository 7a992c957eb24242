/**
 * The "done when" of issue 8 at the level of the pure core: the seed story clipped from its
 * original outlet and from the scraped mirror — as the extractor's hand-written expected
 * outputs give them — is one story with two copies, the original first, the mirror flagged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import { compareStories, foldStory, isMirrorSuspected, storyBands, storySignature } from '../../shared/story';

function expectedArticle(fixture: string): Article {
  const path = new URL(`../fixtures/${fixture}/expected.json`, import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { article: Article }).article;
}

describe('the seed story from its original outlet and from the mirror', () => {
  const original = expectedArticle('seed--hebei-original');
  const mirror = expectedArticle('seed--hebei-mirror');

  it('is one story found through a shared band', () => {
    const a = storySignature(original.text);
    const b = storySignature(mirror.text);
    expect(compareStories(a, b).sameStory).toBe(true);
    const bands = new Set(storyBands(a));
    expect(storyBands(b).some((key) => bands.has(key))).toBe(true);
  });

  it('puts the original first and flags the mirror', () => {
    expect(isMirrorSuspected(mirror, original)).toBe(true);
    expect(isMirrorSuspected(original, original)).toBe(false);
    const copies = [
      { id: 'mirror', ...mirror, flags: isMirrorSuspected(mirror) ? [...mirror.flags, 'mirror-suspected'] : mirror.flags },
      { id: 'original', ...original },
    ];
    const folded = foldStory(copies);
    expect(folded?.best.id).toBe('original');
    expect(folded?.copies).toBe(2);
    expect(folded?.outlets[0]).toBe(original.siteName);
  });
});
