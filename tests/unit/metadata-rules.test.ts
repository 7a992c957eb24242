/**
 * The metadata rules (headline, publication date, bylines) on small hand-made pages: each case
 * is one general habit of real sites, and what the extractor makes of it.
 */
import { describe, expect, it } from 'vitest';
import { findDateInText, formatIsoDate, parseStructuredDate, type DateValue } from '../../shared/extract/dates';
import { isPlausibleName, stripBylinePrefix } from '../../shared/extract/byline';
import { readBracketedCredits, readLabelLine } from '../../shared/extract/labels';
import { readMetadata } from '../../shared/extract/metadata';
import { choosePublishedDate, dateFromUrl } from '../../shared/extract/published-date';
import { splitDocumentTitle } from '../../shared/extract/title';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const PROSE = 'The council met on Tuesday to discuss the budget, and members agreed, after a long debate, to fund the new library. ';
const BODY = `<div class="content"><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p></div>`;

function page(body: string, head = '', title = 'Council funds the new library | Town Gazette'): Document {
  return parseDocument(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`);
}

function extract(body: string, head = '', title?: string, url = 'https://gazette.example.com/news/council-library') {
  const article = extractArticle(page(body, head, title), { url });
  expect(article).not.toBeNull();
  return article!;
}

const day = (value: string | undefined | null): string | null => {
  const parsed = parseStructuredDate(value);
  return parsed ? formatIsoDate({ year: parsed.year, month: parsed.month, day: parsed.day }) : null;
};

describe('dates in more shapes', () => {
  it('reads abbreviated Romance month names with hyphens', () => {
    expect(formatIsoDate(findDateInText('publicado el 04-ago-2021 5:11:10')!.value)).toBe('2021-08-04');
    expect(formatIsoDate(findDateInText('12 dic. 2020')!.value)).toBe('2020-12-12');
    expect(formatIsoDate(findDateInText('3 févr. 2022')!.value)).toBe('2022-02-03');
  });
  it('reads Arabic month names', () => {
    expect(formatIsoDate(findDateInText('الأربعاء، 07 أكتوبر 2020 - 12:09 م')!.value)).toBe('2020-10-07');
    expect(formatIsoDate(findDateInText('12 شباط 2021')!.value)).toBe('2021-02-12');
  });
  it('reads Romanian month names, a month run into the day\'s full stop, and a date closing a sentence', () => {
    expect(formatIsoDate(findDateInText('Unica.md, 20 septembrie 2020 16:20')!.value)).toBe('2020-09-20');
    expect(formatIsoDate(findDateInText('8.Dezember 2010 um 09:43')!.value)).toBe('2010-12-08');
    expect(formatIsoDate(findDateInText('Von Deutscher Tennis Bund 4. 2. 2022.')!.value)).toBe('2022-02-04');
    expect(findDateInText('version 1.2.2020.5')).toBeNull();
  });
  it('dates a span of days by its first day', () => {
    expect(formatIsoDate(findDateInText('Wochenbericht 14. - 20. Januar 2022')!.value)).toBe('2022-01-14');
    expect(formatIsoDate(findDateInText('Festival, 14-20 June 2022')!.value)).toBe('2022-06-14');
  });
  it('does not read a deadline on a short line as the page\'s date', () => {
    expect(readLabelLine('Video verfügbar bis 28.02.2021')?.hits.date).toBeUndefined();
    expect(readLabelLine('Available until June 30, 2021')?.hits.date).toBeUndefined();
    expect(readLabelLine('Berlin, 28.02.2021')?.hits.date).toMatchObject({ year: 2021, month: 2, day: 28 });
  });
  it('reads a zone name or am/pm after a time only as a whole word', () => {
    expect(findDateInText('17.10.2019, 14:14 Zum Antworten anmelden')!.value).toMatchObject({ hour: 14, minute: 14, offsetMinutes: undefined });
    expect(findDateInText('2023-05-01 12:30 Amnesty International said')!.value).toMatchObject({ hour: 12, minute: 30 });
    expect(readLabelLine('Published: 2021-09-01 09:00 Zhao Lei')?.hits.date).toMatchObject({ hour: 9, offsetMinutes: undefined });
    expect(findDateInText('2019-10-17 14:14 Z')!.value).toMatchObject({ hour: 14, offsetMinutes: 0 });
    expect(findDateInText('2023-05-01 12:30 pm')!.value).toMatchObject({ hour: 12 });
  });
  it('reads an offset written after UTC or GMT', () => {
    expect(findDateInText('13 Jan 2020, 22:11 GMT+10')!.value).toMatchObject({ hour: 22, offsetMinutes: 600 });
    expect(findDateInText('2023-05-01 10:00 UTC+08:00')!.value).toMatchObject({ offsetMinutes: 480 });
    expect(findDateInText('2023-05-01 10:00 GMT-5')!.value).toMatchObject({ offsetMinutes: -300 });
    expect(parseStructuredDate('2023-05-01 10:00:00 GMT+0800')).toMatchObject({ hour: 10, offsetMinutes: 480 });
    expect(parseStructuredDate('2023-05-01T10:00:00 UTC+08:00')).toMatchObject({ hour: 10, offsetMinutes: 480 });
    expect(parseStructuredDate('2023-05-01T10:00:00GMT')).toMatchObject({ offsetMinutes: 0 });
  });
  it('reads a span of time after a date as its start, not as a time and a zone', () => {
    const line = readLabelLine('发布时间：2024-03-15 10:00-11:30 来源：人民网');
    expect(line?.hits.date).toMatchObject({ day: 15, hour: 10, minute: 0, offsetMinutes: undefined });
    expect(line?.hits.source).toBe('人民网');
    expect(findDateInText('时间：2024-03-15 14:00-16:00')!.value).toMatchObject({ hour: 14, offsetMinutes: undefined });
    expect(findDateInText('2019-11-19 10:00-05:00')!.value).toMatchObject({ hour: 10, offsetMinutes: -300 });
    expect(findDateInText('2019-11-19 10:00:00-11:00')!.value).toMatchObject({ hour: 10, offsetMinutes: -660 });
  });
  it('does not read the day a reference was looked up as the page\'s date', () => {
    expect(readLabelLine('．新浪[引用日期2014-05-19]')?.hits.date).toBeUndefined();
    expect(readLabelLine('．新浪[引用日期：2014-05-19]')?.hits.date).toBeUndefined();
    expect(readLabelLine('Retrieved 12 May 2019')?.hits.date).toBeUndefined();
    expect(readLabelLine('Archived from the original on 3 March 2020')?.hits.date).toBeUndefined();
    expect(readLabelLine('．新浪 2014-05-19')?.hits.date).toMatchObject({ year: 2014, month: 5, day: 19 });
  });
  it('ends a byline\'s names at the writer\'s role after a comma', () => {
    expect(readLabelLine('By Jane Doe, Staff Writer')).toMatchObject({ pure: true, hits: { authors: ['Jane Doe'] } });
    expect(readLabelLine('by Daniel Roe, Senior Director, Content & Marketing, Acme Media and Acme Institute')).toMatchObject({ pure: true, hits: { authors: ['Daniel Roe'] } });
    expect(readLabelLine('By Jane Doe, John Roe and Ann Poe')?.hits.authors).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
  });
  it('splits names at a conjunction, not at a middle initial', () => {
    expect(readLabelLine('By John Y. Smith')?.hits.authors).toEqual(['John Y. Smith']);
    expect(readLabelLine('Author: John Y. Smith')?.hits.authors).toEqual(['John Y. Smith']);
    expect(readLabelLine('Por Juan Pérez y María López')?.hits.authors).toEqual(['Juan Pérez', 'María López']);
  });
  it('takes first names that begin like a month for names, and weekdays and dates for none', () => {
    for (const name of ['Mark', 'Mary', 'Janet', 'Marco', 'Novak', 'Sunny Mayer', 'Monty Mayhew', 'Decker']) expect(isPlausibleName(name)).toBe(true);
    for (const text of ['March 5, 2020', 'Jan.', 'Sept. 12', 'Monday, March 2', 'Tue. Oct 3', 'mardi', 'Sonntag', 'miércoles']) expect(isPlausibleName(text)).toBe(false);
  });
  it('reads the date opening a longer info line when a byline or a separator follows it, not one opening a sentence', () => {
    expect(readLabelLine('03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee')?.hits.date).toMatchObject({ year: 2017, month: 3, day: 1 });
    expect(readLabelLine('12.11.2021 | Pressestelle der Stadtverwaltung, Abteilung Kommunikation und Bürgerdialog')?.hits.date).toMatchObject({ year: 2021, month: 11, day: 12 });
    expect(readLabelLine('03/01/2017 was the day the council met to discuss the budget for the new library')?.hits.date).toBeUndefined();
  });
  it('reads an ISO value with UTC written between day and time', () => {
    expect(parseStructuredDate('2025-12-17UTC07:30:00+00:00')).toMatchObject({ year: 2025, month: 12, day: 17, hour: 7, offsetMinutes: 0 });
  });
});

describe('declared dates', () => {
  it('reads the date of a HowTo item when the page has no article item', () => {
    const metadata = readMetadata(page('', '<script type="application/ld+json">{"@context":"http://schema.org/","@type":"HowTo","name":"Sew a round tablecloth","datePublished":"2022-01-10T22:06:08Z"}</script>'));
    expect(metadata.published.map(day)).toEqual(['2022-01-10']);
  });
  it('reads JSON-LD that a framework wrote into a meta tag, escaped, but not other meta JSON', () => {
    const ld = '{"@type":"Article","headline":"Council funds the new library","datePublished":"2025-11-17T09:00:00-05:00"}'.replace(/"/g, '&quot;');
    expect(readMetadata(page('', `<meta name="script:ld+json" content="${ld}">`)).published.map(day)).toEqual(['2025-11-17']);
    expect(readMetadata(page('', `<meta name="app-state" content="${ld}">`)).published).toEqual([]);
  });
  it('finds CMS-specific last-change keys the list does not name', () => {
    const metadata = readMetadata(page('', '<meta name="modified-date" content="2024-07-30"><meta name="last-updated-time" content="2024-07-29T10:00:00Z"><meta name="updater" content="2024-01-01"><meta itemprop="dateUpdate" content="2024-07-28 08:04"><meta name="candidate" content="2024-01-02">'));
    expect(metadata.modified.map(day)).toEqual(['2024-07-30', '2024-07-29', '2024-07-28']);
  });
  it('finds CMS-specific publish keys the list does not name, but not the publisher', () => {
    const metadata = readMetadata(page('', '<meta name="publisher" content="2001-01-01"><meta name="w-published-date" content="2025-05-27T06:03:43Z"><meta name="published" content="July 17, 2025">'));
    expect(metadata.published.map(day).sort()).toEqual(['2025-05-27', '2025-07-17']);
  });
  it('reads <time dateTime> as written by React', () => {
    const document = page('<p>Last updated <time dateTime="2024-09-17T06:16:41Z">1 year ago</time></p>');
    expect(readMetadata(document).published).toContain('2024-09-17T06:16:41Z');
  });
});

describe('choosing the publication date', () => {
  const none = (): null => null;
  it('on a Chinese page, takes a date shown under the headline over metadata, elsewhere not', () => {
    const shown = (): DateValue => ({ year: 2020, month: 4, day: 17 });
    const chinese = choosePublishedDate({ structured: ['2011-06-17T11:26:10Z'], modified: [], url: 'https://example.com/post', chinese: true, nearHeadline: shown });
    expect(formatIsoDate(chinese!)).toBe('2020-04-17');
    const other = choosePublishedDate({ structured: ['2011-06-17T11:26:10Z'], modified: [], url: 'https://example.com/post', chinese: false, nearHeadline: shown });
    expect(formatIsoDate(other!)).toBe('2011-06-17T11:26:10+00:00');
  });
  it('settles a day and month that read either way by another value of the page', () => {
    const settled = choosePublishedDate({ structured: ['02/12/2025', '2025-12-02'], modified: [], url: 'https://example.com/post', chinese: false, nearHeadline: none, labelled: { year: 2025, month: 2, day: 12 } });
    expect(formatIsoDate(settled!)).toBe('2025-12-02');
    const unsettled = choosePublishedDate({ structured: ['03/09/2026'], modified: [], url: 'https://example.com/post', chinese: false, nearHeadline: none });
    expect(formatIsoDate(unsettled!)).toBe('2026-03-09');
  });
  it('reads a month name in the address, and settles by it a shown day that reads either way', () => {
    const url = 'https://gazette.example.com/blog/2023/october/03/council-library';
    expect(dateFromUrl(url)).toMatchObject({ year: 2023, month: 10, day: 3 });
    expect(day(extract(`<h1>Council funds the new library</h1><p class="meta">03/10/2023</p>${BODY}`, '', undefined, url).publishedAt)).toBe('2023-10-03');
    expect(day(extract(`<h1>Council funds the new library</h1><p class="meta">03/10/2023</p>${BODY}`).publishedAt)).toBe('2023-03-10');
  });
  it('is the day the page says it was originally published on, over a later shown or declared day', () => {
    const note = '<p><em>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</em></p>';
    expect(day(extract(`<h1>Council funds the new library</h1><p class="meta">30/09/2022 11:07</p>${BODY}${note}`, '<meta property="article:published_time" content="2022-09-30">').publishedAt)).toBe('2019-09-26');
    expect(day(extract(`<h1>Council funds the new library</h1>${BODY}<p>Originally published by the Town Gazette in print.</p>`, '<meta property="article:published_time" content="2022-09-30">').publishedAt)).toBe('2022-09-30');
  });
  it('is the update day of a label line when the page shows and declares no other day', () => {
    // Closing a long page, past the lines read for a date near the headline.
    const long = `<h1>Council funds the new library</h1><div class="content">${`<p>${PROSE}</p>`.repeat(30)}<p>Last updated: November 13, 2025</p></div>`;
    expect(day(extract(long).publishedAt)).toBe('2025-11-13');
    expect(day(extract(long, '<meta name="date" content="2025-10-01">').publishedAt)).toBe('2025-10-01');
  });
  it('falls back to an element whose class names a date, not an update or a comment, when nothing else dates the page', () => {
    // Far above the headline, past the lines read for a date near it.
    const top = '<div class="comment-date">March 3, 2021</div><div class="post-updated">March 2, 2021</div><p class="date">Feb 2, 2023</p>'
      + `<ul>${'<li><a href="/section">Section</a></li>'.repeat(8)}</ul>`;
    expect(day(extract(`${top}<h1>Council funds the new library</h1>${BODY}`).publishedAt)).toBe('2023-02-02');
    expect(day(extract(`${top}<h1>Council funds the new library</h1>${BODY}`, '<meta name="date" content="2023-01-05">').publishedAt)).toBe('2023-01-05');
  });
  it('falls back to a publish key in a script when nothing else dates the page, and only then', () => {
    const app = '<script>window.page = { "section": "news", "publishedDate": "2016-11-04T20:37:27Z" };</script>';
    expect(day(extract(`<h1>Council funds the new library</h1>${BODY}`, app).publishedAt)).toBe('2016-11-04');
    expect(day(extract(`<h1>Council funds the new library</h1>${BODY}`, `${app}<meta property="article:published_time" content="2016-10-01">`).publishedAt)).toBe('2016-10-01');
    expect(readMetadata(page('', '<script>var config = {"publisher":"2001-01-01","pub_date":"2019-03-02"};</script>')).scriptPublished()).toEqual(['2019-03-02']);
  });
  it('passes over script publish keys that disagree (a list of references)', () => {
    const references = '<script>var refs = [{"title":"A","publishDate":"2012-06-24"},{"title":"B","publishDate":"2016-06-25"}];</script>';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, references).publishedAt).toBeUndefined();
    const agreeing = '<script>var a = {"publishDate":"2016-11-04"}; var b = {"pub_date":"2016-11-04 08:00"};</script>';
    expect(day(extract(`<h1>Council funds the new library</h1>${BODY}`, agreeing).publishedAt)).toBe('2016-11-04');
  });
  it('takes the address day over a UTC time one day off, but not over a farther one', () => {
    const shifted = choosePublishedDate({ structured: ['2023-11-09T01:49:09Z'], modified: [], url: 'https://example.com/2023/11/08/story', chinese: false, nearHeadline: none });
    expect(formatIsoDate(shifted!)).toBe('2023-11-08');
    const articleNumber = choosePublishedDate({ structured: ['2020-11-09T18:34:47+00:00'], modified: [], url: 'https://example.com/2020/11/2338761/', chinese: false, nearHeadline: none });
    expect(formatIsoDate(articleNumber!)).toBe('2020-11-09T18:34:47+00:00');
    const zoned = choosePublishedDate({ structured: ['2020-02-19T18:37:32+01:00'], modified: [], url: 'https://example.com/2020/02/18/story.html', chinese: false, nearHeadline: none });
    expect(formatIsoDate(zoned!)).toBe('2020-02-19T18:37:32+01:00');
  });
  it('keeps the declared day that the address confirms over another declared day shown by the headline', () => {
    const related = { year: 2020, month: 10, day: 18 };
    const declared = ['2020-05-16T09:00:40-04:00', '2020-10-18T13:08:24Z'];
    const dayInAddress = choosePublishedDate({ structured: declared, modified: [], url: 'https://example.com/2020/05/16/story.html', chinese: false, labelled: related, nearHeadline: () => related });
    expect(formatIsoDate(dayInAddress!)).toBe('2020-05-16T09:00:40-04:00');
    const monthInAddress = choosePublishedDate({ structured: declared, modified: [], url: 'https://example.com/2020/05/story.html', chinese: false, labelled: related, nearHeadline: () => related });
    expect(formatIsoDate(monthInAddress!)).toBe('2020-05-16T09:00:40-04:00');
    const noAddress = choosePublishedDate({ structured: declared, modified: [], url: 'https://example.com/story.html', chinese: false, labelled: related, nearHeadline: () => related });
    expect(formatIsoDate(noAddress!)).toBe('2020-10-18');
  });
  it('takes the local day and time of a UTC time that the headline shows a whole zone away, in that zone', () => {
    const shown = (): DateValue => ({ year: 2019, month: 10, day: 19, hour: 0, minute: 4, second: 0 });
    const local = choosePublishedDate({ structured: ['2019-10-18T22:04:00Z'], modified: [], url: 'https://example.com/story', chinese: false, nearHeadline: shown });
    expect(formatIsoDate(local!)).toBe('2019-10-19T00:04:00+02:00');
    // Another time, or a day without a time, is not the same instant.
    const other = choosePublishedDate({ structured: ['2019-10-18T22:04:00Z'], modified: [], url: 'https://example.com/story', chinese: false, nearHeadline: () => ({ year: 2019, month: 10, day: 19, hour: 0, minute: 9, second: 0 }) });
    expect(formatIsoDate(other!)).toBe('2019-10-18T22:04:00+00:00');
    const dayOnly = choosePublishedDate({ structured: ['2019-10-18T22:04:00Z'], modified: [], url: 'https://example.com/story', chinese: false, nearHeadline: () => ({ year: 2019, month: 10, day: 19 }) });
    expect(formatIsoDate(dayOnly!)).toBe('2019-10-18T22:04:00+00:00');
  });
  it('takes the day the headline shows next to the declared one when no zone puts the declared time on it', () => {
    const shown = (): DateValue => ({ year: 2025, month: 12, day: 18 });
    const story = { modified: [], url: 'https://example.com/story', chinese: false, nearHeadline: shown };
    // 22:02 UTC on the 19th is the 19th from UTC−12 to UTC+14: a later stamp, the 18th is the page's.
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2025-12-19T22:02:58Z'] })!)).toBe('2025-12-18');
    // A server's clock without a zone (03:05 on the 19th, 21:05 on the 18th in Chicago) yields to the shown day too.
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2025-12-19 03:05:48'] })!)).toBe('2025-12-18');
    // 02:17 UTC on the 19th is the evening of the 18th in the Americas: the same instant, the declared day stays.
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2025-12-19T02:17:00Z'] })!)).toBe('2025-12-19T02:17:00+00:00');
    // The shown day is the update day: the first day stays.
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2025-12-17T22:02:58Z'], modified: ['2025-12-18T08:00:00Z'] })!)).toBe('2025-12-17T22:02:58+00:00');
  });
  it('passes over a first publication declared long after the last change (a rebuild\'s stamp) for another published value', () => {
    const story = { modified: ['2024-07-30'], url: 'https://example.com/story', chinese: false, nearHeadline: (): null => null };
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2026-03-09T08:45:32Z', '2021-02-16'] })!)).toBe('2021-02-16');
    // A post scheduled a few days after its last edit keeps its day, and so does a lone value.
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2024-08-02T08:00:00Z', '2021-02-16'] })!)).toBe('2024-08-02T08:00:00+00:00');
    expect(formatIsoDate(choosePublishedDate({ ...story, structured: ['2026-03-09T08:45:32Z'] })!)).toBe('2026-03-09T08:45:32+00:00');
  });
  it('reads a date line a few lines above the headline, but not a list item there', () => {
    const furniture = '<p>23 /</p><p>Vorlesen</p><p>Teilen</p><p>Drucken</p><p>Merken</p><p>Kommentare</p>';
    expect(day(extract(`<p>Peter Grimm / 07.11.2023 / 09:30</p>${furniture}<h1>Council funds the new library</h1>${BODY}`).publishedAt)).toBe('2023-11-07');
    expect(extract(`<ul><li><a href="/other">Report 31. Dezember 2021</a></li></ul>${furniture}<h1>Council funds the new library</h1>${BODY}`).publishedAt).toBeUndefined();
  });
  it('does not read the times of a comment thread as the page\'s', () => {
    const comments = '<div id="comments"><ol class="comment-list"><li><time datetime="2019-08-24T03:36:11+02:00">24 August 2019</time><p>Great episode.</p></li></ol></div>';
    expect(readMetadata(page(`<article><time datetime="2019-08-16">16 August 2019</time></article>${comments}`)).published).toEqual(['2019-08-16']);
  });
});

describe('the date the page shows', () => {
  it('is a dateline opening the first paragraph when nothing else dates the page, but not a date deep in a sentence', () => {
    const dateline = extract(`<h1>Council funds the new library</h1><p>Karlsruhe, (12.11.2021). ${PROSE.repeat(2)}</p>${BODY}`);
    expect(day(dateline.publishedAt)).toBe('2021-11-12');
    const inSentence = extract(`<h1>Council funds the new library</h1><p>${PROSE} The vote, held on 12.11.2021, was close. ${PROSE}</p>${BODY}`);
    expect(inSentence.publishedAt).toBeUndefined();
  });
  it('is a declared date other than the first when the headline shows it, unless it is the update day or a day off', () => {
    const confirmed = extract(`<h1>Council funds the new library</h1><p class="meta">21.01.2022 - 13:30</p>${BODY}`,
      '<meta name="date" content="2022-01-26T14:32:06+02:00"><meta itemprop="datePublished" content="2022-01-21">');
    expect(day(confirmed.publishedAt)).toBe('2022-01-21');
    const update = extract(`<h1>Council funds the new library</h1><p class="meta">Last updated: Dec 17, 2025</p>${BODY}`,
      '<meta property="article:published_time" content="2025-12-01"><meta name="date" content="2025-12-17">');
    expect(day(update.publishedAt)).toBe('2025-12-01');
    const zoneApart = extract(`<h1>Council funds the new library</h1><p class="meta">July 4, 2025</p>${BODY}`,
      '<meta property="article:published_time" content="2025-07-05T00:04:00+00:00"><meta name="date" content="2025-07-04T20:04:00-04:00">');
    expect(day(zoneApart.publishedAt)).toBe('2025-07-05');
  });
  it('is the day shown under the headline when the declared one is far from it and not the update day', () => {
    const stamped = extract(`<h1>Council funds the new library</h1><p class="meta">January 31, 2024</p>${BODY}`,
      '<meta property="article:published_time" content="2025-11-05T10:00:00Z">');
    expect(day(stamped.publishedAt)).toBe('2024-01-31');
    const update = extract(`<h1>Council funds the new library</h1><p class="meta">Edited January 31, 2024</p>${BODY}`,
      '<meta property="article:published_time" content="2023-05-05T10:00:00Z">');
    expect(day(update.publishedAt)).toBe('2023-05-05');
  });
  it('is a declared value other than the first when the headline shows its very time, though it is also the update day', () => {
    const evidence = { structured: ['2023-11-03T10:25:56Z', '2023-11-06T14:25:00Z'], modified: ['2023-11-06T14:26:51Z'], url: 'https://example.com/story', chinese: false };
    const timed = choosePublishedDate({ ...evidence, nearHeadline: () => ({ year: 2023, month: 11, day: 6, hour: 15, minute: 25, second: 0 }) });
    expect(formatIsoDate(timed!)).toBe('2023-11-06');
    // The day alone, or another time, may be the update shown in place of the first: the first declared value stays.
    const dayOnly = choosePublishedDate({ ...evidence, nearHeadline: () => ({ year: 2023, month: 11, day: 6 }) });
    expect(formatIsoDate(dayOnly!)).toBe('2023-11-03T10:25:56+00:00');
    const otherTime = choosePublishedDate({ ...evidence, nearHeadline: () => ({ year: 2023, month: 11, day: 6, hour: 15, minute: 32, second: 0 }) });
    expect(formatIsoDate(otherTime!)).toBe('2023-11-03T10:25:56+00:00');
  });
  it('reads a date glued to the word before it by markup', () => {
    const glued = extract(`<h1>Council funds the new library</h1><p class="meta"><span>7 min read</span><span>Dec 30, 2013</span></p>${BODY}`);
    expect(day(glued.publishedAt)).toBe('2013-12-30');
    const kicker = extract(`<p class="kicker"><span>Original Research</span><span>7 April 2020</span></p><h1>Council funds the new library</h1>${BODY}`);
    expect(day(kicker.publishedAt)).toBe('2020-04-07');
  });
  it('is the date of an author box after the body when nothing else dates the page', () => {
    const box = `<h1>Council funds the new library</h1>${BODY}<div class="author-box"><p>Written by Moses Kim</p><p>April 8, 2024</p></div>`;
    expect(day(extract(box).publishedAt)).toBe('2024-04-08');
    expect(day(extract(box, '<meta property="article:published_time" content="2024-01-02">').publishedAt)).toBe('2024-01-02');
    // A bare date after the body, with no byline before it, belongs to a teaser.
    const long = `<h1>Council funds the new library</h1><div class="content">${`<p>${PROSE}</p>`.repeat(30)}</div>`;
    expect(day(extract(`${long}<p>Written by Moses Kim</p><p>April 8, 2024</p>`).publishedAt)).toBe('2024-04-08');
    expect(extract(`${long}<p>Read next</p><p>April 8, 2024</p>`).publishedAt).toBeUndefined();
    // A name with its date below the body is a comment or a review.
    expect(extract(`${long}<p>Songcaster Jan 20, 2026</p><p>Just an absolutely gorgeous mug</p>`).publishedAt).toBeUndefined();
  });
  it('is the day shown by the headline over a generic date key far from it, but not over a publish key', () => {
    const body = `<h1>Council funds the new library</h1><p class="meta">05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des Jugendwerks)</p>${BODY}`;
    expect(day(extract(body, '<meta name="date" content="2020-02-12">').publishedAt)).toBe('2020-02-05');
    expect(day(extract(body, '<meta name="dc.date" content="2020-02-12">').publishedAt)).toBe('2020-02-05');
    expect(day(extract(body, '<meta property="article:published_time" content="2020-02-12">').publishedAt)).toBe('2020-02-12');
    // A day apart is a zone's shift, and the update day is the update.
    expect(day(extract(body, '<meta name="date" content="2020-02-06">').publishedAt)).toBe('2020-02-06');
  });
  it('is the day the other declared values agree on after a generic date key, not one of a list of other items\' times', () => {
    const base = { modified: [], url: 'https://example.com/story', chinese: false, nearHeadline: () => null };
    const agreeing = ['2022-01-21T09:43+01:00', '2022-01-25T08:00:00+01:00'];
    expect(formatIsoDate(choosePublishedDate({ ...base, structured: agreeing, structuredGeneric: true })!)).toBe('2022-01-25T08:00:00+01:00');
    expect(formatIsoDate(choosePublishedDate({ ...base, structured: agreeing })!)).toBe('2022-01-21T09:43:00+01:00');
    const list = ['2025-03-27', '2026-03-13T12:00:00Z', '2026-03-10T14:09:58Z'];
    expect(formatIsoDate(choosePublishedDate({ ...base, structured: list, structuredGeneric: true })!)).toBe('2025-03-27');
  });
  it('is not a forum member\'s joining day nor a thread\'s last post', () => {
    const joined = extract(`<h1>Council funds the new library</h1><ul><li>Joined</li><li>Nov 4, 2011</li></ul>${BODY}`,
      '<meta property="article:published_time" content="2025-12-19T04:25:38+05:00">');
    expect(day(joined.publishedAt)).toBe('2025-12-19');
    const lastPost = extract(`<h1>Council funds the new library</h1><p>Last post: 01/12/2025 at 6:49 pm</p>${BODY}`);
    expect(lastPost.publishedAt).toBeUndefined();
  });
  it('is the update day when that is the day shown by the headline and OpenGraph does not declare the first day', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Council funds the new library","datePublished":"2019-10-15T16:59:59Z","dateModified":"2020-03-12T14:42:17Z"}</script>';
    const article = extract(`<h1>Council funds the new library</h1><p class="meta">Updated March 12, 2020</p>${BODY}`, ld);
    expect(day(article.publishedAt)).toBe('2020-03-12');
    // A `Last updated:` label line counts alike, and so does the same instant a zone away (the 13th in UTC, the 12th in the Americas).
    const labelled = extract(`<h1>Council funds the new library</h1><p class="meta">Last updated: March 12, 2020</p>${BODY}`, ld.replace('2020-03-12T14:42:17Z', '2020-03-13T01:42:17Z'));
    expect(day(labelled.publishedAt)).toBe('2020-03-12');
    // OpenGraph's article:published_time agreeing with the first declared day keeps that day over the update shown.
    const og = '<meta property="article:published_time" content="2019-10-15T16:59:59Z"><meta property="article:modified_time" content="2020-03-12T14:42:17Z">';
    expect(day(extract(`<h1>Council funds the new library</h1><p class="meta">Updated March 12, 2020</p>${BODY}`, og).publishedAt)).toBe('2019-10-15');
    expect(day(extract(`<h1>Council funds the new library</h1><p class="meta">Last updated: March 12, 2020</p>${BODY}`, `${og}${ld}`).publishedAt)).toBe('2019-10-15');
    // Without OpenGraph's first day, an update line far from the declared days is the day the page gives itself too.
    const third = extract(`<h1>Council funds the new library</h1><p class="meta">Jane Doe Updated August 14, 2025</p>${BODY}`,
      '<script type="application/ld+json">{"@type":"Article","headline":"Council funds the new library","datePublished":"2025-05-19T22:12:02Z","dateModified":"2025-11-20T16:06:10Z"}</script>');
    expect(day(third.publishedAt)).toBe('2025-08-14');
    const first = extract(`<h1>Council funds the new library</h1><p class="meta">Published October 15, 2019</p>${BODY}`,
      '<meta property="article:published_time" content="2019-10-15T16:59:59Z"><meta property="article:modified_time" content="2020-03-12T14:42:17Z">');
    expect(day(first.publishedAt)).toBe('2019-10-15');
  });
});

describe('a page that shows or declares little', () => {
  it('is dated by its declared last change when it declares and shows no other day', () => {
    const article = extract(`<h1>Council funds the new library</h1>${BODY}`, '<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">');
    expect(day(article.publishedAt)).toBe('2023-06-12');
  });
  it('is dated by a bare day under the headline that is the declared change, when the declared values agree on one first day', () => {
    const shown = (): DateValue => ({ year: 2025, month: 3, day: 5 });
    const page = { modified: ['2025-03-05T13:25:58'], url: 'https://example.com/story', chinese: false, nearHeadline: shown };
    expect(formatIsoDate(choosePublishedDate({ ...page, structured: ['2025-01-01T03:00:00'] })!)).toBe('2025-03-05');
    // A thread's posts each declare their own time: the day by the title is its last post's, the first post's day stays.
    expect(formatIsoDate(choosePublishedDate({ ...page, structured: ['2025-01-01T03:00:00', '2025-02-11T08:00:00'] })!)).toBe('2025-01-01');
    // OpenGraph's first day stays too.
    expect(formatIsoDate(choosePublishedDate({ ...page, structured: ['2025-01-01T03:00:00'], openGraphPublished: '2025-01-01T03:00:00' })!)).toBe('2025-01-01');
  });
});

describe('bylines', () => {
  it('reads "Written by", "Article by:" and a By run into the linked name', () => {
    expect(extract(`<h1>Council funds the new library</h1><p>ByJane Doe</p>${BODY}`).authors).toEqual(['Jane Doe']);
    expect(extract(`<h1>Council funds the new library</h1><p>Written by Jack Shepherd</p>${BODY}`).authors).toEqual(['Jack Shepherd']);
    expect(extract(`<h1>Council funds the new library</h1><div>Article by: Cara Dumaplin</div>${BODY}`).authors).toEqual(['Cara Dumaplin']);
  });
  it('strips a byline word only when it is one (not the start of Byron or Paris)', () => {
    expect(['By: FlowGuard EMEA', 'by Tracy Parker, Dietitian', 'von Andreas Kürten'].map(stripBylinePrefix)).toEqual(['FlowGuard EMEA', 'Tracy Parker, Dietitian', 'Andreas Kürten']);
    expect(['Byron Smith', 'Paris Hilton', 'Porter Wagoner'].map(stripBylinePrefix)).toEqual(['Byron Smith', 'Paris Hilton', 'Porter Wagoner']);
  });
  it('prefers a person named on the page to an organisation declared as the author', () => {
    const head = '<meta property="og:site_name" content="Town Gazette"><meta name="author" content="Town Gazette">';
    expect(extract(`<h1>Council funds the new library</h1><p>By Jane Doe</p>${BODY}`, head).authors).toEqual(['Jane Doe']);
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council funds the new library","author":{"@type":"Organization","name":"Gazette Media"},"publisher":{"@type":"Organization","name":"Gazette Media"}}</script>';
    expect(extract(`<h1>Council funds the new library</h1><div class="author-box"><div class="author-name">Jane Doe</div><div>Staff Writer</div></div>${BODY}`, ld).authors).toEqual(['Jane Doe']);
    // With no person anywhere, the organisation is still the credit the page gives.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, ld).authors).toEqual(['Gazette Media']);
  });
  it('takes the name out of a byline box, not its role, date or buttons', () => {
    const box = '<div class="post-author"><div class="text__author"><span>Shauna Mitchell</span><div>August 25, 2024</div></div><a>Print</a></div>';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}${box}`).authors).toEqual(['Shauna Mitchell']);
    const roles = '<div class="author"><div class="name">Rachel MacDonald</div><div>Writer</div></div>';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}${roles}`).authors).toEqual(['Rachel MacDonald']);
  });
  it('reads a "Written by" line anywhere on the page when nothing else names the writer', () => {
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<p>Written by John Crenshaw</p>`).authors).toEqual(['John Crenshaw']);
    // A bare "By" followed by one word is a menu or a caption, not a byline.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<p>By Car</p>`).authors).toEqual([]);
  });
  it('reads the name under a credit heading, and each of two names joined by "and"', () => {
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<h3>Author</h3><p>Lisa D. Ellis</p>`).authors).toEqual(['Lisa D. Ellis']);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<div>Written by</div><div>Jack Shepherd</div>`).authors).toEqual(['Jack Shepherd']);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<div><strong>Contributors:</strong> Janet Loughrey</div>`).authors).toEqual(['Janet Loughrey']);
    // Initials in an avatar under the heading are no name.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<h3>Authors</h3><div>CP</div>`).authors).toEqual([]);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<p>Written by Moses Kim and Kate Shokurova</p>`).authors).toEqual(['Moses Kim', 'Kate Shokurova']);
  });
  it('credits a forum thread to the writer of its opening post, not to those who replied', () => {
    const post = (name: string, text: string) => `<article class="message" data-author="${name}"><div class="message-user"><a class="username">${name}</a></div><div class="message-body"><p>${text}</p></div></article>`;
    const thread = `<h1>Council funds the new library</h1>${post('piizog', PROSE.repeat(4))}${post('Rick Moss', PROSE.repeat(2))}<aside><div class="latest-author">Lena Ruiz</div></aside>`;
    expect(extract(thread).authors).toEqual(['piizog']);
    // A forum that declares the opening post's writer and gives the attribute to replies only.
    const declared = `<h1>Council funds the new library</h1><div itemprop="author" itemscope><span itemprop="name">JosephF</span></div><div class="message-body"><p>${PROSE.repeat(4)}</p></div>${post('Rick Moss', PROSE.repeat(2))}`;
    expect(extract(declared).authors[0]).toBe('JosephF');
  });
  it('prefers a person in a byline box to the site credited by name near the headline', () => {
    const head = '<meta property="og:site_name" content="Larkspur"><meta name="author" content="Larkspur">';
    const box = '<div class="post-authors"><div class="author-card"><span class="author-name">Larkspur</span></div><div class="author-card"><span class="author-name">Joakim Sandell</span></div></div>';
    expect(extract(`<h1>Council funds the new library</h1><p>By Larkspur</p>${BODY}${box}`, head).authors).toEqual(['Joakim Sandell']);
  });
  it('credits a personal site\'s posts to the person two of its own names agree on', () => {
    const header = '<header><a href="/">Pierce Freeman</a><nav><a href="/notes">Notes</a></nav></header>';
    expect(extract(`${header}<h1>Council funds the new library</h1>${BODY}`, '', 'Council funds the new library | Pierce Freeman').authors).toEqual(['Pierce Freeman']);
    const feed = '<link rel="alternate" type="application/rss+xml" title="Cassidy Williams" href="/rss.xml">';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<footer>© 2025 Cassidy Williams. All rights reserved.</footer>`, feed, 'Council funds the new library').authors).toEqual(['Cassidy Williams']);
    // One name alone may be a publication's that looks like a person's; an organisation's never agrees.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`).authors).toEqual([]);
    expect(extract(`<header><a href="/">Clemson News</a></header><h1>Council funds the new library</h1>${BODY}`, '', 'Council funds the new library | Clemson News').authors).toEqual([]);
  });
  it('reads a team credited in a byline box, and a name after the date on one byline line', () => {
    expect(extract(`<h1>Council funds the new library</h1><span class="hero__author">By the Lavazza Team</span>${BODY}`).authors).toEqual(['the Lavazza Team']);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<h4 class="author-name">By <a href="/editors">The Currency editors</a></h4>`).authors).toEqual(['The Currency editors']);
    expect(extract(`<h1>Council funds the new library</h1><div class="publish-date-author">Dec. 19, 2025 &middot; Niko Matsakis on behalf of <a href="/team">the vision team</a></div>${BODY}`).authors).toEqual(['Niko Matsakis']);
    // A group word alone, or closing a sentence, is no credit.
    expect(extract(`<h1>Council funds the new library</h1><span class="author">Meet the team</span>${BODY}`).authors).toEqual([]);
  });
  it('reads the post author a CMS hands its analytics when nothing else names the writer', () => {
    const layer = '<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Krystyna Vale"}; dataLayer.push(dataLayer_content);</script>';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, layer).authors).toEqual(['Krystyna Vale']);
    // A byline on the page comes first.
    expect(extract(`<h1>Council funds the new library</h1><p>By Jane Doe</p>${BODY}`, layer).authors).toEqual(['Jane Doe']);
    // A product's author is the shop account that listed it.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, layer.replace('"post"', '"product"')).authors).toEqual([]);
  });
  it('reads the writer a Twitter card labels, after the page\'s own bylines', () => {
    const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tyler Brown"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes">';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, card).authors).toEqual(['Tyler Brown']);
    // The card names the account that posted; a byline on the page names the writer.
    expect(extract(`<h1>Council funds the new library</h1><div class="byline">By Jane Doe</div>${BODY}`, card).authors).toEqual(['Jane Doe']);
  });
  it('reads the writer from a link to the author\'s archive given as a query (`?author=102`)', () => {
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<div><a href="https://blog.example.com/?author=102">Jane Doe</a></div>`).authors).toEqual(['Jane Doe']);
    // Another parameter before it is a filtered list (`?cat=7&author=102`), not a credit.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}<div><a href="https://blog.example.com/?cat=7&author=102">Jane Doe</a></div>`).authors).toEqual([]);
  });
  it('never gives a button, a role or a label as the author', () => {
    const article = extract(`<h1>Council funds the new library</h1><div class="byline">Writer</div><div class="author">•</div>${BODY}`);
    expect(article.authors).toEqual([]);
    for (const word of ['Posted', 'Von', 'Redaktion', 'undefined', 'Home']) {
      expect(extract(`<h1>Council funds the new library</h1><div class="byline">${word}</div>${BODY}`).authors).toEqual([]);
    }
  });
  it('skips the buttons of a byline element (Follow, More, 关注) and takes the name in the next one', () => {
    for (const button of ['Follow', 'More', '关注']) {
      expect(extract(`<h1>Council funds the new library</h1><div class="reporter">${button}</div><div class="reporter">Jane Doe</div>${BODY}`).authors).toEqual(['Jane Doe']);
    }
  });
  it('does not credit readers who commented, the writer\'s bio, a job title beside the name, or the makers of the site', () => {
    const byline = '<p class="byline">By <span class="author vcard"><a href="/author/jdoe">Jane Doe</a></span></p>';
    const comments = '<ol class="comments"><li><cite class="comment-author" itemprop="author">Karol</cite><p>Which shop is this?</p></li>'
      + '<li><span class="comment-author-link"><a href="https://example.org">Bill Osborne</a></span> on the library</li></ol>';
    const job = '<p class="byline"><span class="job-title">Associate Editor, Town Gazette</span></p>';
    const bio = '<div class="author-box"><div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div></div>';
    const colophon = '<footer><div class="copyright">© 2020 Town News Media.<br>Theme: ColorMag by <a href="https://themes.example.org" rel="author">ThemeGrill</a></div></footer>';
    expect(extract(`<h1>Council funds the new library</h1>${byline}${job}${BODY}${bio}${comments}${colophon}`).authors).toEqual(['Jane Doe']);
    // With no byline of the writer's, none of them stands in for one; a job title alone is the credit the page gives.
    expect(extract(`<h1>Council funds the new library</h1>${BODY}${bio}${comments}${colophon}`).authors).toEqual([]);
    expect(extract(`<h1>Council funds the new library</h1><p class="byline">By Luxury Travel Expert</p>${BODY}`).authors).toEqual(['Luxury Travel Expert']);
    // The box about the writer still names the writer.
    const about = '<div class="about-author"><h4>Jane Doe</h4><p class="author-bio">Jane covers the council and its budget for the Gazette.</p></div>';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}${about}`).authors).toEqual(['Jane Doe']);
  });
  it('reads the outlet after its label, and no address or bare label as one', () => {
    const meta = (item: string) => `<h1>Council funds the new library</h1><dl class="article-meta"><div class="meta-source">${item}</div></dl>${BODY}`;
    expect(extract(meta('<dt>Źródło:</dt><dd>PAP</dd>')).source).toBe('PAP');
    expect(extract(meta('<span>Źródło: PAP</span>')).source).toBe('PAP');
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, '<meta name="source" content="https://gazette.example.com/news/council-library">').source).toBeUndefined();
  });
  it('does not take the makers of the software that generated the page for its author', () => {
    const head = '<meta name="generator" content="Discuz! X3.4"><meta name="author" content="Discuz! Team and Comsenz UI Team">';
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, head).authors).toEqual([]);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, '<meta name="generator" content="WordPress 6.4"><meta name="author" content="Jane Doe">').authors).toEqual(['Jane Doe']);
    expect(extract(`<h1>Council funds the new library</h1>${BODY}`, '<meta name="generator" content="Hugo 0.120"><meta name="author" content="Hugo Chávez">').authors).toEqual(['Hugo Chávez']);
  });
});

describe('Chinese dateline credits', () => {
  it('reads the reporter from "(name place报道)" and leaves the place and wire services out', () => {
    expect(readBracketedCredits('所有的改革不都是利益再分配的过程吗？”（姚峰 上海报道）')?.authors).toEqual(['姚峰']);
    expect(readBracketedCredits('…（记者 张三 北京报道）')?.authors).toEqual(['张三']);
    expect(readBracketedCredits('…（新华社 北京报道）')).toBeNull();
  });
});

describe('headlines', () => {
  it('never takes the site name set as an h1 for the headline', () => {
    const article = extract(`<header><h1 class="site-title">Town Gazette</h1></header><h2 class="entry-title">Council funds the new library</h2>${BODY}`);
    expect(article.title).toBe('Council funds the new library');
    const logo = extract(`<h1>Town Gazette</h1><h2>Council funds the new library</h2>${BODY}`, '<meta property="og:site_name" content="Town Gazette">');
    expect(logo.title).toBe('Council funds the new library');
  });
  it('does not take a heading that is a fragment of the title for the headline', () => {
    const article = extract(`<h2>For homeowners</h2><h1>Library plans: four steps for homeowners</h1>${BODY}`, '', 'Library plans: a step-by-step guide for homeowners | Town Gazette');
    expect(article.title).toBe('Library plans: four steps for homeowners');
  });
  it('drops the site name a heading repeats from the SEO title', () => {
    const article = extract(`<h1>Council funds the new library | Town Gazette</h1>${BODY}`, '<meta property="og:site_name" content="Town Gazette">');
    expect(article.title).toBe('Council funds the new library');
  });
  it('reads the first part of "Headline - Long Site Name" as the headline', () => {
    const article = extract(`<h1>Blog</h1><h2 class="post-title">For Hire Livery Insurance</h2>${BODY}`, '', 'For Hire Livery Insurance - American Business Insurance Services, Inc.');
    expect(article.title).toBe('For Hire Livery Insurance');
  });
  it('never takes a heading naming a later part of <title> (a series or a book) for the headline', () => {
    const article = extract(`<h1>Introduction to Quantum Information Science</h1><h2>Plan and intended audience</h2>${BODY}`, '', 'Plan and intended audience | Introduction to Quantum Information Science');
    expect(article.title).toBe('Plan and intended audience');
  });
  it('keeps the h1 over a later heading in the body that restates the SEO title', () => {
    const article = extract(`<h1>How the council chose to fund a library</h1><div class="content"><p>${PROSE.repeat(3)}</p><h2>Council funds the new library</h2><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p></div>`);
    expect(article.title).toBe('How the council chose to fund a library');
    expect(article.text.startsWith('The council met')).toBe(true);
    // A masthead h1 above the agreeing heading, with no prose between, is not the headline.
    const masthead = extract(`<h1>Notes from the Town Hall</h1><h2>Council funds the new library</h2>${BODY}`);
    expect(masthead.title).toBe('Council funds the new library');
  });
  it('joins a heading a <br> splits into one line', () => {
    const article = extract(`<h1><span>Council funds<br>the new library</span></h1>${BODY}`);
    expect(article.title).toBe('Council funds the new library');
    expect(article.text).not.toContain('the new library\n');
    // A headline and a subtitle set in one h1: the part the metadata names is the headline.
    const subtitled = extract(`<h1><strong>Council funds the new library.</strong><br>Work starts in the spring.</h1>${BODY}`, '<meta property="og:title" content="Council funds the new library.">', 'Town Gazette');
    expect(subtitled.title).toBe('Council funds the new library.');
  });
  it('keeps the closing punctuation and run-on words of a heading longer than the SEO title', () => {
    expect(extract(`<h1>Will the council fund the new library?</h1>${BODY}`, '', 'Will the council fund the new library | Town Gazette').title).toBe('Will the council fund the new library?');
    expect(extract(`<h1>Council funds the new library extension</h1>${BODY}`).title).toBe('Council funds the new library extension');
    // A badge after the headline is still cut off.
    expect(extract(`<h1>Council funds the new library (video)</h1>${BODY}`).title).toBe('Council funds the new library');
  });
  it('takes the one h1 that can be a headline, past a short section h1 and a copy of itself', () => {
    const head = '<meta property="og:title" content="Library funding approved">';
    expect(extract(`<h1>The Blog</h1><h1>How the council chose to fund a library</h1>${BODY}`, head, 'Library funding approved | Town Gazette').title).toBe('How the council chose to fund a library');
    const copies = '<h1 class="mobile">How the council chose to fund a library</h1><h1 class="desktop">How the council chose to fund a library</h1>';
    expect(extract(`${copies}${BODY}`, head, 'Library funding approved | Town Gazette').title).toBe('How the council chose to fund a library');
  });
  it('takes the h1 that holds a breadcrumb fragment of the title, not the fragment', () => {
    const crumbs = '<ol class="breadcrumb"><li><a href="/">Home</a></li><li class="breadcrumb-item title">New library opens its doors</li></ol>';
    const article = extract(`${crumbs}<h1>New library opens its doors to the whole town</h1>${BODY}`, '', 'New library opens its doors &amp; more | Town Gazette');
    expect(article.title).toBe('New library opens its doors to the whole town');
    // A line equal to the headline part of <title> is the headline, even inside a longer h1.
    const equal = extract(`<p class="title">New library</p><h1>New library opens its doors to the whole town</h1>${BODY}`, '', 'New library | Town Gazette');
    expect(equal.title).toBe('New library');
  });
  it('prefers an agreeing h1 that is not a link over a linked header h1', () => {
    const article = extract(`<div class="docs-header"><h1><a href="/">Library Handbook 2.0 Documentation</a></h1></div><h1>Borrowing books</h1>${BODY}`, '', 'Borrowing books — Library Handbook 2.0 Documentation');
    expect(article.title).toBe('Borrowing books');
  });
  it('reads an underscore inside a name as part of it, and between words as a separator', () => {
    expect(splitDocumentTitle('Module ngx_http_rewrite_module')).toEqual({ headline: 'Module ngx_http_rewrite_module' });
    expect(splitDocumentTitle('市政府召开会议_新闻中心')).toEqual({ headline: '市政府召开会议', site: '新闻中心' });
    const article = extract(`<h2>Module ngx_http_rewrite_module</h2>${BODY}`, '', 'Module ngx_http_rewrite_module');
    expect(article.title).toBe('Module ngx_http_rewrite_module');
  });
  it('drops words a heading sets before the headline part of <title> (a brand, a category, a date)', () => {
    expect(extract(`<h1>Town Gazette Explains New library opening hours</h1>${BODY}`, '', 'New library opening hours | Town Gazette').title).toBe('New library opening hours');
    expect(extract(`<h1>Dec 18 2025 New library opening hours</h1>${BODY}`, '', 'New library opening hours | Town Gazette').title).toBe('New library opening hours');
    // A lead-in ending in a colon is the headline's own.
    expect(extract(`<h1>The 2025 Awards: New library opening hours</h1>${BODY}`, '', 'New library opening hours | Town Gazette').title).toBe('The 2025 Awards: New library opening hours');
  });
  it('drops an icon-font permalink glyph after a heading', () => {
    expect(extract(`<h1>Council funds the new library\uf0c1</h1>${BODY}`, '', 'Library | Town Gazette').title).toBe('Council funds the new library');
  });
  it('takes the title over a lesser heading that words it only in part or in other capitals', () => {
    // No h1: a section heading naming part of the title is a label for it.
    const part = extract(`<h2>Library Plans</h2>${BODY}`, '', 'New Library Plans | Town Gazette');
    expect(part.title).toBe('New Library Plans');
    const capitals = extract(`<h2>Council Funds The New Library</h2>${BODY}`);
    expect(capitals.title).toBe('Council funds the new library');
    // A title that only adds a site name (after a space in Chinese, before a separator) or a
    // bracketed note does not replace the heading.
    const chinese = extract(`<h2 class="title">市政府召开常务会议</h2>${BODY}`, '', '市政府召开常务会议 新闻中心');
    expect(chinese.title).toBe('市政府召开常务会议');
    expect(extract(`<h2>Council funds the new library</h2>${BODY}`, '', 'Gazette :: Council funds the new library').title).toBe('Council funds the new library');
    expect(extract(`<h2>Library Plans</h2>${BODY}`, '<meta property="og:title" content="Library Plans (2021/5)">', 'Library Plans (2021/5): Town Gazette').title).toBe('Library Plans');
  });
  it('reads a paragraph set inside a heading as that heading', () => {
    // A short page name in a Markdown-rendered h1 (`<h1><p>Loans</p></h1>`) beats the site name in <title>.
    const article = extract(`<nav><a href="/loans">Loans</a></nav><h1><p>Loans</p></h1>${BODY}`, '', 'Loans | Library Docs');
    expect(article.title).toBe('Loans');
    // A kicker set beside the headline in the heading stays a line of its own; so do the
    // paragraphs of a heading left open around the whole story.
    const kicker = extract(`<h2 class="headline"><div class="kicker">Town news</div> <span>Council funds the new library</span></h2>${BODY}`);
    expect(kicker.title).toBe('Council funds the new library');
    const open = extractArticle(page(`<h1>Council funds the new library</h1><h4>${BODY}</h4>`), { url: 'https://gazette.example.com/news/council-library' });
    expect(open?.text.startsWith('The council met')).toBe(true);
  });
  it('takes the heading above the dated info line that opens the story over a footer heading naming the site', () => {
    // `<title>` names only the section and the site; the footer sets the society's name as a heading.
    const zhProse = '本次会议由学会专业委员会主办，来自全国各地高校和科研院所的专家学者围绕大会主题开展了一系列学术报告和交流活动。';
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻动态--中国测绘学会官网</title></head><body>
      <div class="nav"><a href="/">首页</a> <a href="/news">新闻动态</a> <a href="/join">会员服务</a></div>
      <h3>首页 - 新闻动态</h3>
      <h5>2019年全国测绘学术年会在成都成功举行</h5>
      <div class="ly"><b>发布时间：2019-05-18</b> <i>来源：中国测绘学会</i></div>
      <div class="detail"><p>${zhProse.repeat(3)}</p><p>${zhProse.repeat(2)}</p><p>${zhProse.repeat(2)}</p></div>
      <div class="footer"><h5>中国测绘学会</h5><p>地址：北京市海淀区 电话：010-12345678</p></div></body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://www.example.org.cn/news/detail/1234' });
    expect(article?.title).toBe('2019年全国测绘学术年会在成都成功举行');
    expect(article?.publishedAt?.slice(0, 10)).toBe('2019-05-18');
    expect(article?.source).toBe('中国测绘学会');
  });
  it('writes a heading set in capitals as the metadata words it, and skips a shouted slogan', () => {
    const caps = extract(`<h1>COUNCIL FUNDS THE NEW LIBRARY</h1>${BODY}`);
    expect(caps.title).toBe('Council funds the new library');
    const slogan = extract(`<h1>BUILDING A BETTER TOWN TOGETHER</h1>${BODY}`);
    expect(slogan.title).toBe('Council funds the new library');
  });
  it('takes the clean metadata wording of a heading with characters the page could not show', () => {
    const head = '<meta property="og:title" content="Library Plans: A Beginner&#39;s Guide">';
    expect(extract(`<h1>Library Plans? Beginner? Guide</h1>${BODY}`, head, 'Library Plans: A Beginner\'s Guide | Town Gazette').title).toBe('Library Plans: A Beginner\'s Guide');
    expect(extract(`<h1>Library Plans: A Beginner\ufffds Guide</h1>${BODY}`, head).title).toBe('Library Plans: A Beginner\'s Guide');
    // A question mark the metadata has too is the headline's own.
    expect(extract(`<h1>Will the council fund the library?</h1>${BODY}`, '', 'Will the council fund the library? | Town Gazette').title).toBe('Will the council fund the library?');
  });
  it('does not take an h1 that reads as a description or as a lead-in to what follows for the headline', () => {
    const description = 'Learn which libraries the council will fund next year. Get the facts on budgets, staff and opening hours from the people who run them. We explain everything you need to know.';
    const head = '<meta property="og:title" content="Council funds the new library | Town Gazette">';
    const furniture = ['Share', 'Tweet', 'Email', 'Print', 'Save', 'Listen'].map((word) => `<div><a href="/${word}">${word}</a></div>`).join('');
    const dates = '<script type="application/ld+json">{"@type":"Article","datePublished":"2023-07-22T03:47:21+00:00","dateModified":"2024-09-05T10:00:09-03:00"}</script>';
    const described = extract(`<h1>${description}</h1><p>By Jane Roe</p><p>Updated Sep 5, 2024</p>${furniture}${BODY}`, `${head}${dates}`);
    expect(described.title).toBe('Council funds the new library');
    // The description stands where the headline would: the story and its info line follow it.
    expect(described.text).not.toContain('Learn which libraries');
    expect(described.publishedAt?.slice(0, 10)).toBe('2024-09-05');
    expect(extract(`<h1><span style="color:red">A message from the editor of the Town Gazette:</span></h1>${BODY}`, head).title).toBe('Council funds the new library');
  });
  it('takes an h1 that words the JSON-LD headline of the article over another h1', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"New library opening hours for the town"}</script>';
    const body = `<h1>What to expect from the library on your first visit there</h1><h1>New library opening hours for the town</h1>${BODY}`;
    expect(extract(body, `<meta property="og:title" content="All you need to know about the library">${jsonLd}`).title).toBe('New library opening hours for the town');
  });
  it('drops a descriptor label set before the headline in its heading', () => {
    expect(extract(`<h1><span class="descriptor">Title:</span> Council funds the new library extension plan</h1>${BODY}`, '', 'Town Gazette').title).toBe('Council funds the new library extension plan');
  });
  it('drops the label a forum sets before a thread title in its heading', () => {
    const heading = '<h1 class="p-title-value"><span class="label label--green">Library</span><span class="label-append">&nbsp;</span>Opening hours 2024 - 2025</h1>';
    expect(extract(`${heading}${BODY}`, '<meta property="og:title" content="Library - Opening hours 2024 - 2025">', 'Library - Opening hours 2024 - 2025 | Town Forum').title).toBe('Opening hours 2024 - 2025');
  });
  it('decodes an entity the CMS escaped twice in a heading', () => {
    expect(extract(`<h1>Library hours &amp;#x26; fees for the new year</h1>${BODY}`, '', 'Town Gazette').title).toBe('Library hours & fees for the new year');
  });
  it('keeps a last part without letters in <title> as part of the headline', () => {
    expect(splitDocumentTitle('Library squad - 2024 - 2025')).toEqual({ headline: 'Library squad' });
  });
  it('repairs UTF-8 text the page misread as Latin-1', () => {
    const misread = (text: string): string => Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
    const title = 'The council’s library — opening soon';
    const article = extract(`<h1>${misread(title)}</h1><div class="content"><p>${misread('The council’s plan — in full. ')}${PROSE.repeat(3)}</p><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p></div>`, '', `${misread(title)} | Town Gazette`);
    expect(article.title).toBe(title);
    expect(article.text).toContain('The council’s plan — in full.');
    // Latin-1 text without the control characters misreading leaves is left as it is.
    expect(extract(`<h1>Caf\u00c3\u00a9 Ã© library</h1>${BODY}`, '', 'Town Gazette').title).toBe('Caf\u00c3\u00a9 Ã© library');
  });
  it('repairs UTF-8 text the page misread as Windows-1252, and a sign misread with its lead byte', () => {
    const article = extract(
      `<h1>The councilâ€™s library â€” opening soon</h1><div class="content"><p>Made with KevlarÂ® at 20Â°C.\u00c2\u00a0 ${PROSE.repeat(3)}</p><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p></div>`,
      '',
      'Town Gazette',
    );
    expect(article.title).toBe('The council’s library — opening soon');
    expect(article.text).toContain('Made with Kevlar® at 20°C.');
    expect(article.text).not.toContain('Â');
    // Any character of the General Punctuation block read so is proof: a dash or an opening quote alone.
    expect(extract(`<h1>Harbour â€“ opening soon after the repairs</h1>${BODY}`, '', 'Town Gazette').title).toBe('Harbour – opening soon after the repairs');
    expect(extract(`<h1>The â€˜new’ harbour opens after the repairs</h1>${BODY}`, '', 'Town Gazette').title).toBe('The ‘new’ harbour opens after the repairs');
    // A capital Â that begins a word is a letter (`Âge`), not a misread lead byte.
    expect(extract(`<h1>Âge de pierre et musée</h1>${BODY}`, '', 'Town Gazette').title).toBe('Âge de pierre et musée');
  });
});
