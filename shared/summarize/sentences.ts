/**
 * Sentence splitting for news text in Chinese (simplified and traditional), Japanese, English
 * and other languages. Rules rather than `Intl.Segmenter`: ICU's sentence breaks split after
 * "Mr." and "U.S." and differ between engine versions, while a summary must come out the same
 * in the Worker, the browser and Node. Every sentence is an exact slice of the input.
 */
import { isUnspacedChar } from './script';

/** One sentence of a text: an exact slice of it and where it was. */
export interface Sentence {
  /** The sentence as written, without surrounding whitespace. */
  text: string;
  /** Offset of `text` in the input. */
  start: number;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
  /** Index of the line (a line break ends a sentence, unless it cuts a number or follows a comma). */
  line: number;
  /** Whether sentence punctuation ended it (rather than the end of a line). */
  terminated: boolean;
}

/**
 * Stops that always end a sentence: CJK full stops, and the full stops of Devanagari, Arabic,
 * Urdu, Armenian and Ethiopic. (ASCII `!` `?` `.` have rules of their own below.)
 */
const HARD_STOPS = '。！？｡︒।॥؟۔։።';
/** ASCII exclamation and question marks: they end a sentence unless a lower-case word goes on. */
const SOFT_STOPS = '!?';
/** Characters that continue a run of stops ("?!", "。。。", "!..."). */
const STOP_RUN = HARD_STOPS + SOFT_STOPS + '.…';
/** Any character that may end a sentence. */
const STOP_CHAR = /[。！？｡︒।॥؟۔։።!?.…]/u;
/** Closing quotes and brackets that belong to the sentence they follow (`。”`, `.)`, `!」`). */
const CLOSERS = '”’」』"\')）》】〕〉]}»›';
/** Spaces and then full-width closers: unambiguous closers (ASCII quotes could open the next sentence). */
const SPACED_CLOSER = /^[^\S\n]+[”’」』）》】]+/u;
/** Openers that may begin the next sentence after `. ` (quotes, brackets). */
const OPENERS = '“‘「『"\'(（《【[¿¡';
/**
 * What, right after a closing quote, shows the sentence goes on: Japanese quotative particles
 * (「行く。」と言った), and commas (“好！”，他说).
 */
const CONTINUATIONS = /^(?:と|って|、|，|,|：|:)/;
/**
 * A short tail after a closed quote is an attribution that belongs to it (“……。”他说。). Code
 * points, terminator included.
 */
const ATTRIBUTION_TAIL_MAX = 8;

/**
 * Words that a full stop follows without ending the sentence: titles, months, common Latin and
 * business abbreviations (the list the summaries README uses, plus a few that news copy needs).
 */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Gen', 'Gov', 'Sen', 'Rep',
  'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Cpl',
  'Pvt', 'Spc', 'Maj', 'No', 'Nos', 'vs', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Mt', 'Ft',
  'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Fig', 'approx', 'est', 'al', 'cf', 'ca', 'Vol', 'pp',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'e.g', 'i.e', 'a.m', 'p.m', 'U.S', 'U.K', 'U.N', 'D.C', 'Ph.D',
]);
/** A character that may be part of an abbreviation before a full stop. */
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;
/** A list marker written before a full stop (`1.`, `a.`, `iv.`), not a sentence. */
const LIST_MARKER = /^(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})$/;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
const isUnspaced = isUnspacedChar;

/** Whether the full stop at `dot` (after `sentenceStart`) follows an abbreviation, initial or list marker. */
function followsAbbreviation(line: string, sentenceStart: number, dot: number): boolean {
  // The word before the dot: letters, digits and inner dots, scanned backwards (a `…*$` regex
  // would retry from every position of the sentence).
  let from = dot;
  while (from > sentenceStart && WORD_OR_DOT.test(line[from - 1]!)) from--;
  const before = line.slice(sentenceStart, dot);
  const word = line.slice(from, dot).replace(/^\.+/, '');
  if (word === '') return false;
  if (dot - sentenceStart <= 8 && before.trim() === word && LIST_MARKER.test(word)) return true;
  if (/^\p{L}$/u.test(word)) return /\p{Lu}/u.test(word); // an initial: "J. K. Rowling"
  if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return true; // dotted acronym: "U.S", "B.B"
  return ABBREVIATIONS.has(word);
}

/** Index just past the sentence end starting at `i`, or -1 when the punctuation there ends none. */
function sentenceEndAt(line: string, i: number, sentenceStart: number): number {
  const ch = line[i]!;
  let j = i;
  if (HARD_STOPS.includes(ch) || SOFT_STOPS.includes(ch)) {
    while (j < line.length && STOP_RUN.includes(line[j]!)) j++;
  } else if (ch === '.' || ch === '…') {
    while (j < line.length && (line[j] === '.' || line[j] === '…' || SOFT_STOPS.includes(line[j]!))) j++;
  } else {
    return -1;
  }
  const run = line.slice(i, j);
  while (j < line.length && CLOSERS.includes(line[j]!)) j++;
  // A stray space before a full-width closing quote ("错误的。 ”") still belongs to the sentence.
  const spacedCloser = SPACED_CLOSER.exec(line.slice(j));
  if (spacedCloser) j += spacedCloser[0].length;
  const rest = line.slice(j);
  if (rest.trim() === '') return line.length;
  if (j > i + run.length && CONTINUATIONS.test(rest)) return -1;

  const hard = [...run].some((c) => HARD_STOPS.includes(c));
  if (hard) return j;

  const prev = line[i - 1];
  const next = rest[0];
  if (!isSpace(next)) {
    // "今天.明天" on mirrors that replace full-width stops; "3.5", "U.S.-led", URLs go on.
    return isUnspaced(prev) && (isUnspaced(next) || OPENERS.includes(next!)) ? j : -1;
  }
  const after = rest.trimStart()[0];
  if (isLower(after)) return -1;
  const ellipsis = run.includes('…') || run.includes('..');
  if (run[0] === '.' && !ellipsis && followsAbbreviation(line, sentenceStart, i)) return -1;
  if (ellipsis && !/^\p{Lu}/u.test(after ?? '') && !isUnspaced(after)) return -1;
  return j;
}

/** Splits one line into sentence slices (offsets relative to the line), at most `limit` of them. */
function splitLine(line: string, limit: number): Array<{ start: number; end: number; terminated: boolean }> {
  const out: Array<{ start: number; end: number; terminated: boolean }> = [];
  let start = 0;
  // Jump from one stop character to the next; most of a line is not punctuation.
  const stops = new RegExp(STOP_CHAR.source, 'gu');
  for (let m = stops.exec(line); m; m = stops.exec(line)) {
    const end = sentenceEndAt(line, m.index, start);
    if (end < 0) continue;
    out.push({ start, end, terminated: true });
    start = end;
    stops.lastIndex = end;
    if (out.length >= limit) return out;
  }
  if (line.slice(start).trim() !== '') out.push({ start, end: line.length, terminated: false });
  return out;
}

/** Whether `text` is a short attribution tail that belongs to the quote before it. */
function isAttributionTail(previous: string, text: string): boolean {
  return CLOSERS.includes(previous.at(-1)!) && /[。！？!?.]$/u.test(text) &&
    [...text].length <= ATTRIBUTION_TAIL_MAX && !OPENERS.includes(text[0]!);
}

/**
 * Splits `text` into sentences, in order. Line breaks end sentences; blank lines separate
 * paragraphs. Stops after `limit` sentences (all by default). Empty or whitespace-only input
 * gives `[]`. Never throws.
 */
export function splitSentences(text: string, limit = Infinity): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineIndex = 0;
  let blank = false;
  for (const { line, offset } of logicalLines(text)) {
    if (sentences.length >= limit) break;
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    if (blank && sentences.length > 0) paragraph++;
    blank = false;
    for (const part of splitLine(line, limit - sentences.length)) {
      const slice = line.slice(part.start, part.end);
      const lead = slice.length - slice.trimStart().length;
      const sentenceText = slice.trim();
      if (sentenceText === '') continue;
      const previous = sentences.at(-1);
      if (previous && previous.line === lineIndex && isAttributionTail(previous.text, sentenceText)) {
        previous.text = text.slice(previous.start, offset + part.start + lead + sentenceText.length);
        continue;
      }
      sentences.push({
        text: sentenceText,
        start: offset + part.start + lead,
        paragraph,
        line: lineIndex,
        terminated: part.terminated,
      });
    }
    lineIndex++;
  }
  return sentences.length > limit ? sentences.slice(0, limit) : sentences;
}

/**
 * A line break inside a sentence, left by hard-wrapped or carelessly copied text: the line
 * before ends in a comma or an opening bracket, or the break cuts a number in two (获得了5⏎00万元).
 * Anything else (headings, list items, verse, short lines) ends a sentence.
 */
const BROKEN_LINE = {
  before: /(?:[，、,：:（(“‘]|\d)$/u,
  after: (before: string, next: string): boolean =>
    /[，、,：:（(“‘]$/u.test(before) || (/\d$/u.test(before) && /^\d/u.test(next)),
};

/** The text's lines (without `\r`), with lines broken inside a sentence joined again. */
function* logicalLines(text: string): Generator<{ line: string; offset: number }> {
  const raw = text.split('\n');
  let offset = 0;
  for (let i = 0; i < raw.length; i++) {
    let end = offset + raw[i]!.length;
    // Join the next lines while the break sits inside a sentence (never across a blank line).
    while (i + 1 < raw.length && BROKEN_LINE.before.test(raw[i]!.trimEnd()) && raw[i + 1]!.trim() !== '' &&
      BROKEN_LINE.after(raw[i]!.trimEnd(), raw[i + 1]!.trimStart())) {
      i++;
      end += 1 + raw[i]!.length;
    }
    let line = text.slice(offset, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    yield { line, offset };
    offset = end + 1;
  }
}
