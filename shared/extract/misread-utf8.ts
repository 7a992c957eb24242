/**
 * Text that was UTF-8 but got read as Latin-1 or Windows-1252 on its way into the page (a
 * double-encoded page: `Investorâ\u0080\u0099s` or `Investorâ€™s` for `Investor’s`, `itertools
 * â\u0080\u0094` for `itertools —`, `Kevlar\u00c2®` for `Kevlar®`). The reader sees the damage
 * too; the extractor gives back the text the writer wrote.
 */

/**
 * The characters Windows-1252 shows for bytes 0x80–0x9F (Latin-1 shows C1 controls there), by
 * byte. 0x81, 0x8D, 0x8F, 0x90 and 0x9D have none: browsers keep them as the C1 controls.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF_1252 = new Map(Array.from(WINDOWS_1252_HIGH, (character, i) => [character, 0x80 + i]));
/** A continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it. */
const CONTINUATION = `[\\u0080-\\u00bf${WINDOWS_1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** A UTF-8 lead byte read as a Latin-1 letter, then its continuation bytes. */
const MISREAD_SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'g');
/**
 * What proves the misreading (`Ã©` alone could be meant):
 * - C1 control characters (U+0080–U+009F), which are never text; continuation bytes 0x80–0x9F
 *   read as Latin-1 end up as these;
 * - `â€` and a third byte: a character of the General Punctuation block (curly quotes, dashes,
 *   the ellipsis, thin and zero-width spaces) read as Windows-1252;
 * - `Â` against a sign of the Latin-1 block (`Â®`, `Â©`, `Â°`, `Â` and a no-break space): the
 *   bytes of that sign.
 * No word spells either pair.
 */
const MISREAD_PROOF = new RegExp(`[\\u0080-\\u009f]|\\u00e2\\u20ac${CONTINUATION}|\\u00c2[\\u00a0-\\u00bf]`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(character: string): number {
  return BYTE_OF_1252.get(character) ?? character.charCodeAt(0);
}

/** `text` with every sequence of misread UTF-8 decoded, when the text shows the misreading. */
export function repairMisreadUtf8(text: string): string {
  if (!MISREAD_PROOF.test(text)) return text;
  return text.replace(MISREAD_SEQUENCE, (sequence) => {
    try {
      return utf8.decode(Uint8Array.from(sequence, byteOf));
    } catch {
      // Not a valid UTF-8 sequence: Latin-1 text that happens to look like one.
      return sequence;
    }
  });
}
