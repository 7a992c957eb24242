/**
 * A held-out measure of how the extractor generalises to news in languages other than English
 * and Chinese: synthetic pages in tests/world-pages/ (first batch: a German regional daily and a
 * German WordPress blog, a Swiss regional site, a French national and a French regional paper,
 * Spanish, Italian, Brazilian, Dutch and Polish news sites; invented outlets), written with their truth by a helper who read
 * neither the extractor nor its rules, before the extractor was run on them. Scored by
 * tests/support/page-scoring.ts; a table is printed and each metric must stay at its floor.
 *
 * First run (the fair held-out figure), 10 pages:
 *   isArt 1.000 | title 1.000 | date 1.000 | time 0.444 | author 1.000 | source 0.500 | start 1.000 |
 *   end 0.400 | mustNot 0.918
 *   - times given as the declared UTC instant where the page shows local time (`06:45 Uhr` beside
 *     05:45Z; `à 09h15` not read as a time; `<time datetime="…+02:00">` beside JSON-LD's `…Z`);
 *   - sources not read: `Quelle:` / `Źródło:` labels, an `(ANSA) -` dateline;
 *   - furniture kept: paywall prompts and offers, a read-also heading, a WhatsApp channel
 *     invitation, `Con información de Europa Press.`, a WordPress like widget's placeholder, a
 *     closing `(ANSA).` sign-off.
 * The rules of tests/unit/world-rules.test.ts bring every figure to 1.
 *
 * Second batch (`heldout2`, 10 pages written the same way: the German-language web as a
 * publication-date benchmark samples it — an NDR-like broadcaster, derStandard running an APA
 * story, SRF, heise, a town's TYPO3 press release, a fire brigade's Joomla news, a company
 * newsroom on Next.js, a WordPress hiking blog, a Merkur-like regional paper, and a phpBB thread,
 * which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 1.000 | time 1.000 | author 0.833 | source 1.000 | start 1.000 |
 *   end 0.556 | mustNot 0.904
 * Taught (world-rules, second batch): date lines opened without a colon in European languages
 * (`Erstellt 25.06.2020, 14.05 Uhr`, `Zuletzt aktualisiert am …`), a time with a dot before
 * `Uhr`, an agency's sign-off with its day (`(APA, 30.3.2021)`), an organisation declared as the
 * author giving way to the byline's person, a broadcaster's `Dieses Thema im Programm:` note, a
 * picture gallery's heading, a source line ending in desk initials (`; sda/rues`). Now all 1 but
 * mustNot 0.991: an audio box's title inside the story (dropping boxes named `audio` cost a wcxb
 * dictionary page its pronunciation line).
 *
 * Third batch (`heldout3`, 10 pages written the same way: G1, Lance!, Público running a Lusa
 * story, wday.ru, RIA Novosti, El Universal running an EFE story, an Italian WordPress local
 * site, Asahi, Hürriyet, and Público's topic page, which is no article). First run:
 *   isArt 0.900 | title 1.000 | date 1.000 | time 0.667 | author 0.571 | source 0.667 | start 1.000 |
 *   end 0.333 | mustNot 0.875
 * Taught (world-rules, third batch): ISO 8601's basic format (`20201021T0927`), a shown day and
 * month read either way round as the declared instant makes them (`05/11/2019 09h41`), the agency
 * of a dash dateline (`ЕКАТЕРИНБУРГ, 21 окт — РИА Новости.`) and of a closing agency line
 * (`EFE`), desk initials alone (`lsm/jabs`), a byline's `Di` and an article's `無料記事` badge as no
 * names, update notes, supervision credits, ad labels between dashes, support appeals and follow
 * prompts in Portuguese, Russian, Spanish and Turkish. Now isArt 0.9, time 0.778, end 0.889,
 * mustNot 0.931, the rest 1. Still missed: G1's related items after the story, times declared
 * without a zone where only the country tells it (Lance!, RIA), wday.ru's expert card and poll
 * (the aeb truth of a wday.ru page keeps its poll), and the topic page read as an article.
 *
 * Fourth batch (`heldout4`, 10 pages written the same way, each hiding its publication date
 * another way: a German blog dated only by its address, a Verein's Contao news, a Kleine Zeitung
 * late-evening story, a Swiss weekly's `12.2.2020`, Sud Ouest's `Publié le … Mis à jour le …`, a
 * Shopware shop blog dated after its text, an inFranken story showing `vor 3 Stunden`, Eurofound,
 * a gutefrage Q&A page and an event page). First run:
 *   isArt 0.900 | title 0.889 | date 0.778 | time 0.667 | author 0.571 | start 1.000 | end 0.778 |
 *   mustNot 0.962
 * Taught (world-rules, fourth batch): `Text:` credits the writer, `Fotos:` is furniture, `Inserat`
 * an ad label; a list's item above the headline (a sidebar's latest posts) is no info line, so the
 * shop blog is dated by `Veröffentlicht am …` after its text. Now date 0.889, author 0.714, end
 * 0.889, mustNot 0.982. Still missed: the event page (its event day declared as `published`; this truth calls it an article); a UTC
 * time shown only as `vor 3 Stunden` on a `.de` site (writing such times in Central European time
 * was tried: it moved a htmldate page across midnight to the day after its truth); Sud Ouest's
 * headline without its place name; two writers named only in a sidebar's about box.
 *
 * Fifth batch (`heldout5`, 10 pages written the same way, dates hidden ten more ways: a regional
 * paper's first publication named only after the text, an English hobby blog's `March 4th, 2017`,
 * Omroep Gelderland's `Gepubliceerd: 3 maart 2021 om 14:12`, Levante's `04·03·21 | 06:55`, a
 * press release dated only by its dateline, a city wiki, a Reach page whose JSON-LD and OpenGraph
 * disagree, a French blog's calendar badge, a model-railway blog's `Beitrag vom 04.03.2016` and
 * watson's `4.3.21, 07:45`). First run:
 *   isArt 0.800 | title 1.000 | date 0.444 | time 0.250 | author 1.000 | start 1.000 | end 0.444 |
 *   mustNot 0.916
 * Taught (world-rules, fifth batch): `Erstmals veröffentlicht: …` names the first day and leaves
 * the body; `Beitrag vom …` opening a footer of items parted by bars; a calendar badge's parts
 * read apart; OpenGraph's first instant when the headline shows its very time; a two-digit year
 * before a time; wiki software (`generator` MediaWiki) as no article; `/?p=1287` as an item's
 * address, not the home page; a press release's `Über …` profile and `Pressekontakt`, tip boxes,
 * share headings and donation boxes in other languages. Now date 0.889, time 0.5, the rest 1.
 * Still missed: a JSON-LD `dateCreated` (the draft's, the evening before) over the labelled
 * `Gepubliceerd` time, and watson's zone (shown only by its update time beside a modified meta).
 *
 * Sixth batch (`heldout6`, 10 pages written the same way, each with other dates beside its own:
 * Main-Post's `Stand:` over an earlier `<time datetime>`, Midi Libre's `Il y a 3 heures`, a
 * charity's `Posted on …` after the text beside an events sidebar, a TU Dresden press release, L'Eco
 * di Bergamo, a Spanish blog's `entry-date`, a municipality's `Erstellt:` small print, iDNES's
 * `4. března 2021`, a WoltLab thread and Die Presse's print-edition article). First run:
 *   isArt 1.000 | title 0.889 | date 0.778 | time 0.800 | author 0.875 | start 1.000 | end 0.889 |
 *   mustNot 0.945
 * Taught (world-rules, sixth batch): `Pressemitteilung Nr. … vom …` as a date line; an event
 * listing's `<time>` as no publication date; a login in small letters as no writer's name; a
 * press release's `Originalpublikation` and `Ansprechpartner` notes; a zone named after an ISO time
 * (`12:05CET`); ` : ` (French typography) and `‹` in titles (wcxb: `Birdbuddy : Shop` is now right).
 * Now all 1 but mustNot 0.979: a paywall teaser box and an affiliate box inside the text.
 *
 * Seventh batch (`heldout7`, 10 pages written the same way, written at the session's end: a
 * `<meta name="date">` beside a weekday line, a US byline's `8:40 p.m. EST` beside a next-day UTC
 * instant, Télérama's `Publié … modifié …` line, a Blogger post's date header and `Eingestellt
 * um`, `04/03/2021 10:05 h.`, a shop guide's `Zuletzt aktualisiert`, a Dutch municipality's
 * `Nieuwsbericht | 04-03-2021 | 10:05`, a Jimdo club page's `04. 03. 2021`, 24 heures' `Publié
 * aujourd'hui à 07h45`, a newsletter archive). First run (nothing taught from it yet):
 *   isArt 0.800 | title 0.778 | date 0.778 | time 0.571 | author 0.857 | start 0.889 | end 0.778 |
 *   mustNot 0.935
 * Taught since: numbers joined by hyphens (`04-03-2021`) as a date where the locale writes the
 * day first (a US forum's `11-29-2024` post headers stay no date); `<title>` as a blog's name before
 * the meta title (the headline's own dash kept); a time shown without a zone in the zone of the
 * page's declared change; a folder of guides or stories in the address (`/ratgeber/…`) as article
 * evidence and a schema.org ItemList as none (listicles and product carousels declare it); a box's
 * title over lines that all stay out (`Passende Produkte` over product tiles); `<time>` elements of
 * four days or more in the content as a list. Now: time 0.714, author 0.857, end 0.778, mustNot
 * 0.944, the rest 1. Still missed: a zone implied only by the page's country (`Nieuwsbericht |
 * 04-03-2021 | 10:05`, `Publié aujourd'hui à 07h45`), a `Laatst gewijzigd` line closing the text,
 * a Jimdo page whose sidebar modules join its text. (A time in the zone of the page's European
 * country, taught by the eighth batch, brings time to 0.857.)
 *
 * Eighth batch (`heldout8`, 10 pages written the same way: `Veröffentlicht am 04.03.21 um 10:05
 * Uhr` beside a JSON-LD `dateModified` only, Corriere's `4 marzo 2021 (modifica il …)`, a HubSpot
 * blog's `Mär 4, 2021 10:05:00 AM`, a Swiss municipality's `Datum` row below the text, L'Est
 * Républicain's `Le … à` and `Mis à jour le …`, a WordPress blog dated only by its address, DvhN's
 * `do 4 mrt 2021, 10:05`, a timeago `<abbr>` showing `hace 3 años`, a Podlove episode, an events
 * calendar). First run:
 *   isArt 1.000 | title 0.889 | date 0.889 | time 0.500 | author 0.857 | start 1.000 | end 0.556 |
 *   mustNot 0.896
 * Taught: a shown time without a zone in the zone of the page's European country (from the
 * language tag's region, the address's country domain, or a language spoken in one zone), summer
 * time included; a date a first sentence announces after a preposition (`Ab Montag, 22. März 2021,
 * …`) dates the page only when no line below does; the info line and byline under a standfirst
 * that opens the text; a timeago `<abbr>`'s title; `/autores/…` author pages; `<title>` as the meta
 * title and the site's name after it; newsletter pitches in Italian, French, Spanish, German and
 * Dutch; `Share this…`. Now all 1 but end 0.778, mustNot 0.941. Still missed: a municipality's
 * documents table after the text, a podcast's chapter marks and credits after its show notes.
 *
 * Ninth batch (`heldout9`, 10 pages written the same way: MDR's `Stand:` beside a JSON-LD instant
 * the evening before, a Tiroler Tageszeitung Plus article whose JSON-LD carries its update, RTS's
 * `Publié le 1er novembre` and an epoch in a script, HLN's `09-11-20, 17:42`, a Polish JSON-LD time
 * without a zone, SME's `27. okt 2019 o 6:12`, a GeneratePress blog's hidden update `<time>`, a
 * TYPO3 club page dated only in its news list, a Paris press release whose JSON-LD is the UTC
 * midnight before, a city's press-release archive). First run:
 *   isArt 0.900 | title 0.889 | date 0.667 | time 0.714 | author 0.625 | source 1.000 | start 1.000 |
 *   end 0.556 | mustNot 0.901
 * Taught: a two-digit year joined by hyphens before a time where the locale writes the day first; a
 * UTC instant written in the zone of the page's European country when that keeps its day or gives
 * the day the page shows; a paywall's `Sie wollen weiterlesen?`, `Dieses Thema im Programm`, an
 * error-report prompt, an affiliate link's label. Now date 0.889, time 0.857, end 0.778, mustNot
 * 0.939. Still missed: writers named only in a closing `Quelle: MDR/…` or a TV credit, a JSON-LD
 * time that is the update's, a club page dated only in its news list, a press release's boilerplate
 * (`À propos de …`, `Contact presse`), an archive list read as an article.
 *
 * Tenth batch (`heldout10`, 10 pages written the same way: a HAZ+ story whose JSON-LD time is UTC
 * without a zone, NZZ's local time written with a `Z`, Il Resto del Carlino's `18 ago 2021` beside
 * metadata of the next day's update, a Lusa story on SAPO 24, JydskeVestkysten with the next story
 * scrolled in, a Hungarian `2022. június 2. 10:05`, a Hugo blog's zone-less `<time>`, L'essentiel's
 * `Publié le 06/05/2021`, an Austrian OTS release, a shop's category page with an SEO text). First run:
 *   isArt 1.000 | title 1.000 | date 0.667 | time 0.375 | author 0.857 | source 1.000 | start 1.000 |
 *   end 0.778 | mustNot 0.971
 * Taught: the time a page shows over a declared zone-less time of the same day; a declared UTC
 * clock the page shows as its own that day read as local time. Now time 0.625. Still missed: a
 * shown day a day before every declared value (the update's), Lisbon's time written in the
 * declared Central European zone, a Hungarian year-first date with a month name, an OTS release
 * dated by a list beside it, the next story scrolled in.
 *
 * Eleventh batch (`heldout11`, 10 pages written the same way: ZEIT ONLINE with its `Quelle:` line
 * twice, SWR with a video's broadcast date the evening before, Le Figaro's `Publié … Mis à jour` on one
 * line, RTBF's `31 mars 2020 à 10h05`, la Repubblica on the day summer time ended, El País's `Madrid -
 * 22 feb 2021 - 10:05 CET`, NOS's `+0100`, a Krone page dated only in its author box, an Enfold blog
 * whose date `<time>` is classed `updated`, and a news ticker, which is no article). First run:
 *   all 1.000 but end 0.889, mustNot 0.980
 * (every date and time right on the first run). Taught: a weather widget (`weather-widget` / `wetter`
 * classes, a line of temperatures). Now end 1. Still missed: `Más información` and a promo box inside
 * the text.
 *
 * Twelfth batch (`heldout12`, 10 pages written the same way at the session's end: a Joomla paper's
 * `Veröffentlicht: Donnerstag, 4. März 2021 10:05` beside an update's `og:updated_time`, a French
 * byline sentence `le 4 mars 2021 à 10h05`, Corriere del Ticino, a Vocento `<time>` without a
 * datetime, an Italian blog, a Dutch university's `Gepubliceerd op`, a club post dated only by its
 * first sentence and its address's year, Deník's `4.3.2021 10:05`, ORF's `Publiziert am` below the
 * text, a choir's dates page). First run:
 *   isArt 0.900 | title 1.000 | date 0.778 | time 0.600 | author 0.750 | start 1.000 | end 0.778 |
 *   mustNot 0.978
 * Taught: `Text und Fotos:` as a writer's credit; `Laatst gewijzigd:` as an update line (also
 * heldout7's Deventer page: end 0.889). Now author 0.875, end and mustNot 1. Still missed: a shown
 * first day against an `og:updated_time` a day later, a Vocento `<time>` without a datetime, a first
 * sentence's day and month with the address's year, a university named as the author, a dates page.
 */
import { join } from 'node:path';
import { testSplitFloors, type Metric } from '../support/page-scoring';

type Split = 'heldout1' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'heldout25' | 'heldout26' | 'heldout27' | 'heldout28';

/** Lowest score allowed per metric (the figures reached when the rules were written). */
const FLOORS: Record<Split, Record<Metric, number>> = {
  heldout1: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 1 },
  heldout2: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 0.99 },
  heldout3: { isArt: 0.9, title: 1, date: 1, time: 0.77, author: 1, editor: 0, source: 1, start: 1, end: 0.88, mustNot: 0.93 },
  heldout4: { isArt: 0.9, title: 0.88, date: 0.88, time: 0.66, author: 0.71, editor: 0, source: 0, start: 1, end: 0.88, mustNot: 0.98 },
  heldout5: { isArt: 1, title: 1, date: 0.88, time: 0.5, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  heldout6: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 0.97 },
  heldout7: { isArt: 1, title: 1, date: 1, time: 0.85, author: 0.85, editor: 0, source: 0, start: 1, end: 0.88, mustNot: 0.95 },
  heldout8: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 0.77, mustNot: 0.94 },
  heldout9: { isArt: 0.9, title: 0.88, date: 0.88, time: 0.85, author: 0.62, editor: 0, source: 1, start: 1, end: 0.77, mustNot: 0.93 },
  heldout10: { isArt: 1, title: 1, date: 0.66, time: 0.62, author: 0.85, editor: 0, source: 1, start: 1, end: 0.77, mustNot: 0.97 },
  heldout11: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 0.97 },
  heldout12: { isArt: 0.9, title: 1, date: 0.77, time: 0.6, author: 0.87, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  // heldout13 (VRT NWS, Observador on the day clocks went forward, Folha with a UTC instant the next
  // day, SVT's update above its first time, Yle's `klo 7.15`, stern's video JSON-LD first, a Zurich
  // story before the clocks went back, La Capital's `hs`, Adevărul's zone-less JSON-LD, an archive
  // day), written the same way. First run: date and time 0.889 (Folha's `9.fev.2019 às 23h40`, a
  // month's short name between dots, unread), the rest 1. Taught: that form; then a preprint's
  // first day (`Preprint: …, first published 04.Apr.2019`, now read) dates no page.
  heldout13: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  // heldout14 (Südkurier across the spring change, Salzburger Nachrichten, Vaterland, Le Temps,
  // Politiken, Wyborcza on the day clocks went forward, iROZHLAS, in-cyprus, a Canarian Blogger
  // recipe, a club's news list), written the same way. First run: date and time 0.889 (an update
  // line above the first date taken for it), mustNot 0.991, the rest 1. Taught two sessions later
  // (the first day shown under the update line, in the zone of its own day; an audio player's label): all 1.
  heldout14: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout15 (BR24 the day after the clocks went back, a local weekly's `veröffentlicht am` under the
  // text, Le Monde just after midnight in summer time, Le Soir's `2/10/2022`, Il Sole 24 Ore's update
  // in JSON-LD, El Mundo's next-day update, De Stentor carrying ANP, Göteborgs-Posten, a Viennese
  // WordPress blog, a town's news page), written the same way. First run: time 0.75, author 0.857,
  // end 0.889, mustNot 0.979, the rest 1.
  // Then taught: an audio box's `Sendung: 27.10.2019, …` line, the Italian box label
  // `Approfondimento`, a Swedish tip box (`Har du ett tips till GP?`): end and mustNot 1. The next
  // session taught a byline run into the date line (`Par … Publié le … à 01h12`), a shown first time
  // under a declared first instant that is the last change's, a newsroom (`BR24 Redaktion`) as no
  // writer: all 1.
  heldout15: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout16 (SZ with dpa, SR at midnight on New Year, RSI, de Volkskrant, Helsingin Sanomat, La
  // Vanguardia, a Portuguese blog, Aktuality with TASR, an Irish weekly, a city's press releases),
  // written the same way. First run: isArt 0.9, title 0.889, mustNot 0.990, the rest 1.
  // Taught: a kicker of its own element run into the headline before a colon: title 1.
  heldout16: { isArt: 0.9, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 0.98 },
  // heldout17 (hessenschau, wien.ORF.at, Ouest-France, Het Nieuwsblad, eldiario.es, Diário de
  // Notícias, Radio Lublin, Luzerner Zeitung, a TYPO3 press release, a programme page), written the
  // same way. First run: isArt 0.9, date 0.778, time 0.857, source 0, end 0.444, mustNot 0.904, the
  // rest 1.
  // Taught: a source naming the site and an agency's desk, `DN/Lusa`, Polish date labels, programme
  // lines naming the station, feedback prompts, a correction note, a character count, a company's
  // profile heading, a Spanish support box: all 1 but isArt 0.9 (a programme page) and date 0.889
  // (a release dated the day before in its metadata).
  heldout17: { isArt: 0.9, title: 1, date: 0.88, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout18 (the LVZ behind its paywall, t-online carrying dpa, 20 Minutes, La Nazione, Europa
  // Press, Hürriyet Daily News, Nordjyske, a Dutch WordPress blog, OÖNachrichten, a club's events
  // page), written the same way. First run: isArt 0.9, date 0.889, time 0.778, end 0.667, mustNot
  // 0.899, the rest 1.
  // Taught: an agency copy's notes, a tags line, an affiliate note, a partner box, a follow prompt:
  // end 0.889 (a paywall box), mustNot 0.990.
  heldout18: { isArt: 0.9, title: 1, date: 0.88, time: 0.77, author: 1, editor: 0, source: 1, start: 1, end: 0.88, mustNot: 0.98 },
  // heldout19 (NRK, VG carrying NTB, Kathimerini, 24ur carrying STA, ERR, Delfi carrying ELTA, Digi24, Ara,
  // Yle, a Norwegian kommune's news list), written the same way. First run: title 0.889, time 0.667,
  // author 0.833, source 0.667, start 0.889, end 0.778, mustNot 0.944, the rest 1.
  // Taught (with the twentieth and twenty-first batches): more national agencies (TT, STA, ELTA,
  // BNS, ČTK, TASR), reading times, advertisement labels, comment counters, video pointers, paywall
  // prompts, update, thanks and follow notes in more languages, a Hungarian cover credit, a French
  // correspondent's sign-off. Now source 1, end 0.889, mustNot 0.981. Still missed: a Greek headline's kicker, times
  // whose meta offset disagrees with the day's (a day the clocks changed), an author in brackets after the
  // story (Delfi), a Slovenian meta line run into one block.
  heldout19: { isArt: 1, title: 0.88, date: 1, time: 0.66, author: 0.83, editor: 0, source: 1, start: 0.88, end: 0.88, mustNot: 0.98 },
  // heldout20 (Aftonbladet carrying TT, Berlingske, Onet carrying PAP, Blesk carrying ČTK, Index.hu, Le
  // Figaro, Corriere della Sera, Público carrying Lusa, De Standaard carrying Belga, a Gemeinde's list),
  // written the same way. First run: isArt 0.9, time 0.889, author 0.8, source 0.4, end 0.444,
  // mustNot 0.895, the rest 1.
  // Taught with the nineteenth batch's rules: source 1, end 0.889, mustNot 0.990. Still missed: an
  // agency-only byline after the story (TT), a paywall's offer closing the served text, a Gemeinde's list.
  heldout20: { isArt: 0.89, title: 1, date: 1, time: 0.88, author: 0.79, editor: 0, source: 1, start: 1, end: 0.88, mustNot: 0.98 },
  // heldout21 (tagesschau, DER SPIEGEL, Le Monde, El País, la Repubblica 2019, NOS, SRF, RTBF carrying
  // Belga, Expresso, an ayuntamiento's news list), written the same way. First run: isArt 0.9, title
  // and author 0.889, time 0.75, source 0, start 0.667, end 0.778, mustNot 0.963, the rest 1.
  // Taught with the nineteenth batch's rules: start 0.778, end 0.889, mustNot 0.991. Still missed:
  // `avec Belga` bylines (the truths disagree: Le Figaro's `avec AFP` names no source), SPIEGEL's
  // headline over its kicker, an interview's questions and its `Das Gespräch führte`, NOS's and El País's zones.
  heldout21: { isArt: 0.89, title: 0.88, date: 1, time: 0.74, author: 0.88, editor: 0, source: 0, start: 0.77, end: 0.88, mustNot: 0.99 },
  // heldout22 (FAZ, Süddeutsche Zeitung, Der Standard carrying APA, NZZ, Le Figaro with AFP, ABC carrying
  // EFE, Corriere della Sera carrying ANSA, NRC, Gazeta Wyborcza, a mairie's list), written the same way
  // at the session's end. First run: title and time 0.778, date 0.889, author 0.8, source 0.4, start
  // 0.778, end 0.667, mustNot 0.889, isArt 1.
  // Taught: correction notes in several languages: end 0.778, mustNot 0.907. Still missed: kickers in
  // titles, an AI summary box, an agency's dated sign-off run into the last paragraph, a poll box.
  heldout22: { isArt: 1, title: 0.77, date: 0.88, time: 0.77, author: 0.79, editor: 0, source: 0.39, start: 0.77, end: 0.77, mustNot: 0.9 },
  // heldout23 (Die Zeit carrying dpa, 20 Minuten, Libération, La Vanguardia carrying Europa Press, La
  // Stampa, Het Parool, Helsingin Sanomat carrying STT, Rzeczpospolita carrying PAP, Observador carrying
  // Lusa, a Sportverein's Joomla news list), written the same way. First run: isArt 0.9, time 0.889,
  // source 0.6, start and end 0.778, mustNot 0.926, the rest 1.
  // Taught: an editor's points box (`Darum gehts`), a readers' call-out and a messenger follow box, a
  // French update note and support appeal, a video embed's title, an agency behind `Agência` and
  // before a signer's initials, a source line under the standfirst: source, start, end and mustNot
  // 1.0. Still missed: seconds a truth takes from metadata, the club's list.
  heldout23: { isArt: 0.89, title: 1, date: 1, time: 0.88, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout24 (Tagesspiegel, Kurier carrying APA, Ouest-France, El Mundo, Il Sole 24 Ore, De Telegraaf
  // carrying ANP, Politiken carrying Ritzau, Hospodářské noviny carrying ČTK, Jornal de Notícias, a
  // commune's agenda), written the same way. First run: title and start 0.889, time 0.667, author
  // 0.833, source 0.75, end 0.333, mustNot 0.861, the rest 1.
  // Taught: a correspondent's sign-off naming the paper, a video box's description, German, Italian,
  // Danish and Dutch update, copyright, paywall, correction and tip lines, a Nordic fact box, `/ritzau/`,
  // an agency declared beside the writer, the declared instant's seconds in the shown zone: time, author
  // and source 1.0, end 0.778, mustNot 0.944. Still missed: a kicker inside the headline, a relative
  // date line (`Gisteren, 22:17`), author boxes after an Italian story.
  // After the session: a kicker in the headline's first element under an unnamed class: title 1.0.
  heldout24: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 0.88, end: 0.77, mustNot: 0.94 },
  // heldout25 (Die Welt carrying dpa, Frankfurter Rundschau, Le Parisien, 20 Minutes, El Confidencial,
  // Il Messaggero, La Libre carrying Belga, Aftenposten carrying NTB, Večernji list carrying HINA, a
  // Gemeinde's Amtstafel), written the same way. First run: isArt 0.9, title, date and start 0.889, time
  // 0.667, end 0.889, mustNot 0.954, the rest 1.
  // Taught: a still-being-updated note and a messenger follow prompt: end 1.0, mustNot 0.963. Still
  // missed: a headline in an <h2>, times on the days the clocks change, a JSON-LD offset a season off,
  // an interview's intro box, the Amtstafel.
  heldout25: { isArt: 0.89, title: 0.88, date: 0.88, time: 0.66, author: 1, editor: 1, source: 1, start: 0.88, end: 1, mustNot: 0.96 },
  // heldout26 (Handelsblatt, Stuttgarter Zeitung, Le Figaro carrying AFP, Sud Ouest, La Razón carrying
  // EFE, Corriere Torino, Het Nieuwsblad carrying Belga, Dagens Nyheter carrying TT, Wyborcza Łódź, a
  // Landkreis press list), written the same way. First run: isArt 0.9, title and time 0.889, source
  // 0.75, end 0.556, mustNot 0.926, the rest 1.
  // Taught: a byline crediting the newsroom with an agency (`avec AFP`), a first-publication line, a
  // practical-information box, a Flemish tip line: source 1.0, end 0.889, mustNot 0.972. Still missed:
  // a kicker in the headline, a time on the day after the clocks changed, a `Le tappe` box, the list.
  // After the session: a `<title>`'s last part after a dash taken for the site although the page names another: title 1.0.
  heldout26: { isArt: 0.89, title: 1, date: 1, time: 0.88, author: 1, editor: 1, source: 1, start: 1, end: 0.88, mustNot: 0.97 },
  // heldout27 (Berliner Zeitung, Kleine Zeitung carrying APA, Libération, El País, la Repubblica Firenze,
  // de Volkskrant, Svenska Yle, Novinky carrying ČTK, Público with Lusa, a Gemeinde's events), written
  // the same way. First run: title 0.889, end 0.444, mustNot 0.898, the rest 1.
  // Taught: a Swedish completion note, feedback, contact and follow prompts in four languages, a Czech
  // pointer past an advert: end 0.667, mustNot 0.954. Still missed: a kicker in the headline, boxes in
  // the middle of the text, a video's credit line.
  // The same: title 1.0.
  heldout27: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 1, end: 0.66, mustNot: 0.95 },
  // heldout28 (Der Spiegel, Hamburger Abendblatt, Ouest-France, La Voz de Galicia, Il Resto del Carlino,
  // NOS, VG carrying NTB, Onet carrying PAP, Diário de Notícias carrying Lusa, a commune's agenda), written
  // the same way at the session's end and not yet taught. First run: isArt 0.9, title and time 0.889,
  // author 0.714, start 0.778, end 0.556, mustNot 0.861, the rest 1.
  heldout28: { isArt: 0.89, title: 0.88, date: 1, time: 0.88, author: 0.71, editor: 1, source: 1, start: 0.77, end: 0.55, mustNot: 0.86 },
};

testSplitFloors('held-out news templates in other languages', join(import.meta.dirname, '..', 'world-pages'), FLOORS);
