/**
 * A story signature: what the Worker stores per article to recognise other copies of the same
 * story. It is the MinHash sketch of the body's shingles plus their count (needed to tell a
 * short text from a long one and to estimate containment).
 */
import { bandKeys } from './lsh';
import { minhash, MINHASH_SIZE } from './minhash';
import { storyShingles } from './shingles';

/**
 * Below this many distinct shingles (≈ 60 CJK characters or 60 words of story text once
 * boilerplate is gone) a text is too short to link: a short notice or a teaser shares too
 * large a part of itself with unrelated texts by chance, so it gets no band keys and never
 * matches.
 */
export const MIN_STORY_SHINGLES = 60;

/** Stored signatures carry this version; a different one is not comparable (re-compute). */
export const SIGNATURE_VERSION = 1;

export interface StorySignature {
  /** Distinct shingles of the story text (after normalisation and boilerplate removal). */
  shingleCount: number;
  /** The MinHash sketch, {@link MINHASH_SIZE} unsigned 32-bit values. */
  minhash: Uint32Array;
}

/** The story signature of an article body (`article.text`). Never throws. */
export function storySignature(text: string): StorySignature {
  const shingles = storyShingles(text);
  return { shingleCount: shingles.length, minhash: minhash(shingles) };
}

/** Whether the signature has enough text to be linked to other stories at all. */
export function isLinkable(signature: StorySignature): boolean {
  return signature.shingleCount >= MIN_STORY_SHINGLES && signature.minhash.length === MINHASH_SIZE;
}

/**
 * The LSH band keys to index for this signature (see lsh.ts): 32 integers, or none when the
 * text is too short to link ({@link isLinkable}), so short texts are never even candidates.
 */
export function storyBands(signature: StorySignature): number[] {
  return isLinkable(signature) ? bandKeys(signature.minhash) : [];
}

/**
 * The signature as compact ASCII for a TEXT column: `s1:<shingleCount>:<base64 of the sketch,
 * little-endian>` (≈ 690 characters).
 */
export function encodeSignature(signature: StorySignature): string {
  const bytes = new Uint8Array(signature.minhash.length * 4);
  const view = new DataView(bytes.buffer);
  signature.minhash.forEach((value, i) => view.setUint32(i * 4, value, true));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `s${SIGNATURE_VERSION}:${signature.shingleCount}:${btoa(binary)}`;
}

/**
 * The head of an encoded signature: version and shingle count. The base64 sketch after it is
 * checked by atob and by its decoded length: a pattern over its ~700 characters cost more than
 * the rest of decoding, and a save decodes up to STORY_LIMITS.maxCandidates of them.
 */
const ENCODED_HEAD = /^s(\d+):(\d{1,9}):/;

/**
 * Reads a signature written by {@link encodeSignature}. Returns null for anything else — a
 * malformed value, another version, a sketch of the wrong size — so the caller re-computes it
 * from the stored text instead of comparing garbage.
 */
export function decodeSignature(encoded: string): StorySignature | null {
  const match = ENCODED_HEAD.exec(encoded);
  if (!match || Number(match[1]) !== SIGNATURE_VERSION) return null;
  let binary: string;
  try {
    binary = atob(encoded.slice(match[0].length));
  } catch {
    return null;
  }
  if (binary.length !== MINHASH_SIZE * 4) return null;
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const sketch = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) sketch[i] = view.getUint32(i * 4, true);
  return { shingleCount: Number(match[2]), minhash: sketch };
}
