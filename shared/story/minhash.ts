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

/** The MinHash sketch of a set of shingle hashes ({@link MINHASH_SIZE} unsigned 32-bit minima). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const minima = new Uint32Array(MINHASH_SIZE).fill(EMPTY_SLOT);
  // Slot by slot with fmix32 written out: the seed and the running minimum stay in registers.
  // This loop is most of the signature's cost; the values equal fmix32(shingle ^ seed).
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = EMPTY_SLOT;
    for (let s = 0; s < shingles.length; s++) {
      let h = shingles[s]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      const value = h >>> 0;
      if (value < min) min = value;
    }
    minima[i] = min;
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
