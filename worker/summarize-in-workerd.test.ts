// The summariser runs in the Worker: the same results inside workerd as in Node (Unicode
// property escapes, lookbehind and code point handling all behave the same there).
import { expect, it } from 'vitest';
import { summarize } from '../shared/summarize';

it('summarises Chinese with a dateline and label lines inside workerd', () => {
  const text =
    '新华社北京6月20日电（记者 张三）国务院总理李克强20日主持召开国务院常务会议，部署进一步优化营商环境，决定扩大小微企业减税范围。\n\n' +
    '会议指出，优化营商环境是激发市场活力的关键举措。各地区各部门要加大简政放权力度，为企业减负。\n\n' +
    '會(huì)議還研究了其他事項。\n\n責(zé)任編輯: 陳瀟';
  expect(summarize(text, { sentences: 2 })).toEqual({
    sentences: [
      '国务院总理李克强20日主持召开国务院常务会议，部署进一步优化营商环境，决定扩大小微企业减税范围。',
      '会议指出，优化营商环境是激发市场活力的关键举措。',
    ],
    method: 'position+centrality+mmr',
  });
});

it('summarises English with abbreviations inside workerd', () => {
  const text =
    '(CNN)Mr. Smith met Dr. Jones at the U.S. Embassy on Monday. They discussed the trade deal for two hours. ' +
    'Officials said the talks would continue in Jan. 2025. Pictured: The embassy in London.';
  expect(summarize(text, { sentences: 2 }).sentences).toEqual([
    'Mr. Smith met Dr. Jones at the U.S. Embassy on Monday.',
    'They discussed the trade deal for two hours.',
  ]);
});
