/**
 * Text that was UTF-8 but got read as Latin-1 on its way into the page (a double-encoded page:
 * `Investorâ\u0080\u0099s` for `Investor’s`, `itertools â\u0080\u0094` for `itertools —`).
 * The reader sees the damage too; the extractor gives back the text the writer wrote.
 */

/** A UTF-8 lead byte read as a Latin-1 letter, then its continuation bytes as Latin-1 characters. */
const MISREAD_SEQUENCE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;
/**
 * C1 control characters (U+0080–U+009F) are never text: their presence is what proves the
 * misreading (`Ã©` alone could be meant). Continuation bytes 0x80–0x9F end up as these.
 */
const C1_CONTROL = /[\u0080-\u009f]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `text` with every sequence of misread UTF-8 decoded, when the text shows the misreading. */
export function repairMisreadUtf8(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(MISREAD_SEQUENCE, (sequence) => {
    try {
      return utf8.decode(Uint8Array.from(sequence, (character) => character.charCodeAt(0)));
    } catch {
      // Not a valid UTF-8 sequence: Latin-1 text that happens to look like one.
      return sequence;
    }
  });
}
