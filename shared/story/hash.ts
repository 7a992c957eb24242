/**
 * Small deterministic 32-bit hashes for shingling and MinHash. Not cryptographic: story
 * signatures only need to spread values evenly and be the same on every runtime, forever
 * (signatures are stored in D1 and compared with ones computed years later).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function fnv1a32(text: string): number {
  return fnv1a32Range(text, 0, text.length);
}

/** {@link fnv1a32} of `text.slice(start, end)`, without cutting it out (a token inside a line). */
export function fnv1a32Range(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijective avalanche mix of a 32-bit integer (unsigned result). */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines an accumulated hash with the next value, order-sensitively (Murmur-style round). */
export function combineHash(accumulator: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = (accumulator | 0) ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/**
 * `count` fixed 32-bit seeds from a SplitMix32-style generator started at `start`: the same
 * list on every runtime, so MinHash permutations never change under stored signatures.
 */
export function seedList(count: number, start: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
}
