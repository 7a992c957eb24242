import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature, storySignature } from '../../shared/story';
import { MINHASH_SIZE } from '../../shared/story/minhash';

const HAN = Array.from('中央环保督察回头看问题整改省政府会议强调推动生态环境质量持续改善全国大会精神');
const PINYIN = ['zhōng', 'huán', 'bǎo', 'dū', 'chá', 'huí', 'tóu', 'kàn', 'wèn', 'tí', 'lǜ', 'wǔ'];

/** A text of Han characters and lower-case Latin words in lines, without parentheses. */
const storyText = fc
  .array(
    fc.array(fc.oneof(fc.constantFrom(...HAN), fc.stringMatching(/^[a-z]{1,8}$/).map((w) => ` ${w} `)), { minLength: 1, maxLength: 40 }),
    { minLength: 1, maxLength: 12 },
  )
  .map((lines) => lines.map((parts) => parts.join('')).join('\n'));

/** What mirrors and other copies do to a text without changing the story. */
function disguise(text: string, choices: number[]): string {
  let i = 0;
  const next = () => choices[i++ % choices.length]!;
  let out = '';
  for (const char of text) {
    if (/[a-z]/.test(char)) {
      // upper case and full-width letters (NFKC folds both back)
      out += next() % 2 ? String.fromCharCode(char.charCodeAt(0) - 0x61 + 0xff21) : char.toUpperCase();
    } else if (HAN.includes(char)) {
      out += char;
      if (next() % 3 === 0) out += `(${PINYIN[next() % PINYIN.length]})`;
    } else if (char === ' ') {
      out += next() % 2 ? '  ' : '\u3000';
    } else {
      out += char;
    }
  }
  return out;
}

describe('story signature properties', () => {
  it('is unchanged by case, width, spacing and pinyin annotations', () => {
    fc.assert(
      fc.property(storyText, fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), (text, choices) => {
        const a = storySignature(text);
        const b = storySignature(disguise(text, choices));
        expect(b.shingleCount).toBe(a.shingleCount);
        expect(Array.from(b.minhash)).toEqual(Array.from(a.minhash));
      }),
      { numRuns: 200 },
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(
        fc.nat(999_999_999),
        fc.array(fc.nat({ max: 0xffffffff }), { minLength: MINHASH_SIZE, maxLength: MINHASH_SIZE }),
        (shingleCount, values) => {
          const signature = { shingleCount, minhash: Uint32Array.from(values) };
          const decoded = decodeSignature(encodeSignature(signature));
          expect(decoded?.shingleCount).toBe(shingleCount);
          expect(Array.from(decoded!.minhash)).toEqual(values);
        },
      ),
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => storySignature(text)).not.toThrow();
        const decoded = decodeSignature(text);
        expect(decoded === null || decoded.minhash.length === MINHASH_SIZE).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(decodeSignature(`s1:5:${'A'.repeat(683)}=`)?.shingleCount).toBe(5); // 512 zero bytes: well-formed
    expect(decodeSignature(`s1:5:${'A'.repeat(600)}`)).toBeNull(); // a sketch of the wrong size
  });
});

describe('minhash', () => {
  it('takes each slot as the minimum of fmix32(shingle ^ seed) (the stored definition)', async () => {
    const { minhash, MINHASH_SEED_START } = await import('../../shared/story/minhash');
    const { fmix32, seedList } = await import('../../shared/story/hash');
    const seeds = seedList(MINHASH_SIZE, MINHASH_SEED_START);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff }), { minLength: 1, maxLength: 50 }), (values) => {
        const sketch = minhash(Uint32Array.from(values));
        for (let i = 0; i < MINHASH_SIZE; i++) {
          expect(sketch[i]).toBe(Math.min(...values.map((v) => fmix32(v ^ seeds[i]!))));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives empty slots for no shingle, and reads a view of a larger array as its own values', async () => {
    const { minhash, EMPTY_SLOT } = await import('../../shared/story/minhash');
    expect([...minhash(new Uint32Array(0))]).toEqual(new Array(MINHASH_SIZE).fill(EMPTY_SLOT));
    // Values on both sides of 2³¹, where signed and unsigned order differ.
    const values = Uint32Array.from([0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 12345]);
    const padded = new Uint32Array(values.length + 6);
    padded.set(values, 3);
    expect([...minhash(padded.subarray(3, 3 + values.length))]).toEqual([...minhash(values)]);
  });
});

describe('story tokens', () => {
  /** A token as a pattern: one CJK character, or a run of what is not CJK, punctuation, a symbol, a separator or a control. */
  const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{P}\p{S}\p{Z}\p{C}\s]+/gu;
  const TRICKY = ['a', 'Z', '7', ' ', ',', '-', '_', "'", '中', '環', 'か', 'ナ', 'ｶ', 'ー', '々', '〇', '⺀', '㋐', '🈀', '\u3099', '\u0301',
    'é', 'ß', '١', '한', '😀', '𠀀', '\ud800', '\udc00', '！', '（', '）', 'Ａ', '\u00ad', '\u00a0', '$', '€', '字(zì)'];

  it('are the pattern\'s matches in each normalised line', async () => {
    const { storyTokens } = await import('../../shared/story/shingles');
    const { normalizeText } = await import('../../shared/text/normalize');
    const { isBoilerplateLine } = await import('../../shared/story/boilerplate');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }), (chars) => {
        const line = normalizeText(chars.join(''));
        const expected = line === '' || isBoilerplateLine(line) ? [] : (line.match(TOKEN) ?? []);
        expect(storyTokens(chars.join(''))).toEqual(expected);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('are hashed as the FNV-1a of each token string', async () => {
    const { storyShingles, storyTokens, SHINGLE_SIZE } = await import('../../shared/story/shingles');
    const { combineHash, fmix32, fnv1a32 } = await import('../../shared/story/hash');
    const text = '中央环保督察組(zǔ) 回头看 😀 𠀀𠀁 Climate-talks, 2024!\nThe café’s naïve ﬁsh ate\r\n第二段落，继续。';
    const hashes = storyTokens(text).map(fnv1a32);
    const expected = new Set<number>();
    for (let start = 0; start < Math.max(1, hashes.length - SHINGLE_SIZE + 1); start++) {
      let hash = SHINGLE_SIZE;
      for (let i = start; i < Math.min(start + SHINGLE_SIZE, hashes.length); i++) hash = combineHash(hash, hashes[i]!);
      expected.add(fmix32(hash));
    }
    expect([...storyShingles(text)]).toEqual([...expected].sort((a, b) => a - b));
  });
});

describe('long and hostile texts', () => {
  it('reads a bounded head of the text, so a 1 MB line costs no more than its start', async () => {
    const { storyTokens, MAX_STORY_TOKENS, MAX_STORY_SOURCE_CHARS } = await import('../../shared/story/shingles');
    const line = '中央环保督察回头看问题整改 '.repeat(80_000); // ≈ 1.1 M characters, no line break
    expect(line.length).toBeGreaterThan(MAX_STORY_SOURCE_CHARS * 20);
    const tokens = storyTokens(line);
    expect(tokens).toHaveLength(MAX_STORY_TOKENS);
    expect(storyTokens(line.slice(0, MAX_STORY_SOURCE_CHARS))).toEqual(tokens);
    expect(storySignature(line).shingleCount).toBeGreaterThan(0);
  });
});
