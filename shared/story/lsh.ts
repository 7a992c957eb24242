/**
 * Locality-sensitive hashing over MinHash sketches: the sketch is cut into bands of rows; two
 * stories become candidates when any band is identical. The Worker stores each article's band
 * keys in an indexed D1 table and looks candidates up by key, so finding near-duplicates costs
 * the same with 50 or 50,000 articles.
 *
 * With b bands of r rows, a pair of Jaccard similarity J is a candidate with probability
 * 1 − (1 − J^r)^b. For 16 × 3: J = 0.3 → 0.35, 0.4 → 0.65, 0.5 → 0.88, 0.6 → 0.98,
 * 0.7 → 1.00 — the same as the 32 × 4 bands this replaced (0.23, 0.56, 0.87, 0.99, 1.00) where
 * it matters, at and above the same-story threshold (J 0.5), with half the keys: each key is a
 * row a save inserts at a random place of a large index, the main cost of linking on save
 * (bench:story-save). Unrelated texts (J ≈ 0.02; 4-token shingles rarely meet by chance) are
 * candidates with probability ≈ 10⁻⁴; bench:stories counts 1 candidate among 478,729 pairs of
 * different texts, and candidates are compared before anything is linked.
 */
import { combineHash, fmix32 } from './hash';
import { MINHASH_SIZE } from './minhash';

export const LSH_BANDS = 16;
export const LSH_ROWS = 3;

/** Band keys are `(offset + band) × 2³² + hash`, so equal rows in different bands never share a key. */
const BAND_STRIDE = 2 ** 32;

/**
 * Added to the band number in a key: keys of this layout (16 × 3, from migration 0013) never
 * equal keys of the 32 × 4 layout before it (bands 0–31), should one ever be left in a table.
 */
export const BAND_KEY_OFFSET = 32;

/**
 * The {@link LSH_BANDS} band keys of a MinHash sketch, from its first LSH_BANDS × LSH_ROWS
 * slots: non-negative integers below 2³⁸ (safe JavaScript numbers, SQLite INTEGERs). Throws if
 * the sketch is not {@link MINHASH_SIZE} long.
 */
export function bandKeys(sketch: Uint32Array): number[] {
  if (sketch.length !== MINHASH_SIZE) {
    throw new RangeError(`a MinHash sketch has ${MINHASH_SIZE} slots, got ${sketch.length}`);
  }
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let hash = band;
    for (let row = 0; row < LSH_ROWS; row++) hash = combineHash(hash, sketch[band * LSH_ROWS + row]!);
    keys.push((BAND_KEY_OFFSET + band) * BAND_STRIDE + fmix32(hash));
  }
  return keys;
}
