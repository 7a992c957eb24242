import { classifySentences } from '../shared/summarize/candidates';
import { rankSentences, RANK_WEIGHTS, type RankWeights } from '../shared/summarize/rank';
import { splitSentences } from '../shared/summarize/sentences';
import { UNSPACED_CHAR } from '../shared/summarize/script';
import { sentenceQuality } from '../shared/summarize/quality';
import { loadSummaryPairs } from './summary/data';
import { rouge, rougeTokens } from './summary/rouge';
import { splitReferenceSentences } from './summary/reference-sentences';

function len(text: string): number {
  let u = 0; for (const ch of text) if (UNSPACED_CHAR.test(ch)) u++;
  const w = text.split(/\s+/).filter(Boolean).length;
  return u > 0 ? u / 2 + Math.max(0, w - 1) : w;
}
const sets = { en: loadSummaryPairs('en'), zh: loadSummaryPairs('zh') };
const prepared = Object.fromEntries(Object.entries(sets).map(([lang, pairs]) => [lang, pairs.map((p) => {
  const all = classifySentences(splitSentences(p.text));
  let c = all.filter((x) => x.role === 'body');
  return { p, c, inputs: c.map((x) => ({ text: x.text, length: len(x.text), quality: sentenceQuality(x.text) })), ref: rougeTokens(p.summary.join(lang === 'en' ? ' ' : ''), p.lang) };
})]));
function evalW(w: RankWeights, lang: 'en' | 'zh') {
  let r1 = 0, r2 = 0;
  for (const a of prepared[lang]!) {
    const idx = rankSentences(a.inputs, 3, w);
    const s = rouge(rougeTokens(idx.map((i) => a.c[i]!.text).join(lang === 'en' ? ' ' : ''), lang), a.ref);
    r1 += s.rouge1; r2 += s.rouge2;
  }
  const n = prepared[lang]!.length;
  return [r1 / n * 100, r2 / n * 100];
}
const mode = process.argv[2];
if (mode === 'diff') {
  const lang = process.argv[3] as 'en' | 'zh';
  for (const a of prepared[lang]!) {
    const idx = rankSentences(a.inputs, 3);
    const ours = idx.map((i) => a.c[i]!.text);
    const lead = splitReferenceSentences(a.p.text, lang).slice(0, 3);
    const so = rouge(rougeTokens(ours.join(' '), lang), a.ref), sl = rouge(rougeTokens(lead.join(' '), lang), a.ref);
    console.log(`\n### ${a.p.id} ours ${(so.rouge1*100).toFixed(1)} lead ${(sl.rouge1*100).toFixed(1)}  picks ${idx.map(i=>a.c[i]!.index)} roles ${classifySentences(splitSentences(a.p.text)).slice(0,8).map(x=>x.role[0]).join('')}`);
    if (process.argv[4]) { console.log('REF', a.p.summary.join(' ')); console.log('OURS', ours.join(' || ')); console.log('LEAD', lead.join(' || ')); }
  }
} else {
  const grid: Partial<RankWeights>[] = JSON.parse(process.argv[2] ?? '[{}]');
  for (const g of grid) {
    const w = { ...RANK_WEIGHTS, ...g };
    const [e1, e2] = evalW(w, 'en'); const [z1, z2] = evalW(w, 'zh');
    console.log(JSON.stringify(g), 'en', e1!.toFixed(2), e2!.toFixed(2), 'zh', z1!.toFixed(2), z2!.toFixed(2));
  }
}
