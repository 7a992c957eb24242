/**
 * `npm run bench:summary` — ROUGE of our summariser against Lead-3 and a TextRank baseline on
 * ../shared/data/summaries/{en,zh}, scored exactly as that set's README says; CPU time per
 * summary; and, on the Chinese extraction pages and the seed page, whether the summaries of what
 * `extractArticle` gives keep the article's script, whole body sentences and no datelines,
 * bylines, label lines or boilerplate. Prints the targets next to the figures.
 */
import { summarize } from '../shared/summarize';
import { loadSummaryPairs, type SummaryPair } from './summary/data';
import { splitReferenceSentences } from './summary/reference-sentences';
import { rouge, rougeTokens, type RougeScores } from './summary/rouge';
import { textRank } from './summary/textrank';
import { checkSummary } from './summary/hygiene';
import { loadChinesePages } from './summary/pages';
import { measureCpu, type CpuFigures } from './summary/timing';

/** The Lead-3 figures the README publishes; the bench must reproduce them before comparing. */
const README_LEAD3: Record<'en' | 'zh', RougeScores> = {
  en: { rouge1: 39.78, rouge2: 18.69, rougeL: 25.8 },
  zh: { rouge1: 50.42, rouge2: 37.96, rougeL: 39.06 },
};
const SUMMARY_SENTENCES = 3;

type System = (pair: SummaryPair) => string[];

const SYSTEMS: Record<string, System> = {
  'Lead-3': (p) => splitReferenceSentences(p.text, p.lang).slice(0, 3),
  TextRank: (p) => {
    const sentences = splitReferenceSentences(p.text, p.lang);
    return textRank(sentences, p.lang, SUMMARY_SENTENCES).map((i) => sentences[i]!);
  },
  // The zh set gives headlines (the en set does not); the Worker passes the stored headline too.
  ours: (p) => summarize(p.text, { lang: p.lang, sentences: SUMMARY_SENTENCES, title: p.title }).sentences,
  // The same without the headline, to show what the text alone gives (Lead-3 has no headline).
  'ours -hl': (p) => summarize(p.text, { lang: p.lang, sentences: SUMMARY_SENTENCES }).sentences,
};

function joinSummary(sentences: string[], lang: 'en' | 'zh'): string {
  return sentences.join(lang === 'en' ? ' ' : '');
}

function score(pairs: SummaryPair[], system: System): RougeScores {
  const total = { rouge1: 0, rouge2: 0, rougeL: 0 };
  for (const pair of pairs) {
    const candidate = rougeTokens(joinSummary(system(pair), pair.lang), pair.lang);
    const reference = rougeTokens(joinSummary(pair.summary, pair.lang), pair.lang);
    const s = rouge(candidate, reference);
    total.rouge1 += s.rouge1;
    total.rouge2 += s.rouge2;
    total.rougeL += s.rougeL;
  }
  const k = 100 / pairs.length;
  return { rouge1: total.rouge1 * k, rouge2: total.rouge2 * k, rougeL: total.rougeL * k };
}

const fmt = (x: number): string => x.toFixed(2).padStart(6);
const fmtMs = (x: number): string => x.toFixed(3).padStart(7);

let failures = 0;
function target(label: string, ok: boolean): void {
  if (!ok) failures++;
  console.log(`  ${ok ? 'met    ' : 'MISSED '} ${label}`);
}

for (const lang of ['en', 'zh'] as const) {
  const pairs = loadSummaryPairs(lang);
  console.log(`\n== ${lang}: ${pairs.length} pairs (ROUGE F1 x100, README procedure) ==`);
  console.log('system     ROUGE-1 ROUGE-2 ROUGE-L   ms median    ms p99');
  const results: Record<string, RougeScores> = {};
  const timings: Record<string, CpuFigures> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) {
    results[name] = score(pairs, system);
    timings[name] = measureCpu(pairs.map((p) => () => system(p)));
    const r = results[name]!;
    const t = timings[name]!;
    console.log(
      `${name.padEnd(9)} ${fmt(r.rouge1)}  ${fmt(r.rouge2)}  ${fmt(r.rougeL)}   ${fmtMs(t.median)}   ${fmtMs(t.p99)}`,
    );
  }
  const lead = results['Lead-3']!;
  const ours = results.ours!;
  const tr = results.TextRank!;
  const readme = README_LEAD3[lang];
  console.log(`README    ${fmt(readme.rouge1)}  ${fmt(readme.rouge2)}  ${fmt(readme.rougeL)}   (Lead-3 as published)`);
  target(
    `Lead-3 reproduces the README (±0.01): ${lead.rouge1.toFixed(2)}/${lead.rouge2.toFixed(2)}/${lead.rougeL.toFixed(2)}`,
    Math.abs(lead.rouge1 - readme.rouge1) < 0.011 &&
      Math.abs(lead.rouge2 - readme.rouge2) < 0.011 &&
      Math.abs(lead.rougeL - readme.rougeL) < 0.011,
  );
  for (const name of ['ours', 'ours -hl']) {
    const r = results[name]!;
    target(`${name} ROUGE-1 >= Lead-3 (${fmt(r.rouge1)} vs ${fmt(lead.rouge1)})`, r.rouge1 >= lead.rouge1);
    target(`${name} ROUGE-2 >= Lead-3 (${fmt(r.rouge2)} vs ${fmt(lead.rouge2)})`, r.rouge2 >= lead.rouge2);
  }
  target(
    `ours well above TextRank (ROUGE-1 +${(ours.rouge1 - tr.rouge1).toFixed(2)}, ROUGE-2 +${(ours.rouge2 - tr.rouge2).toFixed(2)})`,
    ours.rouge1 > tr.rouge1 + 1 && ours.rouge2 > tr.rouge2 + 1,
  );
}

// Chinese pages: script, whole sentences, no datelines/bylines/labels/boilerplate. First on what
// `extractArticle` gives (the figure), then on the hand-marked bodies (and the raw seed
// text), which shows the summariser's part apart from the extractor's.
function checkPages(
  label: string,
  pages: Array<{ set: string; id: string; body: string | null; lang: string; title: string }>,
  withTargets: boolean,
): void {
  const usable = pages.filter((p) => p.body !== null && p.body.trim() !== '');
  const results = usable.map((p) => ({
    page: p,
    check: checkSummary(summarize(p.body!, { lang: p.lang, title: p.title, sentences: SUMMARY_SENTENCES }).sentences, p.body!),
  }));
  const share = (f: (r: (typeof results)[number]) => boolean): number =>
    results.length === 0 ? 0 : results.filter(f).length / results.length;
  const bySet = [...new Set(pages.map((p) => p.set))]
    .map((set) => `${set} ${pages.filter((p) => p.set === set).length}`)
    .join(', ');
  console.log(`\n== ${label}: ${usable.length} summarised of ${pages.length} (${bySet}) ==`);
  const script = share((r) => r.check.rightScript);
  const whole = share((r) => r.check.wholeSentences);
  const clean = share((r) => r.check.clean);
  console.log(
    `in the article's script ${(script * 100).toFixed(1)}%   whole body sentences ${(whole * 100).toFixed(1)}%   ` +
      `free of datelines/bylines/labels/boilerplate ${(clean * 100).toFixed(1)}%`,
  );
  for (const r of results.filter((x) => !x.check.rightScript || !x.check.wholeSentences || !x.check.clean)) {
    const what = [r.check.rightScript ? '' : 'script', r.check.wholeSentences ? '' : 'not-whole', ...r.check.marks];
    console.log(`  ${r.page.set}/${r.page.id}: ${what.filter(Boolean).join(', ')}`);
  }
  if (!withTargets) return;
  target("100% in the article's script", script === 1);
  target('100% whole body sentences', whole === 1);
  target('>= 95% free of datelines, bylines, labels and boilerplate', clean >= 0.95);
}
{
  const pages = loadChinesePages();
  checkPages('Chinese pages through extractArticle', pages, true);
  checkPages(
    'the same pages, hand-marked bodies (seed: the scraped text as is)',
    pages.map((p) => ({ ...p, body: p.truthBody })),
    false,
  );
}

// CPU time on 5,000-character articles: each article's text repeated or cut to 5,000 characters.
{
  const texts = [...loadSummaryPairs('en'), ...loadSummaryPairs('zh')].map((p) => {
    let t = p.text;
    while (t.length < 5000) t += '\n\n' + p.text;
    return { text: t.slice(0, 5000), lang: p.lang };
  });
  const t = measureCpu(texts.map((x) => () => summarize(x.text, { lang: x.lang, sentences: SUMMARY_SENTENCES })));
  console.log(`\n== CPU per summary of a 5,000-character article (${texts.length} articles) ==`);
  console.log(`median ${t.median.toFixed(3)} ms   p99 ${t.p99.toFixed(3)} ms`);
  target('median <= 1 ms', t.median <= 1);
  target('p99 <= 5 ms', t.p99 <= 5);
}

console.log(failures === 0 ? '\nall targets met' : `\n${failures} target(s) missed`);
process.exitCode = failures === 0 ? 0 : 1;
