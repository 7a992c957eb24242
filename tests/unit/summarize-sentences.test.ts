import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/summarize/sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences: Chinese', () => {
  it('ends sentences at 。！？ and keeps the punctuation', () => {
    expect(texts('今天天气很好。我们去公园吧！你去吗？')).toEqual(['今天天气很好。', '我们去公园吧！', '你去吗？']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(texts('他说：“我们赢了。”大家都很高兴（真的！）。最后散会。')).toEqual([
      '他说：“我们赢了。”',
      '大家都很高兴（真的！）。',
      '最后散会。',
    ]);
  });

  it('keeps a short attribution after a closed quote with the quote', () => {
    expect(texts('“我们已有准备。”他说。工厂照常开工。')).toEqual(['“我们已有准备。”他说。', '工厂照常开工。']);
  });

  it('does not end a sentence at a closed quote that a comma continues', () => {
    expect(texts('“好！”，他笑着说。')).toEqual(['“好！”，他笑着说。']);
  });

  it('takes a stray space before a full-width closing quote into the sentence', () => {
    expect(texts('他表示，“大多数指控都是错误的。 ”同时公司表示会改进。')).toEqual([
      '他表示，“大多数指控都是错误的。 ”',
      '同时公司表示会改进。',
    ]);
  });

  it('ends sentences at ASCII ! ? and at a full stop between Chinese characters', () => {
    expect(texts('真的吗?是的!今天.明天再说.')).toEqual(['真的吗?', '是的!', '今天.', '明天再说.']);
  });

  it('does not split decimals, ratios or addresses inside Chinese text', () => {
    expect(texts('投资完成246.79亿元，占比0.7:50.7:48.6，详见www.12306.cn网站。')).toEqual([
      '投资完成246.79亿元，占比0.7:50.7:48.6，详见www.12306.cn网站。',
    ]);
  });

  it('keeps traditional characters and pinyin annotations exactly as written', () => {
    expect(texts('會(huì)議指出,工作有力有序有效推進(jìn)。會議還研究了其他事項。')).toEqual([
      '會(huì)議指出,工作有力有序有效推進(jìn)。',
      '會議還研究了其他事項。',
    ]);
  });
});

describe('splitSentences: Japanese', () => {
  it('splits at 。！？ and keeps 「…。」と quotations whole', () => {
    expect(texts('東京は晴れです。「明日も晴れる。」と彼は言った。今日は休みです！')).toEqual([
      '東京は晴れです。',
      '「明日も晴れる。」と彼は言った。',
      '今日は休みです！',
    ]);
  });
});

describe('splitSentences: English', () => {
  it('does not end sentences after titles, initials, acronyms and months', () => {
    expect(
      texts('Mr. Smith met Dr. Jones in Jan. 2015 at the U.S. Embassy. J. K. Rowling was there. It rained.'),
    ).toEqual(['Mr. Smith met Dr. Jones in Jan. 2015 at the U.S. Embassy.', 'J. K. Rowling was there.', 'It rained.']);
  });

  it('does not split decimals, and splits before a digit', () => {
    expect(texts('Prices rose 3.5 per cent in May. 2016 was worse.')).toEqual([
      'Prices rose 3.5 per cent in May.',
      '2016 was worse.',
    ]);
  });

  it('keeps closing quotes with the sentence and goes on when a lower-case word follows', () => {
    expect(texts('She said "Stop." Then she left. "Why?" he asked. "Because," she said.')).toEqual([
      'She said "Stop."',
      'Then she left.',
      '"Why?" he asked.',
      '"Because," she said.',
    ]);
  });

  it('keeps an ellipsis inside a sentence unless a capital follows', () => {
    expect(texts('He waited... and waited. Nothing came... Then the bus arrived.')).toEqual([
      'He waited... and waited.',
      'Nothing came...',
      'Then the bus arrived.',
    ]);
  });

  it('keeps list markers with their item', () => {
    expect(texts('1. Buy milk\n2. Call home\niv. Pay the rent.')).toEqual(['1. Buy milk', '2. Call home', 'iv. Pay the rent.']);
  });
});

describe('splitSentences: structure', () => {
  it('ends sentences at line breaks, counts paragraphs and gives exact offsets', () => {
    const text = 'Title line\n\nFirst sentence. Second one.\nThird line\n\n\nLast paragraph.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.paragraph, s.line, s.terminated])).toEqual([
      ['Title line', 0, 0, false],
      ['First sentence.', 1, 1, true],
      ['Second one.', 1, 1, true],
      ['Third line', 1, 2, false],
      ['Last paragraph.', 2, 3, true],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits other scripts at their own full stops (Devanagari danda, Arabic question mark)', () => {
    expect(texts('यह पहला वाक्य है। यह दूसरा है।')).toEqual(['यह पहला वाक्य है।', 'यह दूसरा है।']);
    expect(texts('هل أنت بخير؟ نعم.')).toEqual(['هل أنت بخير؟', 'نعم.']);
  });

  it('joins a line broken inside a number or after a comma, and nothing else', () => {
    expect(texts('他获得了5\n00万元的大奖。\n他说，\n这是运气。\n标题行\n正文从这里开始。')).toEqual([
      '他获得了5\n00万元的大奖。',
      '他说，\n这是运气。',
      '标题行',
      '正文从这里开始。',
    ]);
  });

  it('stops after the number of sentences asked for, within a line and across lines', () => {
    expect(splitSentences('One here. Two here. Three here.', 2).map((s) => s.text)).toEqual(['One here.', 'Two here.']);
    expect(splitSentences('一。\n二。\n三。', 2).map((s) => s.text)).toEqual(['一。', '二。']);
  });

  it('gives [] for empty and whitespace-only text, and handles CRLF', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\n ')).toEqual([]);
    expect(texts('One.\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
  });
});
