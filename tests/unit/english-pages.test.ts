/**
 * A held-out measure of how the extractor generalises to English templates it was never tuned on:
 * synthetic pages in tests/english-pages/ of kinds of sites not in shared/data (a regional paper on
 * a chain CMS, a UK tabloid, a wire story on a portal, a newsletter platform post, a WordPress blog
 * with comments, a university news release, a government press release, a magazine long read, a
 * live blog, a nonprofit newsroom's column, and two pages that are not articles: a section front and
 * a tag archive), invented outlets written by hand with their truth before the extractor was run on
 * them. Scored by tests/support/page-scoring.ts; a table is printed and each metric must stay at its
 * floor.
 *
 * First run (the fair held-out figure), 12 pages:
 *   isArt 1.000 | title 0.900 | date 1.000 | time 1.000 | author 1.000 | editor — | source 0.000 |
 *   start 0.800 | end 0.900 | mustNot 0.975
 *   - wire-portal: no source (the portal names the wire as provider: JSON-LD `provider`, an
 *     attribution block beside the byline);
 *   - magazine-longread: ends with the print-edition note ("This article appears in the February
 *     2024 print edition with the headline …");
 *   - live-blog: title lost " – latest updates" (read as a site suffix); body starts at the newest
 *     entry, not at the summary block above it;
 *   - opinion-column: starts with the generic disclaimer ("The opinions expressed here are those of
 *     the author …").

 *
 * Second batch (`heldout2`, 10 pages written by a helper who read neither the extractor nor its
 * rules: a public broadcaster, a story behind a soft paywall, a member blog post, a newswire
 * release, a recipe blog, a science explainer, a match report, a city's news flash, a product
 * review, and a documentation page that is no article). First run:
 *   isArt 0.900 | title 1.000 | date 0.889 | time 0.875 | author 1.000 | start 0.889 | end 0.556 |
 *   mustNot 0.946
 *   - a British review's `04/11/2024` read month first; its affiliate disclosure opening the body;
 *   - closing furniture kept: a follow-us promo, author cards below the story, a recipe card's
 *     "Tried this recipe?" request; a paywall meter inside the story;
 *   - a city's news flash about a budget read as a shop (the amounts in its sentences as prices).
 * The rules of tests/unit/english-rules.test.ts's second batch bring every figure to 1 but end
 * (newswire-release: this truth keeps the closing "About <company>" section, which the aeb truth
 * of press releases leaves out; the extractor cuts it at its heading) and mustNot (a deals
 * widget's heading, now dropped, was the other).
 *
 * Third batch (`heldout3`, 10 news stories from outside the US written the same way: India,
 * Pakistan, Nigeria, South Africa, Australia, New Zealand, Ireland, Canada, Malaysia, the
 * Philippines). First run:
 *   isArt 1.000 | title 1.000 | date 0.900 | time 0.889 | author 1.000 | source 0.000 | start 1.000 |
 *   end 0.600 | mustNot 0.951
 *   - an agency credited as the writer (PTI) and a wire story's JSON-LD sourceOrganization (The
 *     Canadian Press) not read as the source;
 *   - a Pakistani site's 04/03/2025 read month first; an Australian page's shown 9:15AM beside a
 *     UTC instant lost its time instead of taking the zone the two imply;
 *   - closing notes kept: a syndicated-feed disclaimer, a tip line, a grant-funding credit, a
 *     "For more news about …, visit" promo.
 * The third batch of tests/unit/english-rules.test.ts brings every figure to 1.
 *
 * Fourth batch (`heldout4`, 10 pages written the same way on the big papers' templates of
 * 2017–2021: The New York Times, The Washington Post, The Guardian, BBC News, CNN, Reuters,
 * MailOnline, a Forbes contributor, a local TV station, and an author page that is no article).
 * First run:
 *   isArt 1.000 | title 0.889 | date 0.889 | time 0.889 | author 1.000 | editor 0.000 |
 *   start 0.889 | end 0.667 | mustNot 0.889
 * The fourth batch of tests/unit/english-rules.test.ts (a wire story's closing credits and
 * standards link, a video player's labels, a tip line, a commission disclosure in any words,
 * paragraphs inside a figcaption) brings start to 1, end to 0.889, editor to 0.5 and mustNot to
 * 0.981. Still missed:
 *   - MailOnline's headline, an h2 longer than the meta title (reading such an h2 as the headline
 *     cost a wcxb page its title);
 *   - a misleading `itemprop-datePublished` meta naming the address's day, beside JSON-LD and a
 *     shown date of the next day (read since the fifth batch: date and time 1);
 *   - CNN's closing "… contributed to this report." (this truth keeps it; the aeb truth leaves it
 *     out on both pages that print one, and the extractor follows aeb);
 *   - affiliate product cards (`Shop now`) between a review's paragraphs (wcxb truths keep the
 *     product boxes of "best of" lists);
 *   - a TV station's credits list (`Web Editor Dana Pruitt`) as the editor.
 *
 * Fifth batch (`heldout5`, 10 pages written the same way: The New Yorker, POLITICO, USA TODAY,
 * NPR, Al Jazeera, Bloomberg, a Lee/BLOX regional paper, TIME, Sky News, and the ABC's "Just In"
 * river, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 0.889 | author 1.000 | start 0.778 | end 0.556 |
 *   mustNot 0.911
 * The fifth batch of tests/unit/english-rules.test.ts (a wire story's update note, a contact line,
 * a correction, a live-coverage pointer, a breaking-news notice and its alerts offer, a newsletter
 * line, a video player's accessibility note; the address's day yields to the day shown by the
 * headline with the declared time) brings start to 0.889, end to 1 and mustNot to 0.990. Still
 * missed: POLITICO's opening `UPDATE:` note (wcxb truths keep such notes at a story's top as often
 * as not), and USA TODAY's `5:01 a.m. ET June 2, 2021` (a time before the date is not read, so the
 * address's day before stands).
 *
 * Sixth batch (`heldout6`, 10 pages written the same way: TechCrunch, The Verge, Ars Technica,
 * CNBC, The Motley Fool, a company newsroom's release, Variety, ESPN, a Medium post, and a
 * newsroom's release index, which is no article). First run:
 *   isArt 1.000 | title 0.889 | date 1.000 | time 0.875 | author 1.000 | start 0.778 | end 0.556 |
 *   mustNot 0.907
 * The sixth batch of tests/unit/english-rules.test.ts (live stock quotes after tickers, a
 * holdings disclosure, a reading platform's highlight marker, a commission disclosure in the plural, a follow-me line on Medium, a time line whose parts ran
 * together) brings end to 0.778 and mustNot to 0.969. Still missed: CNBC's `Key Points` heading
 * opening the body (tests/unit/body-cleaning.test.ts keeps a summary box's heading in the body,
 * as some wcxb truths do and others do not), TechCrunch's
 * summary above the story (this truth starts the body with it; the extractor keeps a standfirst
 * as the subtitle), The Verge's closing `Update …:` note (wcxb truths keep such notes at a story's
 * top as often as not), a press release's "About" section (the aeb truth leaves it out), ESPN's
 * headline beside a generic `<title>`, and an investing site's pitch box mid-story.
 *
 * Seventh batch (`heldout7`, 10 pages written the same way: Axios, Vox, Slate, HuffPost,
 * ProPublica, The Texas Tribune, Patch, the South China Morning Post, The Straits Times, and a
 * newsletter archive, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 0.889 | author 1.000 | start 0.778 | end 0.444 |
 *   mustNot 0.847
 * The seventh batch of tests/unit/english-rules.test.ts (notes on where a story first ran or who
 * produced it, a newsroom's line about itself, support appeals and sponsors' disclosures, an
 * advice column's preface, tip boxes, a local site's subscription box, a Telegram channel, a
 * `More … From …` heading; a time written before its date, which gives the page's zone beside a
 * UTC instant) brings every figure to 1.
 *
 * Eighth batch (`heldout8`, 10 pages written the same way: The Irish Times, Euronews, DW, The
 * Japan Times, The Korea Herald, Gulf News, The Hindu, CBC News, ABC News Australia, and an "In
 * Pictures" gallery index, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 1.000 | time 0.875 | author 0.889 | source 0 (one page) |
 *   start 0.889 | end 0.778 | mustNot 0.884
 * The eighth batch of tests/unit/english-rules.test.ts (agency initials closing a story,
 * subscription banners, alert and app prompts, `Also read` and `What's more` headings, a
 * `First posted` line) brings end to 1 and mustNot to 0.958. Still missed: ABC's `Key points:` box heading opening
 * the body (see the sixth batch), a pull quote's attribution and an audio player's summary,
 * DW's site name as the author, Euronews's `with AFP` as the source, CBC's `CT` zone.
 *
 * Ninth batch (`heldout9`, 10 pages written the same way: US regional chains and local TV —
 * Chicago Tribune, Miami Herald, SFGATE, cleveland.com, an NBC station, a Nexstar station, a TEGNA
 * station, The Seattle Times, a small-town weekly, and a section front, which is no article).
 * First run:
 *   isArt 1.000 | title 0.889 | date 0.889 | time 0.714 | author 0.875 | start 1.000 | end 0.444 |
 *   mustNot 0.902
 * The ninth batch of tests/unit/english-rules.test.ts (a contributor's closing credit, `… contributed
 * to this report.`, which the aeb truth leaves out on both its pages that print one; `This story
 * was originally published …`; `Stay with … for updates`; local support appeals) brings end to 1
 * and mustNot to 0.963, and aeb's F1 up on two pages (+0.019 summed). Three earlier truths keep
 * such a credit as the story's last line (wire-portal, NPR, CNBC): their splits' end floors are
 * one page lower now, following the aeb convention. Still missed: a TV station's video title as
 * the headline, a generic `WBIR Staff` byline, a UTC time beside a zone-less shown time, and the
 * Seattle Times' support box heading in the middle of the story.
 *
 * Tenth batch (`heldout10`, 10 pages written the same way: English news outside the US and UK
 * mainstream and special-interest publishers — Vanguard, Hindustan Times, Moneycontrol, Al
 * Bawaba, IGN, Live Science, AppleInsider, an SB Nation blog, The Sydney Morning Herald, and a
 * maker's product page, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 0.857 | author 1.000 | source 1.000 | start 1.000 |
 *   end 0.333 | mustNot 0.885
 * The tenth batch of tests/unit/english-rules.test.ts (a time written with a dot before am/pm or
 * GMT and after a dash, `March 18, 2021 — 9.12am`; the zone a shown update time implies for the
 * declared UTC first instant; `Editor's note: This article has been updated …`; a newsletter box
 * with `&` in its name and `Sign up here.`; slideshows, video players and deal boxes set into the
 * story; the site's name signing the story off, `Vanguard News Nigeria`) brings date and time to
 * 1, end to 0.667 and mustNot to 0.944; the zone rule also writes five corpus times in their
 * page's zone (same instants and days). Left as the dev truths have them: the closing
 * `Originally published on Live Science.` (the aeb truth keeps it on its Live Science page), a
 * closing `Disclaimer: …` (a wcxb truth keeps one) and a poll box after the story (the aeb truth
 * of a wday.ru page keeps its poll); also a price-guide box's heading.
 *
 * Eleventh batch (`heldout11`, 10 pages written the same way: Fox News, CBS News, AP, the New
 * York Post, The Detroit News, the Pioneer Press, The Sun, The Independent, TheJournal.ie, and a
 * Mirror author page, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 1.000 | time 1.000 | author 1.000 | start 0.889 | end 0.667 |
 *   mustNot 0.944
 * The eleventh batch of tests/unit/english-rules.test.ts (`Follow AP's coverage of …`, a closing
 * `___`, a tabloid's tip box, video players set into the story, the content's lines above a
 * headline set apart from it — which also lifts a wcxb article from 0.873 to 1.000 F1 — and the
 * aeb page whose closing rule and pointer went, +0.012) brings start, end and mustNot to 1 but
 * for Fox News' closing `The Associated Press contributed to this report.`, which this truth
 * keeps and the aeb truth leaves out.
 *
 * Twelfth batch (`heldout12`, 10 pages written the same way: the long tail beside the big
 * outlets — a B2B maker's news item, a maker's project write-up on a home-made CMS, ArchDaily, a
 * Blogspot nostalgia blog, a Newspack state news site, a fact check, a finance gossip post, a
 * startup's Medium blog, BellaNaija, and a startup's press page, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 0.667 | author 1.000 | editor 0.000 | start 1.000 |
 *   end 0.778 | mustNot 0.963
 * The twelfth batch of tests/unit/english-rules.test.ts (`Curated by` / `Edited by` credits
 * without a colon, citation boxes, `ISSN` lines, project galleries, `Support independent …
 * journalism`) and a dated line after the story read up to 100 characters (`Posted Saturday 14th
 * March 2020 at 16:20 · last edited …`) bring date and editor to 1, end 0.889 and mustNot 0.981.
 * Still missed: zone-less times where only the site's country tells the zone, and a blog's
 * closing note on its pictures' rights.
 *
 * Thirteenth batch (`heldout13`, 10 pages written the same way: outlets beyond the US and UK
 * nationals — a Reach regional, a Gray TV station, NZ Herald Premium, the Daily Nation, The Daily
 * Star's op-ed page, CNA, Automotive News, a university press release, a Sky Sports match report,
 * and the Irish Independent's latest-news river, which is no article). First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 0.857 | author 1.000 | start 1.000 | end 0.556 |
 *   mustNot 0.877
 * The thirteenth batch of tests/unit/english-rules.test.ts (`PM CST` as US Central time, a
 * shown zoned time matching the declared instant to the minute, closing follow prompts, letters
 * invitations, `Further information` / `Journal reference` / `Media contact` headings and match
 * line-ups) brings time, end and mustNot to 1. Still missed: the Nation's `<time>` whose UTC
 * instant (21:45Z) it shows as the next day in Nairobi (no zone on the page; where wcxb pages
 * show the local day beside a UTC instant, their truth keeps the UTC day).
 *
 * Fourteenth batch (`heldout14`, 10 pages written the same way: the Boston Globe, WBUR, The
 * Telegraph, The Globe and Mail, The New Indian Express, a Reuters story on MSN, 9to5Mac, a WIRED
 * feature, a KOMO breaking story, and the Inquirer's obituaries front, which is no article).
 * First run:
 *   isArt 1.000 | title 0.889 | date 1.000 | time 0.889 | author 0.889 | editor 0.000 |
 *   source 1.000 | start 1.000 | end 0.222 | mustNot 0.934
 * The fourteenth batch of tests/unit/english-rules.test.ts (a time after a bullet, a wire's
 * credits in brackets, a news service declared as the author giving way to a byline's person,
 * writers' addresses, an aired-on note, comment and newsletter pitches, a developing-story notice;
 * also a Reuters credit and a CNN newsletter promo leave two htmldate pages' text) brings all but
 * title and end to 1. Still missed: 9to5Mac's h1 against its metadata headline, and a closing
 * `(With inputs from PTI)` that this truth keeps in the body (a wire note the aeb truths leave out).
 *
 * Fifteenth batch (`heldout15`, 10 pages written the same way: the Columbus Dispatch (Gannett),
 * the Sacramento Bee (McClatchy), ABC Australia, the Irish Examiner, Arab News, ScienceDaily,
 * MarketWatch, The Markup, a Scotsman live blog, and a The Conversation author page, which is no
 * article). First run:
 *   isArt 1.000 | title 0.889 | date 1.000 | time 1.000 | author 1.000 | source 1.000 | start 1.000 |
 *   end 0.778 | mustNot 0.943
 * The fifteenth batch of tests/unit/english-rules.test.ts (a link box's heading set early in a
 * story; a newsletter pitch at the edge) brings mustNot to 0.961. Still missed: a closing
 * `… contributed to this story.` this truth keeps (the aeb truths leave such credits out), an
 * ownership disclosure and a newsletter form inside the text, a read-next card's summary, and a
 * live blog's running headline against its `<title>`.
 *
 * Sixteenth batch (`heldout16`, 10 pages written the same way: The Times, WGN-TV on Nexstar's
 * template, The Star (Kenya), The Express Tribune running an APP story, Engadget, The Nevada
 * Independent, The Athletic, The Jakarta Post, an AFP story on Yahoo News, and an Evening Standard
 * topic page, which is no article). First run:
 *   isArt 1.000 | title 0.889 | date 0.889 | time 0.889 | author 1.000 | editor 1.000 | source 1.000 |
 *   start 0.778 | end 0.778 | mustNot 0.954
 * The sixteenth batch of tests/unit/english-rules.test.ts (a byline with the writer's role after a
 * comma; an `In Summary` box heading; a video player's `Now Playing:` line as no headline; a
 * print-edition note naming the paper and its day, which dates no page; a tip line, a donors'
 * disclosure, a donation strip's pitch) brings all to 1 but mustNot 0.991 (a Republish box's hidden copy).
 *
 * Seventeenth batch (`heldout17`, 10 pages written the same way: the St. Louis Post-Dispatch on
 * BLOX, CBC, The Northern Echo, The Economic Times, Rappler, an AAP story on news.com.au, The
 * Atlantic, Phys.org, a Legacy.com obituary, and a Denver Post search page, which is no article).
 * First run:
 *   isArt 1.000 | title 1.000 | date 0.889 | time 1.000 | author 1.000 | source 0.500 | start 1.000 |
 *   end 0.667 | mustNot 0.940
 * The seventeenth batch of tests/unit/english-rules.test.ts (a subscription pitch, a market tip's
 * disclaimer, a `Citation:` block, `Provided by …`, `Explore further`) brings end to 0.889 and
 * mustNot to 0.983. Still missed: Phys.org's `More information:` note on the paper (the aeb truths
 * keep it), a release's provider as its source, an obituary's `from Mar. 6 to Mar. 7, 2021`.
 *
 * Eighteenth batch (`heldout18`, 10 pages written the same way: the Chicago Reader, Nation.Cymru,
 * RTÉ, The Times of Israel, Punch, a NASA release, a college paper on SNO, Supply Chain Dive, a
 * Reuters story on the Financial Post, and the LA Times newsletters page, which is no article).
 * First run:
 *   isArt 0.900 | title 1.000 | date 0.889 | time 1.000 | author 0.750 | editor 1.000 | source 1.000 |
 *   start 0.889 | end 0.889 | mustNot 0.981
 * The eighteenth batch of tests/unit/english-rules.test.ts (a wire story credited only to its agency
 * names its reporters from its closing `(Reporting by …)` credits; a chain template's `Article
 * content` labels) brings author to 0.875 and mustNot to 0.991. Still missed: a UTC instant the page
 * shows as the day before (wcxb truths keep the UTC day), a lead picture's caption, a NASA release's
 * closing links, a newsletters page read as an article.
 *
 * Nineteenth batch (`heldout19`, 10 pages written the same way: the Boston Herald, the San Antonio
 * Express-News, Birmingham Live, the Newcastle Herald, a PTI story on NDTV, The Kathmandu Post, an NPR
 * transcript, the Chicago Bears' site, PolitiFact, and a corrections page, which is no article).
 * First run:
 *   isArt 0.900 | title 1.000 | date 1.000 | time 0.833 | author 1.000 | source 1.000 | start 0.778 |
 *   end 0.556 | mustNot 0.901
 * The nineteenth batch of tests/unit/english-rules.test.ts (only zones clocks are kept in, whole
 * hours or the part-hour ones, are read from a shown time's gap to a declared instant; a writer's
 * address alone, an office's `Email:` line, comment terms, `Media enquiries`) brings time to 1, end
 * to 0.778 and mustNot to 0.92. Still missed: a video's caption over the story, a fact check's
 * summary box and sources, a transcript's last line, a corrections page read as an article.
 */
import { join } from 'node:path';
import { testSplitFloors, type Metric } from '../support/page-scoring';

type Split = 'heldout1' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'heldout25' | 'heldout26' | 'heldout27' | 'heldout28' | 'heldout29' | 'heldout30' | 'heldout31' | 'heldout32' | 'heldout33' | 'heldout34';

/** Lowest score allowed per metric (the figures reached when the rules were written). */
const FLOORS: Record<Split, Record<Metric, number>> = {
  heldout1: { isArt: 1, title: 0.9, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 0.9, end: 0.9, mustNot: 1 },
  heldout2: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 0.88, mustNot: 1 },
  heldout3: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 1 },
  heldout4: { isArt: 1, title: 0.88, date: 1, time: 1, author: 1, editor: 0.5, source: 0, start: 1, end: 0.88, mustNot: 0.98 },
  heldout5: { isArt: 1, title: 1, date: 0.88, time: 0.88, author: 1, editor: 0, source: 0, start: 0.88, end: 0.88, mustNot: 0.98 },
  heldout6: { isArt: 1, title: 0.88, date: 1, time: 0.87, author: 1, editor: 0, source: 0, start: 0.77, end: 0.66, mustNot: 0.96 },
  heldout7: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  heldout8: { isArt: 1, title: 1, date: 1, time: 0.87, author: 0.88, editor: 0, source: 0, start: 0.88, end: 1, mustNot: 0.94 },
  heldout9: { isArt: 1, title: 0.88, date: 0.88, time: 0.71, author: 0.87, editor: 0, source: 0, start: 1, end: 1, mustNot: 0.96 },
  heldout10: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 0.66, mustNot: 0.94 },
  heldout11: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 0.88, mustNot: 1 },
  heldout12: { isArt: 1, title: 1, date: 1, time: 0.66, author: 1, editor: 1, source: 0, start: 1, end: 0.88, mustNot: 0.98 },
  heldout13: { isArt: 1, title: 1, date: 0.88, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  heldout14: { isArt: 1, title: 0.88, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 1, end: 0.88, mustNot: 1 },
  heldout15: { isArt: 1, title: 0.88, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 0.77, mustNot: 0.96 },
  heldout16: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 0.99 },
  heldout17: { isArt: 1, title: 1, date: 0.88, time: 1, author: 1, editor: 0, source: 0.5, start: 1, end: 0.88, mustNot: 0.98 },
  heldout18: { isArt: 0.9, title: 1, date: 0.88, time: 1, author: 0.87, editor: 1, source: 1, start: 0.88, end: 0.88, mustNot: 0.99 },
  heldout19: { isArt: 0.9, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 0.77, end: 0.77, mustNot: 0.92 },
  // heldout20 (News & Observer, Baltimore Sun, the i, Global News, RNZ, Bernama on Malay Mail,
  // Deadline, EurekAlert, an NBC live blog, a section front), written the same way. First run:
  // source 0 (a Bernama sign-off closing the last paragraph; a university's release), end 0.778,
  // mustNot 0.980, the rest 1.
  // Then taught: an agency signing off the last paragraph with a dash (`— Bernama`, kept in the text)
  // names the source: source 0.5. Left: a release's institution as its source; the contributor lines
  // the aeb truth leaves out and these pages keep; a reporter's e-mail and profile under a credit.
  heldout20: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0.5, start: 1, end: 0.77, mustNot: 0.97 },
  // heldout21 (the Asbury Park Press, the Lincoln Journal Star, the Oxford Mail, BreakingNews.ie,
  // WalesOnline, News24, KUNC carrying Aspen Public Radio, a Business Wire release, a column in The
  // Hill, a photos index), written the same way. First run: date 0.889, source 0, end 0.778, mustNot
  // 0.979, the rest 1. Taught: a public-radio syndication line (`Copyright 2021 Aspen Public Radio. To
  // see more, visit …`) names the source; a prompt to subscribe to comment; a `Read more:` list set
  // between paragraphs of one container is no tail (wcxb F1 +0.08 on three pages): source and end 1,
  // mustNot 0.990. Left: `Story continues below gallery` (the aeb truth keeps it) and a shown first
  // day over the evening before in UTC when the update is that same day.
  heldout21: { isArt: 1, title: 1, date: 0.88, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 0.98 },
  // heldout22 (KSHB on Scripps, Westword, The Herald's premium teaser, Deccan Herald, Dawn, TODAY,
  // Kaiser Health News, CBS Sports, AP's current template, a weather page), written the same way.
  // First run: isArt 0.9, author 0.889, start 0.889, end 0.889, mustNot 0.970, the rest 1. Taught: an
  // alt-weekly's `Keep … Free` box heading, a wire service's note on its funder: mustNot 0.991. Left:
  // a weather page read as an article, a byline `Name, DHNS, Mysuru` opening the body, AP's funder
  // note run into a link line.
  heldout22: { isArt: 0.9, title: 1, date: 1, time: 1, author: 0.88, editor: 0, source: 1, start: 0.88, end: 0.88, mustNot: 0.99 },
  // heldout23 (Houston Chronicle, SBS, The Standard, Protocol, the Express, The Tribune, Business
  // Insider, Khaleej Times, a student paper on SNO, an obituaries index), written the same way.
  // First run: isArt 0.9, time 0.857, author 0.875, source 0, start 0.778, end 0.889, mustNot
  // 0.932, the rest 1. Taught: an update line's clock as the zone of the first instant, a source
  // after an info line's time, a declared role (`Standard Reporter`) as no writer, video boxes'
  // titles and lengths, subscription prompts, a key-points list as the story's start, `photocaption`
  // boxes: isArt 0.9 (the obituaries index), mustNot 0.991 (a stock quote box), the rest 1.
  heldout23: { isArt: 0.9, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 1, start: 1, end: 1, mustNot: 0.99 },
  // heldout24 (Dallas Morning News, Liverpool Echo, Toronto Star, GMA News, The Guardian Nigeria,
  // The Marshall Project, Gizmodo, Reuters 2021, KXAN, a letters index), written the same way.
  // First run: isArt 0.9, date 0.889, time 0.875, end 0.778, mustNot 0.980, the rest 1.
  // Taught: a network's initials sign-off, an app box closing the story, a tip box's heading: end and
  // mustNot 1.
  heldout24: { isArt: 0.9, title: 1, date: 0.88, time: 0.87, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout25 (the Omaha World-Herald, the Yorkshire Evening Post, The Canberra Times, the Dhaka
  // Tribune, Roll Call, Scientific American, a Catholic weekly, AllAfrica carrying The Citizen, the
  // Seattle Kraken's site, a corrections page), written the same way. First run: isArt 0.9, date
  // 0.889, author 0.778, source 0, end 0.667, mustNot 0.960, the rest 1.
  // Taught: an ad toggle, an editor's appeal heading, a writer's contacts line, a paper's desk as no
  // writer: author 0.889, end 0.778, mustNot 0.990.
  heldout25: { isArt: 0.9, title: 1, date: 0.88, time: 1, author: 0.88, editor: 0, source: 0, start: 1, end: 0.77, mustNot: 0.98 },
  // heldout26 (Newsday, OregonLive, azcentral, the Evening Standard, the Belfast Telegraph, Stuff carrying
  // RNZ, The Times of India, the Bangkok Post carrying AFP, a SIDEARM softball recap, an author archive),
  // written the same way. First run: time 0.75, source 0.5, end 0.667, mustNot 0.944, the rest 1.
  // Taught: a signed contact line, a subscription line, a lone `READ MORE` label, a closing hashtag,
  // the outlet of a closing republication note as the source: source 1, end 0.889, mustNot 0.981.
  // Still missed: times declared with no zone (Bangkok; a US athletics site), a contributor line the
  // truth keeps as the story's end, an explainer box set into the story.
  heldout26: { isArt: 1, title: 1, date: 1, time: 0.74, author: 1, editor: 0, source: 1, start: 1, end: 0.88, mustNot: 0.98 },
  // heldout27 (the Chicago Sun-Times, Newsweek, the Irish Independent, Hong Kong Free Press, the Times of
  // Malta carrying AFP, CTV News carrying The Canadian Press, 9News, The Mainichi, a sheriff's release,
  // a topic page), written the same way. First run: date 0.889, time 0.375, author 0.857, source 0,
  // start 0.778, end 0.667, mustNot 0.870, the rest 1.
  // Taught: the time a `<time>` gives in the page's zone on the address's day, beside a UTC value of
  // the day before: time 0.5. Still missed: times shown without a zone outside Europe, a CMS's
  // creation time declared before the shown one, agency-only credits in an info row, an update
  // note opening the story, help-line and support boxes, a release's contact block.
  heldout27: { isArt: 1, title: 1, date: 0.88, time: 0.49, author: 0.85, editor: 0, source: 0, start: 0.77, end: 0.66, mustNot: 0.86 },
  // heldout28 (AP 2022, Reuters 2023, BBC News 2021, the Guardian carrying Reuters, CNN 2020, The New York
  // Times 2021, The Washington Post 2022, NPR 2021, Fox News 2022, a Guardian profile), written the same
  // way. First run: date 0.778, time 0.833, start 0.778, end 0.556, mustNot 0.898, the rest 1.
  // Taught: a listen prompt above the story, a correction note, a partner programme's boilerplate, a
  // partnership credit, a broadcaster's follow and call-out prompts: start 0.889, end 0.667, mustNot
  // 0.944. Still missed: days shown a zone west of a UTC instant (AP; the wcxb truths date such
  // pages by the UTC day), contributor lines the truths keep, a BBC call-out's list, CNN's `READ:`
  // line, a Washington Post update-first pair of dates.
  heldout28: { isArt: 1, title: 1, date: 0.77, time: 0.83, author: 1, editor: 1, source: 1, start: 0.88, end: 0.66, mustNot: 0.94 },
  // heldout29 (Sky News, The Independent carrying AP, ABC News, CBS News, The Telegraph, the Daily Mail,
  // Al Jazeera, The Hill, USA TODAY, a Reuters section front), written the same way at the session's
  // end. First run: title 0.889, time 0.875, source 0, start and end 0.778, mustNot 0.972, the rest 1.
  // Taught: a video's `WATCH:` title, an update time above the story: start 0.889, mustNot 0.991.
  // Still missed: an agency named only under the byline, a video description read as the lead.
  heldout29: { isArt: 1, title: 0.88, date: 1, time: 0.87, author: 1, editor: 1, source: 0, start: 0.88, end: 0.77, mustNot: 0.99 },
  // heldout30 (Los Angeles Times, The Atlantic, The Scotsman, The Sydney Morning Herald, Politico, The
  // Japan Times carrying Kyodo, The Straits Times, The Globe and Mail, a local TV site carrying AP, an
  // Irish Times search page), written the same way. First run: date 0.778, time 0.833, source 0.5,
  // start 0.889, end 0.444, mustNot 0.944, the rest 1.
  // Taught: a newsletter's pitch, a first-appeared note, a support plea, an editor's message box:
  // start 1.0, end 0.667, mustNot 1.0. Still missed: contributor lines the truths keep, a URL's day
  // against a shown `Oct. 14, 2022 5 AM PT`, the shown day against a UTC instant, `AP` against `Associated Press`.
  heldout30: { isArt: 1, title: 1, date: 0.77, time: 0.83, author: 1, editor: 1, source: 0.49, start: 1, end: 0.66, mustNot: 1 },
  // heldout31 (Reuters, The Guardian, NBC News, The Irish Times, Hindustan Times carrying PTI, ABC
  // (Australia), The New Zealand Herald, Chicago Tribune, The Verge, a photo galleries index), written
  // the same way. First run: time 0.889, editor 0, end 0.667, mustNot 0.917, the rest 1.
  // Taught: long wire credits, a newsletter box's lines between paragraphs, a helpline box, a portal's
  // closing plug: editor 0.5, end 0.889, mustNot 0.981. Still missed: a `Posted by` editor, a
  // correction note the truth keeps as the end, a first time hidden in a collapsed element.
  heldout31: { isArt: 1, title: 1, date: 1, time: 0.88, author: 1, editor: 0.49, source: 1, start: 1, end: 0.88, mustNot: 0.98 },
  // heldout32 (The Times, The Boston Globe, The Hindu carrying PTI, CBC News, The Age, The Seattle Times
  // carrying AP, Washington Examiner opinion, Bloomberg, a BLOX paper, an e-edition landing page),
  // written the same way. First run: isArt 0.9, author 0.875, source 0.5, end 0.667, mustNot 0.971, the rest 1.
  // Taught: a `WATCH |` video title, a sign-up-to-receive newsletter pitch, a role for a name: author
  // 1.0, end 0.778, mustNot 0.990. Still missed: a CBC `With files from` line (another truth keeps such a
  // line), `AP` against `The Associated Press`, a wire page's no-comments notice, the e-edition page.
  heldout32: { isArt: 0.89, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 0.49, start: 1, end: 0.77, mustNot: 0.98 },
  // heldout33 (The Independent, The Daily Telegraph (Sydney), The Star carrying Bernama, Dawn, The
  // Japan Times carrying Jiji, Stuff, NPR, Axios Denver, a Dallas paper carrying Reuters, a weather
  // page), written the same way. First run: isArt 0.9, date 0.889, time 0.857, end 0.556, mustNot
  // 0.962, the rest 1.
  // Taught: an agency after a dash on its own line, a public broadcaster's appeal, a header picture's
  // credit: end 0.889, mustNot 0.991. Still missed: a PA contributor line the truth keeps, a JSON-LD
  // update taken for the publication, a Covid box, the weather page.
  heldout33: { isArt: 0.89, title: 1, date: 0.88, time: 0.85, author: 1, editor: 1, source: 1, start: 1, end: 0.88, mustNot: 0.99 },
  // heldout34 (The Guardian Australia carrying AAP, The Washington Post, The Irish Times, The Straits
  // Times, CNA, ABC News carrying AP, The Times of India, Global News carrying The Canadian Press, OPB,
  // an author page), written the same way. First run: time and end 0.778, source 0.333, mustNot 0.972,
  // the rest 1.
  // Taught: an embedded post's caption, a video's play prompt, a bare `READ MORE HERE`: mustNot 1.0.
  // Still missed: `AAP` against `Australian Associated Press`, an AP story signed only in capitals, a
  // podcast plug after the contributor line, a UTC time on a page that shows its zone.
  heldout34: { isArt: 1, title: 1, date: 1, time: 0.77, author: 1, editor: 1, source: 0.33, start: 1, end: 0.77, mustNot: 1 },
};

testSplitFloors('held-out English templates', join(import.meta.dirname, '..', 'english-pages'), FLOORS);
