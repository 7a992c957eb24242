import { describe, expect, it } from 'vitest';
import { formatDate } from '../../worker/reader/format-date';

describe('reader date display', () => {
  it('shows a day as a day and a month-only value as its month, never shifted', () => {
    expect(formatDate('2018-06-20', 'en-US')).toBe('Jun 20, 2018');
    expect(formatDate('1998-03', 'en-US')).toBe('March 1998');
  });
});
