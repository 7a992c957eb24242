/**
 * The sentence splitter that `../shared/data/summaries/README.md` prescribes for Lead-3 and for
 * the TextRank baseline. It is deliberately the README's procedure, word for word, so the bench
 * reproduces the published Lead-3 figures; the summariser has its own splitter
 * (shared/summarize/sentences.ts).
 */

/** Words before a full stop that do not end a sentence (README: titles, months, common abbreviations). */
const NON_FINAL_WORDS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Gen', 'Gov', 'Sen', 'Rep', 'Lt', 'Col', 'Sgt',
  'Capt', 'Cmdr', 'Adm', 'Rev', 'Hon', 'No', 'vs', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Mt', 'Ft',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'U.S', 'U.K', 'U.N', 'e.g', 'i.e', 'a.m', 'p.m', 'D.C',
]);

/** A run of terminators plus closing quotes/brackets (README, English). */
const EN_END = /[.!?]+["'”’)\]]*/g;
/** What must follow an English sentence end: whitespace, then a capital, a digit or an opener. */
const EN_NEXT = /^\s+[A-Z0-9"'“‘([]/;
/** A run of terminators plus closing quotes/brackets (README, Chinese). */
const ZH_END = /[。！？!?]+[”’」』"'）)》]*/g;

function splitEnglishParagraph(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(EN_END)) {
    const end = m.index + m[0].length;
    if (!EN_NEXT.test(text.slice(end))) continue;
    if (m[0].startsWith('.')) {
      const word = /[A-Za-z.]*$/.exec(text.slice(start, m.index))![0].replace(/^\.+/, '');
      const initial = /^[A-Za-z]$/.test(word);
      const acronym = /^[A-Za-z](\.[A-Za-z])+$/.test(word);
      if (initial || acronym || NON_FINAL_WORDS.has(word)) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

function splitChineseLine(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of line.matchAll(ZH_END)) {
    const end = m.index + m[0].length;
    out.push(line.slice(start, end).trim());
    start = end;
  }
  out.push(line.slice(start).trim());
  return out.filter(Boolean);
}

/** Splits `text` into sentences exactly as the summaries README scores them. */
export function splitReferenceSentences(text: string, lang: 'en' | 'zh'): string[] {
  if (lang === 'en') return text.split(/\n\s*\n/).flatMap(splitEnglishParagraph);
  return text.split(/\r?\n/).flatMap(splitChineseLine);
}
