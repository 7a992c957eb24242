/**
 * MinHash: a fixed-size sketch of a shingle set whose slot-by-slot agreement with another
 * sketch estimates the Jaccard similarity of the two sets (Broder 1997). Each slot uses its
 * own seeded hash (MurmurHash3's finaliser over shingle ⊕ seed), standing in for a random
 * permutation; the seeds are fixed forever because signatures are stored.
 */
import { seedList } from './hash';

/** Slots a sketch: the Jaccard estimate's standard error is ≤ 0.5/√128 ≈ 0.044. */
export const MINHASH_SIZE = 128;

/** Fixed start of the seed sequence; changing it invalidates every stored signature. */
export const MINHASH_SEED_START = 0x6a62_7331; // "jbs1"

const SEEDS = seedList(MINHASH_SIZE, MINHASH_SEED_START);

/** The value of an empty slot (no shingle): never equal to a real minimum in practice. */
export const EMPTY_SLOT = 0xffffffff;

/**
 * Flips the sign bit: signed 32-bit values so flipped compare as the unsigned values they came
 * from, so the running minima can stay small integers (an unsigned value ≥ 2³¹ is a float).
 */
const SIGN_BIT = 0x80000000;

/** Slots computed in one pass over the shingles: four independent hash chains keep the CPU's pipelines full. */
const SLOTS_PER_PASS = 4;

/** The MinHash sketch of a set of shingle hashes ({@link MINHASH_SIZE} unsigned 32-bit minima). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const minima = new Uint32Array(MINHASH_SIZE);
  const values = new Int32Array(shingles.buffer, shingles.byteOffset, shingles.length);
  // Four slots a pass over the shingles, with fmix32 written out: the seeds and the running
  // minima stay in registers, and each shingle is read once per four slots. This loop is most of
  // the signature's cost; each slot's value is min over shingles of fmix32(shingle ^ seed), the
  // minimum taken over sign-flipped values and flipped back. In the loop SIGN_BIT is written as
  // a literal: a module constant of 2³¹ is a heap number, loaded on every step (≈1.5× slower in
  // workerd).
  for (let i = 0; i < MINHASH_SIZE; i += SLOTS_PER_PASS) {
    const seed0 = SEEDS[i]! | 0;
    const seed1 = SEEDS[i + 1]! | 0;
    const seed2 = SEEDS[i + 2]! | 0;
    const seed3 = SEEDS[i + 3]! | 0;
    // EMPTY_SLOT, sign-flipped.
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let s = 0; s < values.length; s++) {
      const value = values[s]!;
      let h0 = value ^ seed0;
      h0 ^= h0 >>> 16;
      h0 = Math.imul(h0, 0x85ebca6b);
      h0 ^= h0 >>> 13;
      h0 = Math.imul(h0, 0xc2b2ae35);
      h0 ^= (h0 >>> 16) ^ 0x80000000;
      if (h0 < min0) min0 = h0;
      let h1 = value ^ seed1;
      h1 ^= h1 >>> 16;
      h1 = Math.imul(h1, 0x85ebca6b);
      h1 ^= h1 >>> 13;
      h1 = Math.imul(h1, 0xc2b2ae35);
      h1 ^= (h1 >>> 16) ^ 0x80000000;
      if (h1 < min1) min1 = h1;
      let h2 = value ^ seed2;
      h2 ^= h2 >>> 16;
      h2 = Math.imul(h2, 0x85ebca6b);
      h2 ^= h2 >>> 13;
      h2 = Math.imul(h2, 0xc2b2ae35);
      h2 ^= (h2 >>> 16) ^ 0x80000000;
      if (h2 < min2) min2 = h2;
      let h3 = value ^ seed3;
      h3 ^= h3 >>> 16;
      h3 = Math.imul(h3, 0x85ebca6b);
      h3 ^= h3 >>> 13;
      h3 = Math.imul(h3, 0xc2b2ae35);
      h3 ^= (h3 >>> 16) ^ 0x80000000;
      if (h3 < min3) min3 = h3;
    }
    minima[i] = (min0 ^ SIGN_BIT) >>> 0;
    minima[i + 1] = (min1 ^ SIGN_BIT) >>> 0;
    minima[i + 2] = (min2 ^ SIGN_BIT) >>> 0;
    minima[i + 3] = (min3 ^ SIGN_BIT) >>> 0;
  }
  return minima;
}

/**
 * The estimated Jaccard similarity (0…1) of the sets behind two sketches: the share of slots
 * that agree. Sketches of different sizes are not comparable: 0.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i] && a[i] !== EMPTY_SLOT) equal++;
  }
  return equal / a.length;
}
