/**
 * Rules taught by the held-out European-language pages (tests/world-pages/): the time after `à`,
 * `um`, `alle`; a shown time given in the zone of the declared UTC instant; source labels and
 * agency datelines and sign-offs in the languages of news sites; paywall prompts, read-also
 * headings, channel invitations and agency-copy notes as furniture.
 */
import { describe, expect, it } from 'vitest';
import { isTrailerHeading, trailerKind } from '../../shared/clean/trailers';
import { findDateInText, parseStructuredDate } from '../../shared/extract/dates';
import { isNewsAgency } from '../../shared/extract/byline';
import { europeanOffset } from '../../shared/extract/european-zones';
import { readLabelLine } from '../../shared/extract/labels';
import { readMetadata } from '../../shared/extract/metadata';
import { extractArticle, inspectPage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const paragraphs = (count: number): string =>
  Array.from({ length: count }, (_, index) => `<p>Absatz ${index + 1}: Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, wie die Sprecherin mitteilte.</p>`).join('');
const page = (head: string, body: string): string =>
  `<html lang="de"><head><title>Stadtrat beschließt Haushalt</title>${head}</head><body><article><h1>Stadtrat beschließt Haushalt</h1>${body}</article></body></html>`;
const extract = (head: string, body: string) => extractArticle(parseDocument(page(head, body)), { url: 'https://www.example.de/lokales/stadtrat-beschliesst-haushalt-123456.html' })!;

describe('dates and times in European news', () => {
  it('reads the time after the word for "at"', () => {
    expect(findDateInText('Publié le 21 novembre 2024 à 09h15')!.value).toMatchObject({ day: 21, hour: 9, minute: 15 });
    expect(findDateInText('am 4. Februar 2022 um 11:23')!.value).toMatchObject({ day: 4, hour: 11, minute: 23 });
    expect(findDateInText('27 febbraio 2025 alle 18:40')!.value).toMatchObject({ day: 27, hour: 18, minute: 40 });
  });
  it('writes the declared instant in the zone the page shows it in', () => {
    const article = extract('<meta property="article:published_time" content="2024-03-14T05:45:00Z">', `<p class="meta">Veröffentlicht am 14.03.2024, 06:45 Uhr</p>${paragraphs(5)}`);
    expect(article.publishedAt).toBe('2024-03-14T06:45:00+01:00');
    const declared = extract('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-12T17:34:12Z"}</script>', `<p class="meta"><time datetime="2023-09-12T19:34:12+02:00">12. September 2023</time></p>${paragraphs(5)}`);
    expect(declared.publishedAt).toBe('2023-09-12T19:34:12+02:00');
  });
  it('takes the publication before an update note on the same line', () => {
    const article = extract('<meta property="article:published_time" content="2024-11-21T08:15:00Z">', `<p class="meta">Publié le 21 novembre 2024 à 09h15, mis à jour à 11h02</p>${paragraphs(5)}`);
    expect(article.publishedAt).toBe('2024-11-21T09:15:00+01:00');
  });
  it('names no author with the word before a date', () => {
    expect(readLabelLine('am 4. Februar 2022 um 11:23')?.hits.authors).toEqual([]);
    expect(readLabelLine('Le 6 mai 2024')?.hits.authors).toEqual([]);
  });
});

describe('agencies and sources', () => {
  it('reads Quelle:, Fuente:, Źródło: as source labels at the start of a line', () => {
    expect(readLabelLine('Quelle: Keystone-SDA')).toMatchObject({ pure: true, hits: { source: 'Keystone-SDA' } });
    expect(readLabelLine('Źródło: PAP')).toMatchObject({ pure: true, hits: { source: 'PAP' } });
    const article = extract('', `${paragraphs(5)}<p>Quelle: Keystone-SDA</p>`);
    expect(article.source).toBe('Keystone-SDA');
    expect(article.text).not.toContain('Quelle');
    // A picture agency named so credits a photo.
    expect(extract('', `${paragraphs(5)}<p>Quelle: jorisvo / Fotolia.com</p>`).source).toBeUndefined();
  });
  it('reads the agency of a dateline as the source, and drops its sign-off at the end', () => {
    const article = extract('', `<p>(ANSA) - VALMARENA, 27 FEB - Il consiglio comunale ha approvato il bilancio dopo un lungo dibattito in aula.</p>${paragraphs(4)}<p>La sede sarà inaugurata a marzo. (ANSA).</p>`);
    expect(article.source).toBe('ANSA');
    expect(article.text.endsWith('La sede sarà inaugurata a marzo.')).toBe(true);
  });
  it('keeps label lines as the text of a page that shows nothing else', () => {
    const article = extract('', '<div class="text"><p>Quelle: F.A.S.</p><p>Veröffentlicht: 30.07.2019 09:35 Uhr</p></div>');
    expect(article.text).toContain('Quelle: F.A.S.');
    expect(article.publishedAt?.slice(0, 10)).toBe('2019-07-30');
  });
});

describe('furniture of European news sites', () => {
  it('knows paywall prompts and offers, read-also headings, channel invitations and agency-copy notes', () => {
    expect(trailerKind('Weiterlesen mit Plus', false)).toBe('paywall prompt');
    expect(trailerKind('Alle Artikel lesen. Jetzt 4 Wochen für 0,99 € testen, danach 9,99 € monatlich. Jederzeit kündbar.', false)).toBe('paywall prompt');
    expect(trailerKind('Il vous reste 61.53% de cet article à lire. La suite est réservée aux abonnés.', false)).toBe('paywall prompt');
    expect(trailerKind('Lesen Sie auch:', false)).toBe('related heading');
    expect(trailerKind('📲 Participe do canal do v1 SP no WhatsApp', false)).toBe('app promotion');
    expect(trailerKind('Con información de Europa Press.', true)).toBe('attribution note');
    expect(trailerKind('Gefällt mir: Gefällt mir Lade …', false)).toBe('loading placeholder');
    // Sentences with the same words stay.
    expect(trailerKind('Die Kunden können das Abo jederzeit kündbar abschließen, sagte er.', false)).toBeNull();
    expect(trailerKind('Lesen Sie auch die Stellungnahme des Bürgermeisters, die am Montag erschien.', false)).toBeNull();
  });
});

describe('second batch: the German-language web', () => {
  it('reads date lines opened without a colon, and times with a dot before Uhr', () => {
    expect(readLabelLine('Aktualisiert vor 2 Stunden Erstellt 25.06.2020, 14.05 Uhr')).toMatchObject({ pure: true, hits: { date: { day: 25, hour: 14, minute: 5 } } });
    expect(readLabelLine('Zuletzt aktualisiert am Dienstag, 16. Juli 2019 07:58')).toMatchObject({ pure: true });
    expect(findDateInText('12. Dezember 2019 um 9.15 Uhr')!.value).toMatchObject({ hour: 9, minute: 15 });
    // A figure with a dot is no time.
    expect(findDateInText('12. Dezember 2019 stiegen die Kosten um 9.15 Prozent')!.value.hour).toBeUndefined();
  });
  it('reads an agency\'s sign-off with the day it ran as the source', () => {
    const article = extract('', `${paragraphs(4)}<p>Die Bauarbeiten sollen im Herbst beginnen. (APA, 30.3.2021)</p>`);
    expect(article.source).toBe('APA');
    expect(article.text.endsWith('im Herbst beginnen.')).toBe(true);
  });
  it('prefers the byline\'s person to an organisation declared as the author', () => {
    const article = extract('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"NDR"}}</script>', `<div class="subline">von Hauke Rademacher</div>${paragraphs(4)}`);
    expect(article.authors).toEqual(['Hauke Rademacher']);
  });
  it('cuts a broadcaster\'s programme note, a picture gallery and a source line with desk initials', () => {
    expect(isTrailerHeading('Dieses Thema im Programm:')).toBe(true);
    expect(isTrailerHeading('Bildergalerie')).toBe(true);
    expect(trailerKind('Regionaljournal Bern Freiburg Wallis, 25.06.2020, 17.30 Uhr; sda/rues', true)).toBe('agency initials');
    const article = extract('', `${paragraphs(4)}<h3>Bildergalerie</h3><div class="gallery"><p>Atemschutztrupp vor dem Innenangriff</p></div><p>Fotos: Kathrin Maier</p>`);
    expect(article.text).not.toContain('Atemschutztrupp');
  });
});

describe('third batch: news in Portuguese, Russian, Spanish, Italian, Japanese and Turkish', () => {
  it('reads ISO 8601\'s basic format with its time', () => {
    expect(parseStructuredDate('20201021T0927')).toMatchObject({ day: 21, hour: 9, minute: 27 });
    expect(parseStructuredDate('20201021T092700Z')).toMatchObject({ hour: 9, minute: 27, offsetMinutes: 0 });
  });
  it('reads a shown day and month either way round as the declared instant makes them', () => {
    const html = `<html lang="pt-BR"><head><title>Ponte interditada</title></head><body><article><h1>Ponte interditada</h1><p class="meta"><time datetime="2019-11-05T12:41:37.412Z">05/11/2019 09h41</time></p>${paragraphs(4)}</article></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.com.br/noticia/ponte.ghtml' })!.publishedAt).toBe('2019-11-05T09:41:37-03:00');
  });
  it('reads the agency of a dash dateline and of a closing agency line as the source', () => {
    expect(extract('', `<p>ЕКАТЕРИНБУРГ, 21 окт — РИА Новости. Территорию бывшего завода превратят в парк, сообщили в мэрии.</p>${paragraphs(4)}`).source).toBe('РИА Новости');
    const closing = extract('', `${paragraphs(4)}<p>EFE</p><p>lsm/jabs</p>`);
    expect(closing.source).toBe('EFE');
    expect(closing.text.endsWith('wie die Sprecherin mitteilte.')).toBe(true);
  });
  it('names no author with a byline\'s word for "by" or an article\'s badge', () => {
    expect(extract('', `<div class="td-post-author-name"><div class="td-author-by">Di</div> <a href="/author/marta-colombo/">Marta Colombo</a></div>${paragraphs(4)}`).authors).toEqual(['Marta Colombo']);
  });
  it('knows update notes, supervision credits, ad labels, support appeals and follow prompts in other languages', () => {
    for (const [line, kind] of [
      ['Notícia actualizada às 21h10 com declarações do presidente da Câmara', 'update note'],
      ['*Sob supervisão de Fernanda Alves', 'contributor credit'],
      ['- Pubblicità -', 'advertisement label'],
      ['O PÚBLICO só existe graças aos seus leitores', 'support appeal'],
      ['Подписывайтесь на наш канал в Яндекс.Дзен — там самое интересное!', 'call to action'],
      ['Hürriyet\'i Google News üzerinden takip edin, son dakika gelişmelerinden ilk siz haberdar olun.', 'call to action'],
      ['Te recomendamos', 'related heading'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
    // A sentence that mentions subscribers or support stays.
    expect(trailerKind('Подписчики канала выросли вдвое, сообщила компания.', true)).toBeNull();
  });
});

describe('fourth batch: dated pages of the German-language web', () => {
  it('reads `Text:` as the writer and `Fotos:` as furniture, and `Inserat` as an ad label', () => {
    expect(readLabelLine('Text: Carina Hummel, Fotos: Tobias Reiner')).toMatchObject({ pure: true, hits: { authors: ['Carina Hummel'] } });
    expect(trailerKind('Inserat', false)).toBe('advertisement label');
  });
});

describe('a sidebar before the story', () => {
  it('dates a post by its labelled line after the text, not by a teaser listed above its headline', () => {
    const html = `<html lang="de"><head><title>Siebträger entkalken</title></head><body><div class="sidebar"><ul><li><a href="/blog/roester">Unser neuer Röster ist da!</a> <span>03.04.2019</span></li></ul></div>
<div class="blog"><h1>Siebträger entkalken</h1>${paragraphs(6)}<div class="meta"><span>Veröffentlicht am 14.05.2019</span></div></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.de/blog/kaffeewissen/siebtraeger-entkalken' })!.publishedAt).toBe('2019-05-14');
  });
});

describe('fifth batch: publication dates hidden in more ways', () => {
  const at = (html: string, url = 'https://www.example.de/lokales/kaimauer-gesperrt-123456.html') => extractArticle(parseDocument(html), { url })!;
  const doc = (head: string, body: string, lang = 'de') =>
    `<html lang="${lang}"><head><title>Kaimauer gesperrt</title>${head}</head><body><article><h1>Kaimauer gesperrt</h1>${body}</article></body></html>`;

  it('dates a story by its first publication named after the text, and leaves that note out', () => {
    const article = at(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-14T15:20:00Z"}</script>', `<p class="meta">Aktualisiert: 14.03.2019, 16:20 Uhr</p>${paragraphs(5)}<p><em>Erstmals veröffentlicht: 13.03.2019</em></p>`));
    expect(article.publishedAt).toBe('2019-03-13');
    expect(article.text).not.toContain('Erstmals');
  });
  it('dates a post by `Beitrag vom …` opening a footer of items parted by bars', () => {
    const html = `<html lang="de"><head><title>Brücke, Teil 3 | Moba unterm Dach</title></head><body><h1 class="site">Moba unterm Dach</h1><div class="post"><h2>Brücke über den Mühlbach, Teil 3</h2><div class="entry">${paragraphs(6)}</div>
<div class="post-footer">Beitrag vom 04.03.2016 &nbsp;|&nbsp; Kategorie: <a href="/?cat=4">Anlagenbau</a>, <a href="/?cat=9">Mühlbach-Brücke</a> &nbsp;|&nbsp; Schlagworte: <a href="/?tag=b">Brücke</a> &nbsp;|&nbsp; <a href="#comments">7 Kommentare</a> &nbsp;|&nbsp; 1.204 mal gelesen</div></div></body></html>`;
    const result = inspectPage(parseDocument(html), { url: 'https://www.moba-unterm-dach.de/?p=1287' });
    expect(result.article?.publishedAt).toBe('2016-03-04');
    // `/?p=1287` names one post: the root's address of an item, not the home page.
    expect(result.isArticle).toBe(true);
  });
  it('reads a calendar badge whose day, month and year sit in elements of their own', () => {
    const html = `<html lang="fr"><head><title>Ma jupe portefeuille</title></head><body><div class="post"><div class="post-date"><span class="post-date__day">04</span><span class="post-date__month">mars</span><span class="post-date__year">2019</span></div><h1>Ma jupe portefeuille</h1>${paragraphs(5)}</div></body></html>`;
    expect(at(html, 'https://www.example.fr/ma-jupe-portefeuille/').publishedAt).toBe('2019-03-04');
  });
  it('takes OpenGraph\'s first instant when the headline shows its very time, over a JSON-LD stamp of the evening before', () => {
    const head = '<meta property="article:published_time" content="2019-11-05T06:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-04T21:47:12+00:00"}</script>';
    expect(at(doc(head, `<ul><li class="time-info"><span class="date-published">06:00, 5 NOV 2019</span></li></ul>${paragraphs(5)}`, 'en-GB'), 'https://www.example.co.uk/news/local-news/ferry-stop-3498765').publishedAt).toBe('2019-11-05T06:00:00+00:00');
  });
  it('reads a day-first date with a two-digit year only before a time', () => {
    expect(findDateInText('4.3.21, 07:45')!.value).toMatchObject({ year: 2021, month: 3, day: 4, hour: 7, minute: 45 });
    expect(findDateInText('Firmware 4.3.21 ist da')).toBeNull();
    expect(findDateInText('v2.3.45, 10:00')).toBeNull();
  });
  it('reads a wiki engine\'s page as no article', () => {
    const html = `<html lang="de"><head><title>Weiherbachsiedlung – Stadtwiki</title><meta name="generator" content="MediaWiki 1.35.1"><meta property="og:type" content="article"></head><body><div id="content" class="mw-body"><h1>Weiherbachsiedlung</h1>${paragraphs(8)}</div></body></html>`;
    expect(inspectPage(parseDocument(html), { url: 'https://ka.stadtwiki.net/Weiherbachsiedlung' }).isArticle).toBe(false);
  });
  it('leaves out a press release\'s company profile and press contact, and tip boxes, share headings and donation boxes', () => {
    const release = at(doc('', `${paragraphs(6)}<p><strong>Über Lühmann Schiffstechnik</strong><br>Die Lühmann Schiffstechnik GmbH wurde 1962 gegründet und ist auf Wartung spezialisiert.</p><p><strong>Pressekontakt</strong><br>Katharina Brandt<br>Tel.: +49 40 781234-118</p>`));
    expect(release.text).not.toContain('Lühmann');
    expect(release.text.endsWith('wie die Sprecherin mitteilte.')).toBe(true);
    expect(isTrailerHeading('Über den Autor')).toBe(true);
    expect(isTrailerHeading('Über Geld spricht man nicht')).toBe(false);
    expect(isTrailerHeading('Teilen mit:')).toBe(true);
    expect(trailerKind('Das könnte dich auch noch interessieren:', true)).toBe('related heading');
    expect(trailerKind('Heb jij een tip of een mooi verhaal? Laat het ons weten via tip@gld.nl.', true)).toBe('tip box');
    expect(trailerKind('Unterstütze watson und unseren Journalismus', true)).toBe('support appeal');
    expect(trailerKind('Mit deinem Beitrag hilfst du uns, auch in Zukunft ohne Paywall zu berichten.', true)).toBe('support appeal');
    expect(trailerKind('1× CHF 25', true)).toBe('donation options');
    expect(trailerKind('$95', true)).toBeNull();
  });
});

describe('sixth batch: dates beside other dates', () => {
  it('dates a press release by `Pressemitteilung Nr. … vom …` and leaves out its publication and contact notes', () => {
    const article = extractArticle(parseDocument(page('<meta name="DC.creator" content="akirchho">', `<p class="documentAuthor">von <a href="https://www.example.de/author/akirchho">Annett Kirchhoff</a></p><p><strong>Pressemitteilung Nr. 23/2021 vom 04.03.2021</strong></p>${paragraphs(5)}<p><strong>Originalpublikation:</strong><br>Stolle, H. (2021): Growth decline. DOI: 10.1016/j.x</p><p><strong>Wissenschaftlicher Ansprechpartner:</strong><br>Prof. Dr. Matthias Berger</p>`)), { url: 'https://www.example.de/presse/pm-23-2021' })!;
    expect(article.publishedAt).toBe('2021-03-04');
    expect(article.text).not.toContain('Originalpublikation');
    // A login in small letters declared as the creator gives way to the byline's person.
    expect(article.authors).toEqual(['Annett Kirchhoff']);
  });
  it('passes over an event listing\'s dates', () => {
    const html = `<html lang="en"><head><title>River clean-up</title><meta property="og:updated_time" content="2021-03-09T11:20:45+00:00"></head><body><article><h1>River clean-up</h1>${paragraphs(5)}<p><span class="posted-on">Posted on 4th March 2021</span></p></article><aside><h3>Upcoming events</h3><ul><li><span class="event-date"><time datetime="2021-03-20">Saturday 20th March 2021</time></span> Litter pick</li></ul></aside></body></html>`;
    expect(readMetadata(parseDocument(html)).published).not.toContain('2021-03-20');
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.org.uk/news/river-clean-up/' })!.publishedAt).toBe('2021-03-04');
  });
  it('reads a zone named after an ISO time, and keeps a French colon in the title', () => {
    expect(parseStructuredDate('2021-03-04T12:05CET')).toMatchObject({ hour: 12, minute: 5, offsetMinutes: 60 });
    const html = `<html lang="fr"><head><title>Sète : le pont de la Gare fermé aux voitures - midilibre.fr</title></head><body><article><h1>Sète : le pont de la Gare fermé aux voitures</h1>${paragraphs(5)}</article></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.fr/2021/03/04/sete-pont-9410123.php' })!.title).toBe('Sète : le pont de la Gare fermé aux voitures');
  });
});

describe('seventh batch: more hidden dates, a shop guide, an archive', () => {
  it('reads `<title>` as a blog\'s name before the meta title, whose dash is the headline\'s own', () => {
    const html = `<html lang="de"><head><title>Küchenfenster: Bärlauch-Pesto aus dem Auwald – und ein Glas für die Nachbarin</title><meta property="og:title" content="Bärlauch-Pesto aus dem Auwald – und ein Glas für die Nachbarin"></head><body><h1>Küchenfenster</h1><div class="post"><h3 class="post-title">Bärlauch-Pesto aus dem Auwald – und ein Glas für die Nachbarin</h3>${paragraphs(5)}</div></body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://kuechenfenster.blogspot.com/2021/03/barlauch-pesto.html' })!;
    expect(article.title).toBe('Bärlauch-Pesto aus dem Auwald – und ein Glas für die Nachbarin');
    expect(article.siteName).toBe('Küchenfenster');
  });
  it('writes a time shown without its zone in the zone of the page\'s declared change', () => {
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt","dateModified":"2021-03-05T09:14:22+01:00"}</script>';
    const article = extractArticle(parseDocument(page(jsonLd, `<div class="firma"><span>Marta Casado</span> - <span>04/03/2021 10:05 h.</span></div>${paragraphs(5)}`)), { url: 'https://www.example.es/noticia/stadtrat' })!;
    expect(article.publishedAt).toBe('2021-03-04T10:05:00+01:00');
  });
  it('reads numbers joined by hyphens as a date only where the locale writes the day first', () => {
    const dutch = `<html lang="nl"><head><title>Nieuwe bomen in Colmschate</title></head><body><main><h1>Nieuwe bomen in Colmschate</h1><p class="meta">Nieuwsbericht | 04-03-2021 | 10:05</p>${paragraphs(5)}</main></body></html>`;
    expect(extractArticle(parseDocument(dutch), { url: 'https://www.example.nl/nieuws/nieuwe-bomen' })!.publishedAt?.slice(0, 10)).toBe('2021-03-04');
    // A US forum prints each post's `11-29-2024, 09:03 AM`: no date of the page.
    const forum = `<html lang="en-US"><head><title>Best tomato varieties?</title></head><body><main><h1>Best tomato varieties?</h1><p class="date">11-29-2024, 09:03 AM</p>${paragraphs(5)}</main></body></html>`;
    expect(extractArticle(parseDocument(forum), { url: 'https://forums.example.com/showthread.php?t=91' })!.publishedAt).toBeUndefined();
    expect(findDateInText('Nieuwsbericht | 04-03-2021 | 10:05')?.value).toMatchObject({ dayFirstOnly: true, hour: 10 });
    expect(parseStructuredDate('02-12-2025')).toBeNull();
  });
  it('reads a shop\'s guide in its guides folder as an article, without its product slider\'s title', () => {
    const products = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"Passende Produkte","itemListElement":[]}</script>';
    const tiles = ['Vertikutierer EV 1600', 'Rasen-Nachsaat, 1 kg', 'Rasendünger, 10 kg'].map((name) => `<li><a href="/p/${name.length}"><span>${name}</span> <span>149,99 €</span></a><button>In den Warenkorb</button></li>`).join('');
    const html = `<html lang="de"><head><title>Rasen vertikutieren | Dehner</title>${products}</head><body><header><a href="/cart/">Warenkorb</a></header><main><h1>Rasen vertikutieren</h1><p>Zuletzt aktualisiert: 04.03.2021</p>${paragraphs(3)}<div class="product-slider"><p class="product-slider__title">Passende Produkte</p><ul>${tiles}</ul></div>${paragraphs(12)}</main></body></html>`;
    const { article, isArticle } = inspectPage(parseDocument(html), { url: 'https://www.example.de/ratgeber/rasen/rasen-vertikutieren/' });
    expect(isArticle).toBe(true);
    expect(article!.text).not.toContain('Passende Produkte');
    expect(article!.text).toContain('Absatz 6');
  });
  it('reads an archive whose items each carry a <time> of their own day as no article', () => {
    const issues = ['2021-03-04', '2020-12-10', '2020-10-22', '2020-08-27'].map((day, index) => `<div class="issue"><time datetime="${day}">${day}</time><h2><a href="/newsletter/${index}">Ausgabe ${4 - index}</a></h2><p>Liebe Mitglieder, in dieser Ausgabe berichten wir ausführlich über die neuen Solarparks, die Bürgerversammlung und die Ergebnisse unserer Umfrage zur Energiewende in der Region […]</p><p>Liebe Mitglieder, außerdem stellen wir die Projekte des kommenden Jahres vor und laden herzlich zur Mitgliederversammlung im Frühjahr ein, bei der gewählt wird.</p></div>`).join('');
    const html = `<html lang="de"><head><title>Newsletter-Archiv</title><meta property="og:type" content="article"><meta property="article:published_time" content="2016-05-12T09:14:33+00:00"></head><body><main><h1>Newsletter-Archiv</h1>${issues}</main></body></html>`;
    expect(inspectPage(parseDocument(html), { url: 'https://www.example.de/newsletter-archiv/' }).isArticle).toBe(false);
  });
});

describe('eighth batch: dates in abbreviations, tables and addresses', () => {
  it('writes a shown time without a zone in the zone of the page\'s European country, summer time included', () => {
    const winter = extractArticle(parseDocument(page('', `<p class="meta">Mär 4, 2021 10:05:00 AM</p>${paragraphs(5)}`)), { url: 'https://blog.example.de/inventur-tipps' })!;
    expect(winter.publishedAt).toBe('2021-03-04T10:05:00+01:00');
    const summer = extractArticle(parseDocument(page('', `<p class="meta">Veröffentlicht am 04.06.2021 um 10:05 Uhr</p>${paragraphs(5)}`)), { url: 'https://www.example.de/lokales/stege' })!;
    expect(summer.publishedAt).toBe('2021-06-04T10:05:00+02:00');
    // English on a .com address names no country: the time stays unwritten.
    const html = `<html lang="en"><head><title>Stadtrat beschließt Haushalt</title></head><body><article><h1>Stadtrat beschließt Haushalt</h1><p class="meta">March 4, 2021 10:05 AM</p>${paragraphs(5)}</article></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.com/news/budget' })!.publishedAt).toBe('2021-03-04');
  });
  it('switches to summer time on the last Sundays of March and October', () => {
    const at = (month: number, day: number, hour: number) => europeanOffset({ year: 2021, month, day, hour, minute: 30 }, 'de', 'https://www.example.de/a');
    expect([at(3, 28, 1), at(3, 28, 3), at(10, 31, 1), at(10, 31, 4)]).toEqual([60, 120, 120, 60]);
    expect(europeanOffset({ year: 2021, month: 7, day: 1, hour: 9, minute: 0 }, 'en-GB', 'https://www.example.co.uk/a')).toBe(60);
    expect(europeanOffset({ year: 2021, month: 7, day: 1, hour: 9, minute: 0 }, 'es-MX', 'https://www.example.mx/a')).toBeUndefined();
    expect(europeanOffset({ year: 2021, month: 7, day: 1, hour: 9, minute: 0 }, 'fi', 'https://www.example.fi/a')).toBe(180);
  });
  it('dates a page by a line below its text rather than by a date its first sentence announces', () => {
    const body = `<p>Ab Montag, 22. März 2021, erneuert die Gemeinde die Wasser- und Abwasserleitungen in der Hauptstrasse zwischen Dorfplatz und Kreisel, wie die Bauverwaltung mitteilt.</p>${paragraphs(4)}<table><tr><th>Datum</th><td>04.03.2021</td></tr></table>`;
    expect(extract('', body).publishedAt).toBe('2021-03-04');
    // Alone, such a date still dates the page (`Am 4. Februar 2022 erscheint das neue Album …`).
    expect(extract('', `<p>Am 4. Februar 2022 erscheint das neue und vierte Album der Sängerin, die zuvor ihre eigene Plattenfirma gegründet hat.</p>${paragraphs(4)}`).publishedAt).toBe('2022-02-04');
  });
  it('leaves out the info line and byline under a standfirst that opens the text', () => {
    const body = `<p class="sommario">Il Comune ha affidato il cantiere da 780 mila euro per la vasca e la scalinata del Pincio, e per tre mesi resta chiusa l’area giochi.</p><p>4 marzo 2021 (modifica il 5 marzo 2021 | 08:12)</p><p>di Giulia Benassi</p>${paragraphs(5)}`;
    const article = extract('', body);
    expect(article.text).not.toContain('modifica il');
    expect(article.text).not.toContain('di Giulia Benassi');
    expect(article.text).toContain('Absatz 1');
  });
  it('reads a timeago abbreviation\'s title, an author page in Spanish and `<title>` as the meta title and the site', () => {
    const body = `<div class="firma"><span class="firma__autor">Por <a href="https://www.example.es/autores/sonia-lacasa/">Sonia Lacasa</a></span> <span>Barbastro</span> <abbr class="timeago" title="2021-03-04T10:05:00+01:00">hace 3 años</abbr></div>${paragraphs(5)}`;
    const article = extractArticle(parseDocument(page('', body)), { url: 'https://www.example.es/noticias/1225411' })!;
    expect(article.publishedAt).toBe('2021-03-04T10:05:00+01:00');
    expect(article.authors).toEqual(['Sonia Lacasa']);
    const html = `<html lang="de"><head><title>WW112 Bodenleben im Frühjahr – mit Dr. Anne Wiesner – Wurzelwerk</title><meta property="og:title" content="WW112 Bodenleben im Frühjahr – mit Dr. Anne Wiesner"></head><body><article><h1>Bodenleben im Frühjahr – mit Dr. Anne Wiesner</h1>${paragraphs(5)}</article></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://wurzelwerk.example.de/ww112-bodenleben/' })!.title).toBe('Bodenleben im Frühjahr – mit Dr. Anne Wiesner');
  });
  it('leaves out newsletter pitches in other languages, a share heading and a press release\'s end mark', () => {
    for (const [line, kind] of [
      ['Per restare aggiornato sulle notizie di Bologna iscriviti gratis alla newsletter del Corriere di Bologna.', 'call to action'],
      ['Share this…', 'page tools'],
      ['###', 'separator'],
      ['-30-', 'separator'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
  });
});

describe('ninth batch: broadcasters, the Alps, the Low Countries and Central Europe', () => {
  it('reads a two-digit year joined by hyphens before a time where the locale writes the day first', () => {
    expect(findDateInText('Mechelen 09-11-20, 17:42')?.value).toMatchObject({ year: 2020, month: 11, day: 9, hour: 17, dayFirstOnly: true });
    const html = `<html lang="nl-BE"><head><title>Stadtrat beschließt Haushalt</title></head><body><article><h1>Stadtrat beschließt Haushalt</h1><p class="meta">09-11-20, 17:42</p>${paragraphs(5)}</article></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.be/regio/mechelen/r6~a1234/' })!.publishedAt).toBe('2020-11-09T17:42:00+01:00');
  });
  it('writes a UTC instant in the zone of the page\'s European country when that gives the day the page shows', () => {
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt","datePublished":"2021-06-08T22:00:00+00:00"}</script>';
    const article = extractArticle(parseDocument(page(jsonLd, `<p><strong>Communiqué de presse – Paris, le 9 juin 2021</strong></p>${paragraphs(5)}`).replace('lang="de"', 'lang="fr-FR"')), { url: 'https://www.example.fr/communiques/naviel' })!;
    expect(article.publishedAt).toBe('2021-06-09T00:00:00+02:00');
    // Without a shown day, an instant whose local day differs keeps its UTC day.
    const unshown = extractArticle(parseDocument(page(jsonLd.replace('2021-06-08T22:00', '2021-06-08T22:30'), paragraphs(5))), { url: 'https://www.example.de/a/b' })!;
    expect(unshown.publishedAt?.slice(0, 10)).toBe('2021-06-08');
  });
  it('leaves out a paywall\'s question, a programme note, an error-report prompt and an affiliate link\'s label', () => {
    for (const [line, kind] of [
      ['Sie wollen weiterlesen?', 'paywall prompt'],
      ['Dieses Thema im Programm: MDR SACHSEN-ANHALT | Radio wie wir', 'programme note'],
      ['Našli ste chybu? Napíšte nám na zilina@mynoviny.sk', 'feedback prompt'],
      ['Enlace de afiliado', 'affiliate disclosure'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
  });
});

describe('tenth batch: declared clocks that disagree with the page', () => {
  it('takes the time a page shows over a declared time without a zone on the same day', () => {
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt","datePublished":"2022-02-16T05:30:00"}</script>';
    const article = extractArticle(parseDocument(page(jsonLd, `<p class="meta">16.02.2022, 06:30 Uhr</p>${paragraphs(5)}`)), { url: 'https://www.example.de/hannover/linden-ihmeufer' })!;
    expect(article.publishedAt).toBe('2022-02-16T06:30:00+01:00');
  });
  it('reads a declared UTC clock that the page shows as its own that day as the local time', () => {
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt","datePublished":"2020-11-12T05:30:00Z"}</script>';
    const article = extractArticle(parseDocument(page(jsonLd, `<p class="meta">12.11.2020, 05.30 Uhr</p>${paragraphs(5)}`)), { url: 'https://www.example.ch/zuerich/wiedikon' })!;
    expect(article.publishedAt).toBe('2020-11-12T05:30:00+01:00');
  });
  it('leaves out a Pinterest prompt at the text\'s edge', () => {
    expect(trailerKind('Pin it to your Kids Activities board!', true)).toBe('call to action');
  });
});

describe('eleventh batch: nationals and broadcasters across Europe', () => {
  it('leaves out a weather widget set into the story', () => {
    const widget = '<section class="weather-widget"><h2>Wetter in Heilbronn</h2><table><tr><th>Di</th><th>Mi</th></tr><tr><td>24°/13°</td><td>26°/14°</td></tr></table></section>';
    const article = extract('', `${paragraphs(5)}${widget}`);
    expect(article.text).not.toContain('Wetter in Heilbronn');
    expect(article.text).not.toContain('24°/13°');
    expect(trailerKind('Fr 24°/13° 26°/14° 22°/12° 27°/15°', false)).toBe('weather widget');
  });
});

describe('twelfth batch: small CMSs across Europe', () => {
  it('reads `Text und Fotos:` as the writer\'s credit and `Laatst gewijzigd:` as an update line', () => {
    expect(readLabelLine('Text und Fotos: Markus Heim')?.hits.authors).toEqual(['Markus Heim']);
    const line = readLabelLine('Laatst gewijzigd: 08 maart 2021 09.12 uur');
    expect(line?.pure).toBe(true);
    expect(line?.hits.modified).toMatchObject({ year: 2021, month: 3, day: 8 });
  });
});

describe('thirteenth batch: clocks from Lisbon to Helsinki, São Paulo and Rosario', () => {
  it('reads a month\'s short name between dots (`9.fev.2019 às 23h40`)', () => {
    expect(findDateInText('9.fev.2019 às 23h40')?.value).toMatchObject({ year: 2019, month: 2, day: 9, hour: 23, minute: 40 });
    expect(findDateInText('Published on 25.Jun.2019')?.value).toMatchObject({ year: 2019, month: 6, day: 25 });
  });
  it('takes a preprint\'s first day for no date of the page', () => {
    const head = '<meta name="citation_publication_date" content="2019/06/25">';
    const article = extract(head, `${paragraphs(4)}<p>Preprint: https://preprints.example.org/preprint/14273, first published 04.Apr.2019.</p>`);
    expect(article.publishedAt?.slice(0, 10)).toBe('2019-06-25');
    expect(extract(head, `${paragraphs(4)}<p>First published 04.Apr.2019.</p>`).publishedAt?.slice(0, 10)).toBe('2019-04-04');
  });
});

describe('fifteenth batch: audio boxes, box labels, tip boxes', () => {
  it('leaves out an audio box\'s programme line, an Italian box label and a Swedish tip box', () => {
    expect(trailerKind('Ilzstadt: Neue Kostenschätzung für SchutzmauerSendung: 27.10.2019, B5 aktuell, 3:12 Min.', false)).toBe('programme note');
    expect(trailerKind('Approfondimento', false)).toBe('related heading');
    expect(trailerKind('Har du ett tips till GP? Ring 031-62 40 00 eller mejla tips@gp.se', true)).toBe('tip box');
  });
});

describe('fifteenth batch, left at its end: bylines run into date lines, CMS-stamped first instants, desks', () => {
  it('reads the names and the date of `Par … Publié le …` set side by side on one line', () => {
    const line = readLabelLine('Par Hélène Marquis Publié le 01 avril 2019 à 01h12 - Mis à jour le 01 avril 2019 à 11h40');
    expect(line).toMatchObject({ pure: true, dateLabelled: true, hits: { authors: ['Hélène Marquis'], date: { year: 2019, month: 4, day: 1, hour: 1, minute: 12 } } });
    expect(readLabelLine('By Jo Lee and Sam Park | Updated on Thursday, March 4, 2021')?.hits).toMatchObject({ authors: ['Jo Lee', 'Sam Park'], date: { year: 2021, month: 3, day: 4 } });
    expect(readLabelLine('Von Anna Muster Veröffentlicht am 04.03.2021 um 10:05')?.hits.authors).toEqual(['Anna Muster']);
  });
  it('dates the page by that line, not by the UTC instant of the evening before nor by a teaser after the story', () => {
    const head = '<meta property="article:published_time" content="2019-03-31T23:12:00+00:00">';
    const byline = '<p class="meta"><span>Par </span><a href="/signataires/hm/"><span>Hélène Marquis</span></a> <span>Publié le 01 avril 2019 à 01h12 - Mis à jour le 01 avril 2019 à 11h40</span></p>';
    const teasers = '<section><h2>Sur le même sujet</h2><div><a href="/a/1.html"><h3>Dans la Drôme, la lavande menacée</h3></a><span>Publié le 28 mars 2019 à 11h32</span></div></section>';
    const html = `<html lang="fr"><head><title>Les apiculteurs déplorent une mortalité record</title>${head}</head><body><article><h1>Les apiculteurs déplorent une mortalité record</h1><p>Près d’une ruche sur deux n’a pas passé l’hiver dans le département.</p>${byline}${paragraphs(5)}</article>${teasers}</body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://www.example.fr/planete/article/apiculteurs-mortalite-record_5444213.html' })!;
    expect(article.publishedAt).toBe('2019-04-01T01:12:00+02:00');
  });
  it('takes the first time shown over a declared first instant that is the last change\'s very instant', () => {
    const head = '<meta property="article:published_time" content="2020-02-03T12:44:00+01:00"><meta property="article:modified_time" content="2020-02-03T12:44:00+01:00">';
    const info = '<div class="meta"><time>3 febbraio 2020</time> | <time>07:30</time></div><div class="update">Ultimo aggiornamento <time>3 febbraio 2020 | 12:44</time></div>';
    expect(extract(head, `${info}${paragraphs(5)}`).publishedAt).toBe('2020-02-03T07:30:00+01:00');
    // A page whose declared first instant is its own (no change declared at that instant) keeps it.
    const kept = '<meta property="article:published_time" content="2020-02-03T12:44:00+01:00"><meta property="article:modified_time" content="2020-02-03T15:10:00+01:00">';
    expect(extract(kept, `${info}${paragraphs(5)}`).publishedAt).toBe('2020-02-03T12:44:00+01:00');
  });
  it('credits the writer a byline names over a newsroom declared as the author', () => {
    const article = extract('<meta name="author" content="BR24 Redaktion">', `<div class="author">Von <a href="/autoren/vh">Veronika Haslinger</a></div>${paragraphs(5)}`);
    expect(article.authors).toEqual(['Veronika Haslinger']);
  });
});

describe('fourteenth batch, left at its end: an update line above the first day, an audio player', () => {
  it('dates the page by the first day shown under the update line, not by the update', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-25T20:40:00Z","dateModified":"2021-03-29T06:12:00Z"}</script><meta property="og:updated_time" content="2021-03-29T08:12:00+02:00">';
    const info = '<div class="updated">Zuletzt aktualisiert: <time datetime="2021-03-29T08:12">Mo, 29. März 2021, 08:12 Uhr</time></div><div class="author">Von Jana Riedle</div><div class="date">Do, 25. März 2021, 21:40 Uhr</div>';
    expect(extract(head, `${info}${paragraphs(5)}`).publishedAt).toBe('2021-03-25T21:40:00+01:00');
    // Without the first day shown, the update day shown is the day the page gives itself.
    expect(extract(head, `${info.replace(/<div class="date">.*?<\/div>/, '')}${paragraphs(5)}`).publishedAt?.slice(0, 10)).toBe('2021-03-29');
  });
  it('keeps the published `<time>` set right after the change\'s (a theme printing the update first)', () => {
    const times = '<div class="entry-meta"><time class="updated" datetime="2021-11-02T18:04:51+01:00" itemprop="dateModified">2 noviembre, 2021</time><time class="entry-date published" datetime="2021-03-28T09:30:12+02:00" itemprop="datePublished">28 marzo, 2021</time></div>';
    expect(extract('', `${times}${paragraphs(5)}`).publishedAt).toBe('2021-03-28T09:30:12+02:00');
  });
  it('leaves out an audio player\'s label and length, not a sentence with a clock time', () => {
    expect(trailerKind('Poslechněte si reportáž Lenky Hrabalové02:41', false)).toBe('audio player');
    expect(trailerKind('Listen to the report 3:12', false)).toBe('audio player');
    expect(trailerKind('Listen to the mayor\'s remarks at 10:30 a.m.', false)).toBeNull();
  });
});

describe('seventeenth batch: hessenschau, Ouest-France, Het Nieuwsblad, eldiario.es, DN, Radio Lublin, Luzerner Zeitung, a press release', () => {
  it('reads the agency of a source naming the site and the agency\'s desk (`hessenschau.de, dpa/lhe`)', () => {
    expect(readLabelLine('Quelle: hessenschau.de, dpa/lhe')?.hits.source).toBe('dpa');
  });
  it('leaves out a programme line naming the station, a box\'s end mark, feedback prompts, a correction note, a character count, a company profile heading, a Spanish support box', () => {
    expect(trailerKind('Sendung: hr-iNFO, 01.11.2021, 08:00 Uhr', false)).toBe('programme note');
    expect(trailerKind('Ende der weiteren Informationen', false)).toBe('page tools');
    expect(trailerKind('Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l’application Google Actualités en un clic.', false)).toBe('feedback prompt');
    expect(trailerKind('Fout gezien? Of wil je iets melden? Meld het hier', false)).toBe('feedback prompt');
    expect(trailerKind('In einer früheren Version dieses Artikels hiess es, der Kredit sei mit 27 zu 5 Stimmen genehmigt worden.', true)).toBe('correction note');
    expect(trailerKind('Zeichen (inkl. Leerzeichen): 2.412', false)).toBe('press release note');
    expect(trailerKind('Tu apoyo es necesario para hacer este periodismo', false)).toBe('support appeal');
    expect(isTrailerHeading('Über die Kessler Fördertechnik GmbH')).toBe(true);
    expect(isTrailerHeading('Über die Grenze')).toBe(false);
  });
  it('reads Polish `Dodano:` as the first day and `Aktualizacja:` as the change', () => {
    expect(readLabelLine('Dodano: 02.03.2021 19:40')?.hits.date).toMatchObject({ day: 2, hour: 19, minute: 40 });
    expect(readLabelLine('Aktualizacja: 03.03.2021 07:15')?.hits.modified).toMatchObject({ day: 3, hour: 7 });
  });
  it('takes a paper\'s short name and an agency (`DN/Lusa`) for the agency\'s copy, no writer', () => {
    const article = extract('', `<p class="byline"><span class="t-author">DN/Lusa</span></p>${paragraphs(5)}`);
    expect(article.source).toBe('Lusa');
    expect(article.authors).not.toContain('DN/Lusa');
  });
});

describe('sixteenth batch: a kicker set in the headline\'s element', () => {
  it('takes the meta title for the headline when the heading runs a kicker of its own element into it before a colon', () => {
    const html = (heading: string) => `<html lang="de"><head><title>Steinerne Brücke wird für E-Scooter gesperrt - SZ.de</title><meta property="og:title" content="Steinerne Brücke wird für E-Scooter gesperrt"></head><body><article>${heading}${paragraphs(5)}</article></body></html>`;
    const own = extractArticle(parseDocument(html('<h2><span>Regensburg</span><span>:</span> <span>Steinerne Brücke wird für E-Scooter gesperrt</span></h2>')), { url: 'https://www.example.de/bayern/regensburg-bruecke-1.5321' })!;
    expect(own.title).toBe('Steinerne Brücke wird für E-Scooter gesperrt');
    // A heading written as one text keeps its words.
    const plain = extractArticle(parseDocument(html('<h2>Regensburg: Steinerne Brücke wird für E-Scooter gesperrt</h2>')), { url: 'https://www.example.de/bayern/regensburg-bruecke-1.5321' })!;
    expect(plain.title).toBe('Regensburg: Steinerne Brücke wird für E-Scooter gesperrt');
  });
});

describe('eighteenth batch: t-online carrying dpa, Nordjyske', () => {
  it('leaves out an agency copy\'s notes, a tags line, an affiliate note, a partner box and a writer\'s follow prompt', () => {
    expect(isTrailerHeading('Verwendete Quellen:')).toBe(true);
    expect(trailerKind('Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und von der Redaktion nicht bearbeitet.', false)).toBe('provenance note');
    expect(trailerKind('Themen A bis Z: A71 Erfurt Glatteis', false)).toBe('tags line');
    expect(trailerKind('Anzeige: Bei Klick auf Links erhalten wir eine Provision.', false)).toBe('affiliate disclosure');
    expect(trailerKind('Følg Mette Lykke Sørensen og få besked, når der kommer nye artikler.', false)).toBe('follow prompt');
    const article = extract('', `${paragraphs(5)}<section class="tPartnerBox"><h2>Shopping</h2><ul><li><a href="#">Schneeketten im Test: Diese Modelle überzeugen</a></li></ul></section>`);
    expect(article.text).not.toContain('Schneeketten');
  });
});

describe('world nineteenth to twenty-first batches: Nordic, Baltic, Central European and Southern agencies and furniture', () => {
  it('knows more national agencies as sources (TT, STA, ELTA, BNS, ČTK)', () => {
    for (const agency of ['TT', 'STA', 'ELTA', 'BNS', 'ČTK', 'TASR']) expect(isNewsAgency(agency), agency).toBe(true);
    expect(isNewsAgency('Ritt')).toBe(false);
  });
  it('leaves out reading times, advertisement labels, comment counters and video pointers in more languages', () => {
    expect(trailerKind('Čas branja: 3 min', false)).toBe('reading time');
    expect(trailerKind('Hirdetés', false)).toBe('advertisement label');
    expect(trailerKind('Oglasno sporočilo', false)).toBe('advertisement label');
    expect(trailerKind('Komentarji (27)', false)).toBe('like counter');
    expect(trailerKind('Dalszy ciąg materiału pod wideo', false)).toBe('video player');
    expect(trailerKind('Més informació', false)).toBe('related heading');
    expect(trailerKind('Corriere della Sera è anche su WhatsApp. È sufficiente cliccare qui per iscriversi al canale.', false)).toBe('app promotion');
  });
  it('leaves out paywall prompts, update, thanks and follow notes, cover credits and a correspondent\'s sign-off at the edges', () => {
    expect(trailerKind('Dieser Artikel gehört zum Angebot von SPIEGEL+, weil er Ihnen geschenkt wurde.', false)).toBe('paywall prompt');
    expect(trailerKind('Er du allerede abonnent? Log ind', false)).toBe('paywall prompt');
    expect(trailerKind('26 marzo 2024 (modifica il 26 marzo 2024 | 21:03)', true)).toBe('update note');
    expect(trailerKind('Zprávu jsme aktualizovali v 11:47.', true)).toBe('update note');
    expect(trailerKind('Juttua on täydennetty klo 14.20.', true)).toBe('update note');
    expect(trailerKind('Obserwuj nas w Wiadomościach Google.', true)).toBe('follow prompt');
    expect(trailerKind('(Borítókép: A fedett medence Miskolcon 2022. október 28-án. Fotó: Szabó Dániel / Index)', true)).toBe('photo caption');
    expect(trailerKind('Lucie Garnet (Marseille, correspondante)', true)).toBe('author sign-off');
    expect(trailerKind('Lucie Garnet (Marseille, correspondante)', false)).toBeNull();
  });
});

describe('world twenty-third batch: 20 Minuten, Libération, La Stampa, Rzeczpospolita carrying PAP, Observador carrying Lusa', () => {
  it('leaves an editor\'s points box (`Darum gehts`) above the story out of its text', () => {
    const article = extract('', `<h3>Darum gehts</h3><ul><li>Taucher haben das Limmatbecken geräumt.</li><li>Die Stadt prüft eine Abgabe.</li></ul>${paragraphs(5)}`);
    expect(article.text).not.toContain('Darum gehts');
    expect(article.text.startsWith('Absatz 1')).toBe(true);
  });
  it('ends the story at a call for readers\' pictures and a messenger channel\'s follow box', () => {
    expect(isTrailerHeading('Hast du etwas beobachtet?')).toBe(true);
    expect(isTrailerHeading('Folgst du schon 20 Minuten auf WhatsApp?')).toBe(true);
    expect(isTrailerHeading('Hast du etwas gesehen, das wir nicht wissen?')).toBe(false);
  });
  it('leaves out a French update note at the top and a reader-support appeal', () => {
    expect(trailerKind('Mise à jour à 20h15 avec la réaction du bailleur social.', true)).toBe('update note');
    expect(trailerKind('Mise à jour des tarifs : la mairie revoit sa copie.', true)).toBeNull();
    expect(trailerKind('Libération est indépendant. Pour le rester, nous avons besoin de vous.', true)).toBe('support appeal');
    expect(trailerKind('Vous pouvez soutenir un journalisme de terrain et d’enquête en vous abonnant.', true)).toBe('support appeal');
  });
  it('reads an agency behind its word for agency and a byline box\'s `Texto` label, and drops a signer\'s initials after the agency', () => {
    expect(isNewsAgency('Agência Lusa')).toBe(true);
    expect(isNewsAgency('Agencia EFE')).toBe(true);
    expect(isNewsAgency('Agência Pública')).toBe(false);
    expect(readLabelLine('Źródło: PAP ams')?.hits.source).toBe('PAP');
    const article = extractArticle(
      parseDocument(`<html lang="pt"><head><title>Depressão fecha portos</title></head><body><article><h1>Depressão fecha portos</h1><div class="author-box"><span class="author-label">Texto</span> <a class="author-name" href="/autor/agencialusa/">Agência Lusa</a></div>${paragraphs(5)}</article></body></html>`),
      { url: 'https://observador.pt/2024/01/18/depressao-fecha-portos/' },
    )!;
    expect(article.authors).toEqual([]);
    expect(article.source).toBe('Agência Lusa');
  });
  it('reads a source line under the standfirst as the story\'s source', () => {
    const article = extract('', `<p class="lead">Pęknięcie magistrali wodociągowej na Fordonie pozbawiło w sobotę wieczorem wody około 30 tys. mieszkańców Bydgoszczy.</p><div class="source-box"><span>Źródło: PAP</span></div>${paragraphs(5)}`);
    expect(article.source).toBe('PAP');
  });
  it('leaves out a podcast box and a video embed\'s title inside the story', () => {
    const article = extract('', `${paragraphs(3)}<div class="podcast-box"><p>【Podcast】 Diese Woche sprechen zwei Reporter über die Wahl und ihre Folgen für die Stadt.</p></div><div class="gdwc-video"><p class="gdwc-video__title">Die Händler gegen die Baustelle: «Sechs Monate Staub und keine Hilfe»</p></div>${paragraphs(2)}`);
    expect(article.text).not.toContain('Podcast');
    expect(article.text).not.toContain('Staub');
  });
});

describe('world twenty-fourth batch: Kurier carrying APA, Ouest-France, Il Sole 24 Ore, De Telegraaf, Politiken carrying Ritzau, Hospodářské noviny carrying ČTK', () => {
  it('reads a correspondent\'s sign-off naming the paper as the writer\'s credit', () => {
    expect(trailerKind('Yves Le Bihan (correspondant Ouest-France)', true)).toBe('author sign-off');
    const article = extract('<meta property="og:site_name" content="Ouest-France"><meta name="author" content="Ouest-France">', `${paragraphs(5)}<p><em>Yves Le Bihan (correspondant Ouest-France)</em></p>`);
    expect(article.authors).toEqual(['Yves Le Bihan']);
    expect(article.text).not.toContain('correspondant');
  });
  it('leaves out update, copyright, subscription, correction and tip lines in German, Italian, Danish and Dutch', () => {
    expect(trailerKind('Dieser Artikel wurde um 16.05 Uhr aktualisiert: Stellungnahme der EVN ergänzt.', true)).toBe('update note');
    expect(trailerKind('Riproduzione riservata ©', true)).toBe('copyright');
    expect(trailerKind('Scopri tutti i contenuti di 24+. Il primo mese a 0,99 euro.', true)).toBe('paywall prompt');
    expect(trailerKind('Har du en rettelse eller kommentar til artiklen? Skriv til redaktionen', true)).toBe('call to action');
    expect(trailerKind('Heb je iets gezien of meegemaakt? Mail of app onze redactie, ook anoniem.', true)).toBe('call to action');
  });
  it('ends the story at a Nordic fact box and reads the agency signed off between slashes', () => {
    expect(isTrailerHeading('Fakta: Sådan beskytter du dig mod røg fra brande')).toBe(true);
    expect(isTrailerHeading('Faktisk kan det betale sig')).toBe(false);
    const article = extract('', `${paragraphs(5)}<p>/ritzau/</p><aside><h3>Fakta: Sådan beskytter du dig mod røg</h3><ul><li>Hold vinduer og døre lukkede, og sluk for ventilation.</li></ul></aside>`);
    expect(article.source).toBe('ritzau');
    expect(article.text).not.toContain('Fakta');
  });
  it('takes the agency declared beside the writer as the source', () => {
    const article = extract('<meta name="author" content="Tereza Dvořáková, ČTK">', paragraphs(5));
    expect(article.source).toBe('ČTK');
  });
  it('writes a time shown without a zone as the declared instant, seconds included', () => {
    const article = extract('<meta property="article:published_time" content="2024-07-18T12:32:41Z">', `<p class="meta">18.07.2024, 14:32</p>${paragraphs(5)}`);
    expect(article.publishedAt).toBe('2024-07-18T14:32:41+02:00');
  });
  it('leaves out a video embed\'s description and a video block', () => {
    const article = extract('', `${paragraphs(3)}<div class="video"><p class="video-description">Die Badegewässer haben auch heuer wieder ausgezeichnete Noten erhalten, ein Lokalaugenschein.</p></div><div class="VideoBlock"><p class="VideoBlock__title">Bekijk ook: zo gaat een berging</p></div>${paragraphs(2)}`);
    expect(article.text).not.toContain('Badegewässer');
    expect(article.text).not.toContain('Bekijk ook');
  });
});

describe('world twenty-fifth batch: Večernji list carrying HINA', () => {
  it('leaves out a still-being-updated note and a messenger follow prompt', () => {
    expect(trailerKind('Vijest se nadopunjuje.', true)).toBe('update note');
    expect(trailerKind('Die Meldung wird laufend aktualisiert.', true)).toBe('update note');
    expect(trailerKind('Pratite nas i na WhatsApp kanalu Večernjeg lista – najvažnije vijesti stižu izravno na vaš mobitel.', true)).toBe('follow prompt');
  });
});

describe('world twenty-sixth batch: Handelsblatt, Le Figaro with AFP, Sud Ouest, Het Nieuwsblad', () => {
  it('reads the agency a newsroom\'s byline credits it wrote with', () => {
    const article = extract('', `<p class="byline">Par Le Figaro.fr avec AFP</p>${paragraphs(5)}`);
    expect(article.source).toBe('AFP');
    expect(extract('', `<p class="byline">Par Anne Martin avec Camille</p>${paragraphs(5)}`).source).toBeUndefined();
  });
  it('leaves out a first-publication line, a practical-information box and a Flemish tip line', () => {
    expect(trailerKind('Erstpublikation: 30.10.2023, 05:00 Uhr.', true)).toBe('provenance note');
    expect(isTrailerHeading('Infos pratiques')).toBe(true);
    expect(isTrailerHeading('Info pratique')).toBe(true);
    expect(trailerKind('Zelf iets gezien of gehoord in je buurt? Meld het hier.', true)).toBe('call to action');
  });
});

describe('world twenty-seventh batch: Berliner Zeitung, El País, Svenska Yle, Novinky', () => {
  it('leaves out a Swedish completion note and the feedback, contact and follow prompts closing a story', () => {
    expect(trailerKind('Artikeln har kompletterats med uppgifter från FNB om konkursförvaltarens uttalande.', true)).toBe('update note');
    expect(trailerKind('Har du tips eller respons?', true)).toBe('call to action');
    expect(trailerKind('Skicka e-post till Yle Österbottens nyhetsredaktion: osterbotten@yle.fi', true)).toBe('call to action');
    expect(trailerKind('Haben Sie Feedback? Schreiben Sie uns! briefe@berliner-zeitung.de', true)).toBe('call to action');
    expect(trailerKind('Puedes seguir a EL PAÍS Comunidad Valenciana en Facebook y X, o recibir nuestra newsletter semanal.', true)).toBe('call to action');
    expect(trailerKind('Pokračování článku pod reklamou', false)).toBe('video player');
  });
});

describe('a headline with a dash where the page names its site', () => {
  it('keeps the part of a <title> after a dash that is not the site\'s name as the headline\'s own', () => {
    const html = (siteName: string) => `<html lang="de"><head><title>Hitze in Berlin: Bezirk öffnet sieben „Kühle Orte“ – zwei bleiben am Wochenende zu</title><meta property="og:site_name" content="${siteName}"></head><body><article><h1>Bezirk öffnet sieben „Kühle Orte“ – zwei bleiben am Wochenende zu</h1>${paragraphs(5)}</article></body></html>`;
    expect(extractArticle(parseDocument(html('Berliner Zeitung')), { url: 'https://www.berliner-zeitung.de/news/kuehle-orte-li.123' })!.title).toBe('Bezirk öffnet sieben „Kühle Orte“ – zwei bleiben am Wochenende zu');
  });
});

describe('a kicker in the headline\'s first element under a class that does not name it', () => {
  const page = (title: string) => `<html lang="de"><head><title>${title}</title></head><body><article><h1 class="Ai"><span class="Aj">Schulneubau in Heinersdorf</span> <span class="Ak">Kolonie „Abendrot“ soll 2026 weichen</span></h1>${paragraphs(5)}</article></body></html>`;
  const title = (documentTitle: string) => extractArticle(parseDocument(page(documentTitle)), { url: 'https://www.tagesspiegel.de/berlin/kolonie-abendrot-123.html' })!;
  it('is the subtitle when the <title> holds the headline but not the kicker', () => {
    const article = title('Schulneubau in Berlin-Pankow: Kolonie „Abendrot“ soll 2026 weichen');
    expect(article.title).toBe('Kolonie „Abendrot“ soll 2026 weichen');
    expect(article.subtitle).toContain('Schulneubau in Heinersdorf');
  });
  it('stays in the headline when the <title> holds both', () => {
    expect(title('Schulneubau in Heinersdorf Kolonie „Abendrot“ soll 2026 weichen').title).toBe('Schulneubau in Heinersdorf Kolonie „Abendrot“ soll 2026 weichen');
  });
});
