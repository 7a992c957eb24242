/**
 * Locality-sensitive hashing over MinHash sketches: the sketch is cut into bands of rows; two
 * stories become candidates when any band is identical. The Worker stores each article's band
 * keys in an indexed D1 column and looks candidates up by key, so finding near-duplicates costs
 * the same with 50 or 50,000 articles.
 *
 * With b bands of r rows, a pair of Jaccard similarity J is a candidate with probability
 * 1 − (1 − J^r)^b. For 32 × 4: J = 0.3 → 0.23, 0.4 → 0.56, 0.5 → 0.87, 0.6 → 0.99,
 * 0.7 → 1.00, while unrelated texts (J ≈ 0.02) meet with probability ≈ 5·10⁻⁶.
 */
import { combineHash, fmix32 } from './hash';
import { MINHASH_SIZE } from './minhash';

export const LSH_BANDS = 32;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;

/** Band keys are `band × 2³² + hash`, so equal rows in different bands never share a key. */
const BAND_STRIDE = 2 ** 32;

/**
 * The {@link LSH_BANDS} band keys of a MinHash sketch: non-negative integers below 2⁴⁰ (safe
 * JavaScript numbers, SQLite INTEGERs). Throws if the sketch is not {@link MINHASH_SIZE} long.
 */
export function bandKeys(sketch: Uint32Array): number[] {
  if (sketch.length !== MINHASH_SIZE) {
    throw new RangeError(`a MinHash sketch has ${MINHASH_SIZE} slots, got ${sketch.length}`);
  }
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let hash = band;
    for (let row = 0; row < LSH_ROWS; row++) hash = combineHash(hash, sketch[band * LSH_ROWS + row]!);
    keys.push(band * BAND_STRIDE + fmix32(hash));
  }
  return keys;
}
