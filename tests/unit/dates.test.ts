import { describe, expect, it } from 'vitest';
import { findDateInText, formatIsoDate, parseStructuredDate, shiftToOffset } from '../../shared/extract/dates';
import { isoDateSchema } from '../../shared/article';

const CHINA = 480;
const text = (value: string, offset?: number): string | null => {
  const found = findDateInText(value);
  return found ? formatIsoDate(found.value, offset) : null;
};
const structured = (value: string, offset?: number): string | null => {
  const parsed = parseStructuredDate(value);
  return parsed ? formatIsoDate(parsed, offset) : null;
};

describe('dates written in text', () => {
  it('reads Chinese info lines with Beijing time', () => {
    expect(text('2018-06-20 17:59:25 来源：河北新闻网', CHINA)).toBe('2018-06-20T17:59:25+08:00');
    expect(text('发布时间：2019年09月26日 10:09', CHINA)).toBe('2019-09-26T10:09:00+08:00');
    expect(text('2018年6月20日', CHINA)).toBe('2018-06-20');
    expect(text('2020/6/6 10:08', CHINA)).toBe('2020-06-06T10:08:00+08:00');
  });
  it('keeps only the day when no zone is known', () => {
    expect(text('Published June 20, 2018 at 5:03 pm')).toBe('2018-06-20');
    expect(text('20. Juni 2018')).toBe('2018-06-20');
    expect(text('le 3 mars 2020')).toBe('2020-03-03');
    expect(text('12.11.2019')).toBe('2019-11-12');
  });
  it('reads month names in any case and language, past words in a month name’s place that are none', () => {
    expect(text('Top 10 Websites 2020, updated 5 June 2021')).toBe('2021-06-05');
    expect(text('Chapter 3 2019 — March 4, 2020')).toBe('2020-03-04');
    expect(text('20 de junio de 2018')).toBe('2018-06-20');
    expect(text('04-ago-2021')).toBe('2021-08-04');
    expect(text('15 SEPTEMBER 2020')).toBe('2020-09-15');
    expect(text('14. - 20. Januar 2022')).toBe('2022-01-14');
    expect(text('Apples 12 2020')).toBeNull();
  });
  it('reads a 12-hour clock with the fallback offset', () => {
    expect(text('June 20, 2018 5:03 pm', CHINA)).toBe('2018-06-20T17:03:00+08:00');
  });
  it('reads CST as US Central time after am / pm and as China Standard Time on a 24-hour clock', () => {
    expect(text('Published: Mar. 4, 2021 at 5:32 PM CST')).toBe('2021-03-04T17:32:00-06:00');
    expect(text('2021-03-04 17:32 CST')).toBe('2021-03-04T17:32:00+08:00');
    expect(text('January 2, 2025, 9:06am CDT')).toBe('2025-01-02T09:06:00-05:00');
    expect(text('Oct. 9, 2020 at 7:15 a.m. MDT')).toBe('2020-10-09T07:15:00-06:00');
  });
  it('reads the Chinese part of the day before the hour', () => {
    expect(text('2023年09月12日 下午3:05', CHINA)).toBe('2023-09-12T15:05:00+08:00');
    expect(text('2023/05/09 上午10:30', CHINA)).toBe('2023-05-09T10:30:00+08:00');
    expect(text('2023-05-09 凌晨12:30', CHINA)).toBe('2023-05-09T00:30:00+08:00');
    expect(text('2023-05-09 中午12:10', CHINA)).toBe('2023-05-09T12:10:00+08:00');
    expect(text('2023-05-09 晚間8:00', CHINA)).toBe('2023-05-09T20:00:00+08:00');
  });
  it('reads Taiwan era years (民國)', () => {
    expect(text('中華民國112年5月9日 下午3:05', CHINA)).toBe('2023-05-09T15:05:00+08:00');
    expect(text('民國99年12月31日', CHINA)).toBe('2010-12-31');
    expect(text('112/11/21 15:05', CHINA)).toBe('2023-11-21T15:05:00+08:00');
    expect(text('發布日期：112-05-01', CHINA)).toBe('2023-05-01');
    // Bare three-digit numbers are era years only in the 100s with two-digit month and day.
    expect(text('共有350/12/31人')).toBeNull();
    expect(text('第112/5/9號')).toBeNull();
  });
  it('rejects impossible dates and version numbers', () => {
    expect(text('2019-02-30')).toBeNull();
    expect(text('build 1.2.3')).toBeNull();
    expect(text('call 1380-1234-5678')).toBeNull();
  });
});

describe('structured dates', () => {
  it('keeps a month-only value at the month', () => {
    expect(structured('1998-03')).toBe('1998-03');
    expect(structured('1998-13')).toBeNull();
  });
  it('keeps the stated offset', () => {
    expect(structured('2019-11-19T11:00:09.000Z')).toBe('2019-11-19T11:00:09+00:00');
    expect(structured('2019-11-19T10:00:00+0100')).toBe('2019-11-19T10:00:00+01:00');
    expect(structured('2019-11-19T09:01:42+05:30')).toBe('2019-11-19T09:01:42+05:30');
  });
  it('reads plain days, compact days, timestamps and RFC 2822', () => {
    expect(structured('2019-12-12')).toBe('2019-12-12');
    expect(structured('20191119')).toBe('2019-11-19');
    expect(structured('1568000000')).toBe('2019-09-09T03:33:20+00:00');
    expect(structured('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19T10:00:00+00:00');
  });
  it('shifts a zoned time to Beijing time', () => {
    const parsed = parseStructuredDate('2019-09-10T17:53:00Z')!;
    expect(formatIsoDate(shiftToOffset(parsed, CHINA))).toBe('2019-09-11T01:53:00+08:00');
  });
  it('cuts a zone-less time to the day without a fallback', () => {
    expect(structured('2019-11-19 10:00:00')).toBe('2019-11-19');
    expect(structured('2019-11-19 10:00:00', CHINA)).toBe('2019-11-19T10:00:00+08:00');
  });
});

describe('dates in the article contract', () => {
  it('accepts a month, a day and a zoned time, and nothing looser', () => {
    for (const value of ['1998-03', '2018-06-20', '2018-06-20T17:59:25+08:00']) expect(isoDateSchema.safeParse(value).success).toBe(true);
    for (const value of ['1998-3', '1998', '2018-06-20 17:59']) expect(isoDateSchema.safeParse(value).success).toBe(false);
  });
});
