import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../shared/story/boilerplate';
import { normalizeText } from '../../shared/text/normalize';

const boilerplate = (line: string) => isBoilerplateLine(normalizeText(line));

describe('isBoilerplateLine', () => {
  it('drops labels, trailers and counters, in either script and width', () => {
    for (const line of [
      '責任編輯: 陳瀟',
      '[责任编辑：陈潇]',
      '2018-06-20 17:59:25 來源: 河北新聞網',
      '新聞評論文明上網理性發言,請遵守新聞評論服務協議',
      '为你推荐',
      '+1',
      '020020030100000000000000011124141298976411',
      'Share this article',
      'Read more: Our coverage of the election',
      'Reporting by John Smith; Editing by Jane Doe',
      '© 2021 Example Media. All rights reserved.',
    ]) {
      expect(boilerplate(line), line).toBe(true);
    }
  });

  it('keeps prose that merely starts like boilerplate', () => {
    for (const line of [
      'Share prices fell sharply on Monday after the central bank raised interest rates again.',
      'By the end of the year, the city expects to have planted ten thousand new trees along its avenues.',
      'Email records obtained by the newspaper show that the minister knew about the problem in March.',
      '记者：您认为这次环保督察“回头看”对企业意味着什么？今后的整改重点又在哪里？',
      '会议还研究了其他事项。(记者王成果)',
      '今天，省政府党组书记、省长许勤主持召开省政府党组会议。',
    ]) {
      expect(boilerplate(line), line).toBe(false);
    }
  });
});
