/**
 * A held-out measure of how the extractor tells one article from the other kinds of pages of the
 * everyday English web, and clips the articles among them: synthetic pages in tests/web-pages/
 * (five articles: a moving company's how-to guide, an affiliate "best of 2025" list, a law firm's
 * evergreen explainer, a Hugo blog post, a nonprofit's feature; seven pages that are none: a
 * plumbing firm's landing page, a shop's product and category pages, an API reference, a Q&A
 * thread, a blog's index and a bootcamp's program page; invented sites), written with their truth
 * by a helper who read neither the extractor nor its rules, before the extractor was run on them.
 * Scored by tests/support/page-scoring.ts; a table is printed and each metric must stay at its floor.
 *
 * First run (the fair held-out figure), 12 pages:
 *   isArt 0.917 | title 0.800 | date 1.000 | time 1.000 | author 1.000 | start 1.000 | end 0.800 |
 *   mustNot 0.921
 *   - the plumbing firm's landing page read as an article (long marketing prose, a dated founder's
 *     message and testimonials; a form with a phone field marks wcxb's service pages no more often
 *     than its articles, 6% against 5%, so it was not taught);
 *   - the law firm's explainer titled with its og:title: its h1 is the middle part of `<title>`,
 *     taken for a section's name (reading such an h1 as the headline cost a wcxb page its title);
 *   - calls to action inside commercial articles kept: a quote box, a "Why Trust Us?" box and
 *     "Jump to Review" links, a consultation banner closing the explainer.
 * Nothing was taught from this batch: the fixes tried moved wcxb pages the wrong way.
 *
 * Second batch (`heldout2`, 12 pages written the same way: six articles — a SaaS blog's report
 * post, a recipe post, a travel guide, a bank's learn-center article, a press release, a Ghost
 * newsletter; six pages that are none — a pricing page, a house listing, a restaurant's menu, a
 * help center's category, a podcast episode, a job posting). First run:
 *   isArt 0.833 | title 1.000 | date 1.000 | time 1.000 | author 1.000 | start 1.000 | end 0.333 |
 *   mustNot 0.750
 * Taught (english-rules, the web's second batch): feedback widgets (`Was this article helpful?`),
 * subscribe pitches (`Never miss a recipe! …`), a recipe card's nutrition panel and product picks
 * as trailer headings, sign-up cards, calculators and contributor boxes by their class names, and
 * `/listings/` addresses as no articles (four wcxb articles +0.017 F1 summed, none lower; boxes
 * named `banner` were tried too: +0.113 summed but five wcxb pages lost their intros). Now isArt
 * 0.917, end 0.5, mustNot 0.861, the rest 1. Still missed: the podcast episode read as an article
 * (wcxb annotates a podcast episode's show-notes page as one, so it was not taught), hotel and
 * tour widgets inside the travel guide, the SaaS post's gated-report banner, the bank's rate
 * table and closing disclaimer, a press release's `About` boilerplate (this truth keeps it).
 *
 * Third batch (`heldout3`, 12 pages written the same way: six articles — an Eleventy blog post, a
 * university's news story, a charity's Wix news page, a hospital's health page, a product review,
 * a GOV.UK guidance page — and six pages that are none — a Fandom wiki page, an MkDocs changelog,
 * an About page, a concert's event page, a Blogger search page, a shop's product page). First run:
 *   isArt 0.667 | title 0.833 | date 0.833 | time 1.000 | author 0.600 | start 1.000 | end 0.667 |
 *   mustNot 0.881
 * Taught (english-rules, the web's third batch; world-rules, fifth batch): wiki engines
 * (MediaWiki, now −5) and documentation generators (MkDocs, Sphinx, GitBook…) as no articles (wcxb:
 * a GitBook guide, FastAPI's tutorial and a Wikipedia list become no articles, one MkDocs article
 * page with them), About / team / contact pages by their address, a webmention's author as no
 * writer, a news office's closing contact line, a price box's stamp. Now isArt 0.917, end 0.833,
 * mustNot 0.926, author 0.8. Still missed: the event page (world heldout4's truth calls an event
 * page an article), a university story's h1 against its `<title>`, a date only in a sidebar card
 * after the story, a charity letter's signature as its writer, donation and gift boxes.
 *
 * Fourth batch (`heldout4`, 12 pages written the same way: eight articles — an affiliate listicle,
 * a Drupal how-to, a finance blog post, a health article, a Squarespace post, a travel post, a SaaS
 * learning-center explainer, a cricket club's match report — and four pages that are none — a blog
 * category page, a news site's home page, a course's sales page, a Discourse thread). First run
 * (after the third batch's rules):
 *   isArt 0.917 | title 1.000 | date 1.000 | time 1.000 | author 1.000 | editor 1.000 | start 1.000 |
 *   end 0.750 | mustNot 0.933
 * Nothing taught: the misses are a `Why you can trust …` box, a closing `Want us to set this up
 * for you?` offer and product or trial boxes inside the text, all of which the wcxb truths keep in
 * their articles' bodies (eight wcxb truths keep a `Why trust …` box), and a course's sales page
 * read as an article (its Course type weighs against it, but it has a byline, a date and long prose).
 *
 * Fifth batch (`heldout5`, 12 pages written the same way: eight articles — a Kadence gardening
 * post, a law firm's blog post, an Ask-the-Vet column, a two-author engineering post, a Granicus
 * library news item, a gadget review, a Drupal department story, a Webflow press release — and four
 * pages that are none — a recipe category grid, a glossary, a podcast's show page, a careers page).
 * First run:
 *   isArt 0.917 | title 0.875 | date 0.750 | time 0.750 | author 1.000 | start 1.000 | end 0.375 |
 *   mustNot 0.875
 * Taught (with the world-pages eighth batch): a press release's end mark (`###`, `-30-`); a shown
 * time in the zone of the page's European country. Now end 0.5, mustNot 0.885. Still missed: a law
 * firm's consultation boxes, a vet column's `Last reviewed` line and reviewer's sources, a story's
 * `People in this story` box, a day-first date on an English page of a Spanish company, a glossary
 * read as an article.
 *
 * Sixth batch (`heldout6`, 12 pages written the same way: eight articles — an OceanWP DIY post, a
 * HubSpot SaaS post, a nonprofit's story on a block theme, a CivicPlus press release, a JNews hotel
 * review, a Jekyll post with footnotes, a Wix club report, a REHub comparison — and four pages that
 * are none — VitePress API docs, a Beaver Builder services page, a BLOX tag archive, an Eventbrite
 * event). First run:
 *   isArt 0.750 | title 0.750 | date 1.000 | time 0.875 | author 0.714 | start 0.875 | end 0.250 |
 *   mustNot 0.854
 * Taught: a closing `Report:` / `Words:` credit as the writer's; an author box's location as no
 * writer; schema.org's kinds of events (`EducationEvent`, `MusicEvent`…) as no articles. Now author
 * 0.857, end 0.375, mustNot 0.865. Still missed: an h1 naming the blog or a CMS module (`News Flash`)
 * over the real headline, calls to action, donation banners and review boxes inside the text
 * (boxes the wcxb truths keep), footnotes, docs, a services page and an event page read as articles.
 *
 * Seventh batch (`heldout7`, 12 pages written the same way: eight articles — a Foodie Pro parenting
 * post, a Webflow B2B post, an Elementor tent review, a Drupal 7 museum blog, a bank's explainer, a
 * parish news post, a hosting how-to, a real-estate market report — and four pages that are none —
 * a changelog, a city department's page, a course catalogue, a press page). First run:
 *   isArt 0.917 | title 1.000 | date 1.000 | time 0.833 | author 0.875 | start 0.875 | end 0.500 |
 *   mustNot 0.865
 * Nothing taught moved it (a Pinterest prompt is now furniture at the text's edges, not between a
 * list's items where this one sits). Its misses are boxes inside the text (a verdict and score box,
 * calls to action, a data-source line, a series note), a changelog read as an article, a review's
 * author box naming the desk.
 *
 * Eighth batch (`heldout8`, 12 pages written the same way: eight articles — an Astra decor post with
 * LTK carousels, a Next.js fitness article, a Neve annual report, a Docusaurus release post, a SIDEARM
 * recap, an OpenCities council item, a Squarespace photo journal, a Shopify guide — and a video index,
 * a help-center collection, a restaurant's story page, a comparison table). First run:
 *   isArt 1.000 | title 0.875 | date 1.000 | time 0.000 | author 0.857 | start 1.000 | end 0.625 |
 *   mustNot 0.935
 * Taught: `Media enquiries` and an office's `Email:` line closing a release. Now mustNot 0.955.
 * Still missed: a carousel's heading, a report's signature block, a closing call to action, a recap's
 * time with no zone (Eastern by its dateline), an athletics site named as the author.
 */
import { join } from 'node:path';
import { testSplitFloors, type Metric } from '../support/page-scoring';

type Split = 'heldout1' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23';

/** Lowest score allowed per metric (the figures reached when the rules were written). */
const FLOORS: Record<Split, Record<Metric, number>> = {
  heldout1: { isArt: 0.91, title: 0.8, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 0.8, mustNot: 0.92 },
  heldout2: { isArt: 0.91, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 0.5, mustNot: 0.86 },
  heldout3: { isArt: 0.91, title: 0.83, date: 0.83, time: 1, author: 0.8, editor: 0, source: 0, start: 1, end: 0.83, mustNot: 0.92 },
  heldout4: { isArt: 0.91, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 0, start: 1, end: 0.75, mustNot: 0.93 },
  heldout5: { isArt: 0.91, title: 0.87, date: 0.75, time: 0.75, author: 1, editor: 0, source: 0, start: 1, end: 0.5, mustNot: 0.88 },
  heldout6: { isArt: 0.75, title: 0.75, date: 1, time: 0.87, author: 0.85, editor: 0, source: 0, start: 0.87, end: 0.37, mustNot: 0.86 },
  heldout7: { isArt: 0.91, title: 1, date: 1, time: 0.83, author: 0.87, editor: 0, source: 0, start: 0.87, end: 0.5, mustNot: 0.86 },
  heldout8: { isArt: 1, title: 0.87, date: 1, time: 0, author: 0.85, editor: 0, source: 0, start: 1, end: 0.62, mustNot: 0.95 },
  // heldout9 (8 articles: GeneratePress, Ghost, Wix, Drupal, LexBlog, Dotdash Meredith, a newsletter,
  // Weebly; 4 other pages: GitBook, an author archive, an Etsy listing, a Discourse topic), written
  // the same way. First run: author 0.875, end 0.75, mustNot 0.913, the rest 1.
  // Then taught: `Article Sources` and `Featured Video`, `Questions? Email us at …`, `Click the flyer to
  // see it full size!`, a letter's signer (`Warmly,` / `Anita Desai, PTA President`) as its author:
  // author and end 1, mustNot 0.967. Left: boxes' lines inside the story (a subscriber count, a
  // collection card's title, a consultation box's question). Later, boxes named as calls to action
  // (`cta-box`, `block-inline-cta`) left the body (wcxb F1 +0.29 summed over 28
  // pages; one collection page read as an article): mustNot 0.990. Left: a subscriber count in a callout.
  heldout9: { isArt: 1, title: 1, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 0.98 },
  // heldout10 (8 articles: Trellis with a recipe card, a HubSpot pillar guide, Newspack, a Bricks
  // review, TerminalFour research news, a vBulletin CMS article, Medium on its own domain, a Drupal
  // release; 4 other pages: a course catalogue, an estate agent's listing, a Shopify glossary, an
  // event), written the same way. First run: isArt 0.667 (all four other pages read as articles),
  // time 0.833, start 0.75, end 0.5, mustNot 0.875, the rest 1.
  // Then taught: addresses of a course catalogue (`/courses/`), an event (`/event/`), a property
  // listing (`/property/`) and a glossary page (`…-glossary`); a recipe card's `Nutrition`, details
  // and keywords after its notes (wcxb F1 +0.008 on one page); a press release's contact with a role:
  // isArt 1, start 0.875, end 0.625, mustNot 0.896. Left: a review's score box, a forum CMS's
  // `More in …` box, Medium's publication line and closing hiring note, a callout set in a recipe.
  heldout10: { isArt: 1, title: 1, date: 1, time: 0.83, author: 1, editor: 0, source: 0, start: 0.87, end: 0.62, mustNot: 0.89 },
  // heldout11 (8 articles: a Kadence travel post, a publisher's product listicle, Dev.to, a Granicus
  // Vision department, a wine feature, a Blogger essay, a case study, a Squarespace church letter;
  // 4 other pages: a job posting, a team page, search results, a podcast series), written the same
  // way. First run: isArt 0.917, title 0.875, date 0.857, time 0.5, end 0.75, mustNot 0.967.
  // Then taught: a travel blog's `…Our favourite resources` box as the tail, `This article first
  // appeared in the Winter 2022 issue…`: end 1, mustNot 1. Left: a Granicus department page whose h1
  // names the department (the headline an h2, the date in a `Post Date:` cell), a podcast series page.
  heldout11: { isArt: 0.91, title: 0.87, date: 0.85, time: 0.5, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 1 },
  // heldout12 (Astra DIY, Webflow B2B, a health site, a game review, a non-profit's story, a Hugo
  // blog, a library recap, a Q&A; an FAQ, a card comparison, a tag archive, a conference schedule),
  // written the same way. First run: isArt 0.917, author and start 0.875, end 0.5, mustNot 0.827,
  // the rest 1. Taught: pin prompts, a review note, `How we reviewed this article`, footnotes
  // sections, donation and shopping boxes, a newsletter box's heading, a caption paragraph closed by
  // its credit, a funder note: start and end 1, mustNot 0.979.
  heldout12: { isArt: 0.91, title: 1, date: 1, time: 1, author: 0.87, editor: 0, source: 0, start: 1, end: 1, mustNot: 0.97 },
  // heldout13 (Divi photo blog, Shopify, a tax guide, a BLOX Q&A column, a Starlight release post,
  // a tourism guide, Finalsite, Ghost; a recipe collection, a careers page, a forum profile, a
  // press page), written the same way. First run: isArt 0.917, title 0.875, end 0.625, mustNot
  // 0.890, the rest 1.
  // Taught: a column's closing lines, a district's boilerplate, a support box and its lone emoji:
  // end 1, mustNot 0.958.
  heldout13: { isArt: 0.91, title: 0.87, date: 1, time: 1, author: 1, editor: 0, source: 0, start: 1, end: 1, mustNot: 0.95 },
  // heldout14 (eight articles — a Kadence decor post, an Intercom release note, an Arc XP money
  // column, a Modern Campus profile, an Umbraco museum story, a Neve trail report, a Next.js security
  // advisory, a Nuxt cooking technique — and a shop category, a services page, a directory, a
  // syllabus), written the same way. First run: isArt 0.833, date 0.857, author 0.625, start and end
  // 0.75, mustNot 0.896, the rest 1.
  // Taught two sessions later: a shoppable picture's hint, a help centre's closing contact prompt,
  // a closing `Story by` / `Words by` line's writer over an office declared as the author, a closing
  // `Published …` line over a CMS's last-modified stamp: date 1, author 0.875, end 0.875, mustNot
  // 0.919. Still missed: a trail report's stats box, an advisory's severity box and its byline
  // without a prefix, a profile's class badge, a shop category and a services page read as articles.
  heldout14: { isArt: 0.83, title: 1, date: 1, time: 1, author: 0.87, editor: 0, source: 0, start: 0.75, end: 0.87, mustNot: 0.91 },
  // heldout15 (seven articles — a GeneratePress how-to, a Bear Blog essay, a WordPress.com history post, a
  // Joomla 4 tourism story, a Framer blog, a Notion-published engineering post, a LocalGov Drupal library
  // blog — and a pricing page, a restaurant menu, a staff directory), written the same way. First run:
  // isArt 0.9, title 0.857, author 0.571, start 0.714, end 0.429, mustNot 0.843, date 1.
  // Taught (with the next three batches): WordPress.com's `Advertisements`, a `first appeared in` note,
  // thanks for reading drafts: end 0.714, mustNot 0.882. Still missed: a Bear Blog's `Previously:` link and thanks line, a Notion
  // page's property rows, bylines as bare names in cards, a library's role as the author, a staff
  // directory read as an article.
  heldout15: { isArt: 0.89, title: 0.85, date: 1, time: 0, author: 0.57, editor: 0, source: 0, start: 0.71, end: 0.71, mustNot: 0.88 },
  // heldout16 (seven articles — a Hashnode post, a dental clinic's blog, a SaaS comparison, a realtor's
  // market update, a cost guide, a Cascade university release, a Squarespace travel post — and a phpBB
  // topic, a Magento product page, a ReadMe API reference), written the same way. First run: date and
  // author 0.857, start 0.857, end 0.286, mustNot 0.868, the rest 1.
  // Taught: a print note for a coming issue, a first-publication note, a health disclaimer: end
  // 0.571, mustNot 0.905. Still missed: a clinic's `Written by` over its declared name, a listing
  // widget and a license line, a cost calculator CTA, a travel post's facts box and shop line.
  heldout16: { isArt: 1, title: 1, date: 0.85, time: 0, author: 0.85, editor: 1, source: 0, start: 0.85, end: 0.57, mustNot: 0.9 },
  // heldout17 (seven articles — a recipe blog, a health article, a Read the Docs tutorial, a listicle, a
  // Zendesk help article, a finance explainer, a clinic's news post — and a Shopify collection, a
  // business listing, a repository page), written the same way. First run: isArt 0.7, date 0.667,
  // author 0.857, editor 0, start 0.714, end 0.429, mustNot 0.817, the rest 1.
  // Taught: an affiliate box's note, a help centre's `Still stuck?` prompt: end 0.571, mustNot 0.841.
  // Still missed: a tutorial's contributor note and page type, a `Just one thing` box, a clinic's CTA,
  // a help article's `Who can do this` box, an explainer's takeaways box, listings read as articles.
  heldout17: { isArt: 0.69, title: 1, date: 0.66, time: 1, author: 0.85, editor: 0, source: 0, start: 0.71, end: 0.57, mustNot: 0.84 },
  // heldout18 (seven articles — a Twenty Twenty-Three blog, a Medium post, a Substack guest essay, a Ghost
  // engineering post, a Drupal 10 nonprofit news post, a CivicPlus-like release, a how-to — and a
  // WooCommerce product, an events calendar, a Discourse topic), written the same way at the session's
  // end. First run: title and date 0.857, time 0.5, author 0.833, start 0.714, end 0.286, mustNot
  // 0.778, isArt 1.
  // Taught: thanks for reading drafts, a discussion prompt, a `We're hiring` card: end 0.429, mustNot
  // 0.814. Still missed: a guest's bio, a TL;DR box, a town's contact block and boilerplate, an expert Q&A.
  heldout18: { isArt: 1, title: 0.85, date: 0.85, time: 0.49, author: 0.83, editor: 0, source: 0, start: 0.71, end: 0.42, mustNot: 0.81 },
  // heldout19 (Hugo PaperMod, Jekyll Minima with footnotes, Wix, HubSpot, a hospital on Sitecore,
  // Tumblr, a Buttondown archive; a SaaS landing page, a job board, a conference programme), written the
  // same way. First run: title and date 0.857, author 0.714, start 0.571, end 0.429, mustNot 0.865, the
  // rest 1.
  // Taught: a series note, a newsletter issue's contents line and forwarding prompt, an
  // originally-published note, a trial offer: start 0.857, end 0.714, mustNot 0.94. Still missed: a
  // hospital's closing byline and contact line, a Tumblr owner's name, a workshop promo, a CTA heading.
  heldout19: { isArt: 1, title: 0.85, date: 0.85, time: 1, author: 0.71, editor: 1, source: 1, start: 0.85, end: 0.71, mustNot: 0.93 },
  // heldout20 (Webflow, Docusaurus, Kadence, a law firm on Drupal, a university on WordPress, Blogger in
  // Norwegian, a Mailchimp archive; a church's service times, a hotel's rooms, a merge request), written
  // the same way. First run: isArt 0.8, author 0.714, start 0.857, end 0.571, mustNot 0.869, the rest 1.
  // Taught: an adapted-from note, a law firm's advertising notice, Nordic weekdays and source headings:
  // author and end 0.857, start 1.0, mustNot 0.929. Still missed: a customer-story card and a points box
  // inside the text, a product pick, an office's byline, the service-times and rooms pages.
  heldout20: { isArt: 0.79, title: 1, date: 1, time: 1, author: 0.85, editor: 1, source: 1, start: 1, end: 0.85, mustNot: 0.92 },
  // heldout21 (Beehiiv, a Gatsby blog, Squarespace, a museum on Drupal 10, a GovDelivery bulletin, a
  // GoDaddy vet blog, release notes; a course page, a careers page, a comparison table), written the
  // same way. First run: isArt 0.9, title and date 0.857, time 0.333, author 0.5, editor 0, start 0.714,
  // end 0.571, mustNot 0.857.
  // Taught: a press release's `###`, a newsletter issue's contents line and poll, a `Part 2 of 3` series
  // note, a paid tier's postscript: start and end 0.857, mustNot 0.929. Still missed: a `NEWS RELEASE:`
  // headline label, commenters read as writers, a team credit, a medical reviewer, the comparison table.
  heldout21: { isArt: 0.89, title: 0.85, date: 0.85, time: 0.33, author: 0.49, editor: 0, source: 1, start: 0.85, end: 0.85, mustNot: 0.92 },
  // heldout22 (a Foodie Pro essay, Hugo Docsy, Ghost from New Zealand, a Divi annual-report chapter, a
  // Drupal 7 city news item, a HubSpot customer story, Bear Blog in Spanish; a menu, a podcast's show page,
  // a course landing page), written the same way. First run: date 0.429, time 0, author 0.5, start and
  // end 0.714, mustNot 0.867, the rest 1.
  // Taught: a content note opening an essay, a Spanish update note: start 1.0, mustNot 0.905. Still
  // missed: dates shown only at the foot or a day off the metadata's UTC, bylines with affiliations, an
  // opt-in box, a supporters' list.
  heldout22: { isArt: 1, title: 1, date: 0.42, time: 0, author: 0.49, editor: 1, source: 1, start: 1, end: 0.71, mustNot: 0.9 },
  // heldout23 (a WordPress travel post, Medium, MkDocs Material, a Joomla library, a Schoolwires district,
  // a Substack paywall, a German e-bike review; a pricing page, a XenForo index, an events list), written
  // the same way. First run: title 0.857, author 0.667, start and end 0.429, mustNot 0.832, the rest 1.
  // Taught: a dated update note opening a post (one closing a post stays), a loan disclosure, a
  // non-discrimination statement, a CMS account as no name: start 0.857, end 0.571, mustNot 0.916. Still
  // missed: a TL;DR box, a category heading taken for the title, a review's verdict box, closing bios.
  heldout23: { isArt: 1, title: 0.85, date: 1, time: 1, author: 0.66, editor: 1, source: 1, start: 0.85, end: 0.57, mustNot: 0.91 },
};

testSplitFloors('held-out pages of the everyday English web', join(import.meta.dirname, '..', 'web-pages'), FLOORS);
