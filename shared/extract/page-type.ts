/**
 * Is this page one article? Evidence for (a publication date, og:type article, schema.org
 * article types, a byline, editor and source labels, a long body of prose that dominates the
 * page, an address that reads like a story: a dated path, a slug of several words, a numeric
 * story id) and against (home, documentation, shop, forum, tag and search addresses and hosts;
 * product, collection and forum types; prices and cart buttons; lists of linked teasers; many
 * posts by different people; content made of several `<article>` items; many dated item lines;
 * little text) is weighed
 * in one table. The weights were set on the development half of the wcxb corpus (all page
 * types) and checked on the Chinese news set.
 */
import type { Article } from '../article';
import type { Block } from './blocks';
import type { ContentSelection } from './content';
import { isCommentRegion } from './class-hints';
import { findDateInText } from './dates';
import { classAttribute, tagName } from './dom';
import { elementsNamed, filterElements } from './element-list';
import { ARTICLE_TYPES } from './json-ld';
import { isColumnName } from './labels';
import type { PageMetadata } from './metadata';

export interface PageSignals {
  url: string;
  /** The page, only read. */
  document: Document;
  metadata: PageMetadata;
  selection: ContentSelection;
  /** Every visible block of the page, in reading order. */
  blocks: readonly Block[];
  article: Article;
}

/** Schema.org types of pages that are not one article. */
const NON_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|CollectionPage|SearchResultsPage|ProfilePage|DiscussionForumPosting|FAQPage|Store|SoftwareApplication|Course|JobPosting|[A-Za-z]*Event|Festival|Hackathon|Hotel|Restaurant)$/;
/**
 * A question and its answers. (A forum post, DiscussionForumPosting, weighs as the types above:
 * community sites declare their members' essays so too.)
 */
const CONVERSATION_TYPES = /^QAPage$/;
/**
 * Path segments of documentation, shops and listings (a house's, a shop item's, and Chinese
 * property sites' `ershoufang` / `zufang` / `loupan` / `xinfang`), authors' pages, forums, tags and
 * searches; `/en/stable/…`, `/latest/…` are versioned manuals.
 */
const NON_ARTICLE_PATH = /\/(?:docs?|documentation|reference|api|manual|kb|knowledge(?:base)?|pricing|products?|listings?|ershoufang|zufang|loupan|xinfang|authors?|shop|store|cart|collections?|category|categories|tags?|forums?|threads?|questions|community|t|search|login|signin|register|courses?|event|property|properties)(?:\/|\.s?html?|\.php|\.(?:do|aspx?|jspx?|action|cgi)|$)|\/(?:latest|stable)\/[^/]/i;
/** Host names of documentation, forums and shops (`docs.`, `forum.`, `shop.`, a marketplace's `item.`). */
const NON_ARTICLE_HOST = /^(?:docs?|developers?|dev|api|help|support|kb|wiki|forums?|community|discuss|discussion|boards|answers|comments?|search|shop|store|item)\./i;
/** Wiki software: its pages are reference entries that many hands keep editing, not stories. */
const WIKI_GENERATOR = /^(?:MediaWiki|DokuWiki|XWiki|MoinMoin|PmWiki|TiddlyWiki|Wiki\.js)\b/i;
/** Generators that build only documentation sites (not Docusaurus or VitePress, whose sites keep blogs too). */
const DOCS_GENERATOR = /^(?:mkdocs|sphinx|gitbook|docfx|mdbook|antora|jsdoc|typedoc)\b/i;
/** A query naming one item by its number (`/?p=1287`, `index.php?id=52`): the root's address of a post, not the home page. */
const ITEM_QUERY = /[?&](?:p|id|aid|nid|sid|page_id|post|article|story|news|newsid|articleid|docid|contentid|itemid)=\d+(?:&|$)/i;
/** A date in the path (`/2019/11/19/`, `/2018-06/20/`, `2018-06-20`). */
const DATED_PATH = /\/(?:19|20)\d{2}[/-]\d{1,2}[/-]|(?:19|20)\d{2}-\d{2}-\d{2}/;
/** A folder of stories, guides or notices above the last segment (`/blog/…`, `/ratgeber/rasen/…`, `/nieuws/…`). */
const STORY_FOLDER = /\/(?:blogs?|news|nachrichten|aktuelles|artikel|articles?|stories|story|posts?|ratgeber|guides?|how-to|magazin|magazine|actualites|actualite|noticias|notizie|nieuws|insights|learn|mitteilungen|presse|press)\/(?:[^/]+\/)*[^/]+/i;
/** A story id of five or more digits in the last segment (news CMSs: content_6928512.htm). */
const NUMERIC_ID = /\d{5,}/;
/** Prices as shops print them (`$19.99`, `€ 25`, `¥128`, `￥268.00`, `25,00 €`, `128元`). */
const PRICE = /[$€£¥￥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|元|USD|EUR|GBP)(?![\p{L}])/gu;
/** The longest link text read as a cart button's. */
const MAX_CART_LINK = 40;
/** Shop buttons and forms: adding to a cart is what a product page is for. */
const CART_WORDS = /\b(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\b|加入购物车|立即购买/i;
/** Lines that forum software prints around every post. */
const FORUM_LINE = /^(?:reply|quote|report|joined:?|posts:?|messages:?|reactions?:?|likes?:?|#\d+|\d+ (?:replies|posts)|permalink|share)$/i;
/**
 * A Chinese thread's post footer or header ends in the post's floor (`回复 | 评论 | 举报 3楼`,
 * `楼主`, `沙发`, `5#`), or opens with it before the post's time (`3楼2020-09-06 21:31回复(1)`);
 * a reply under a post ends in its time and a reply button (`2020-9-6 21:40 回复`). A story's
 * comment box numbers its comments too, a few on the page.
 */
const FLOOR_LINE = /(?:^|[\s|｜])(?:\d{1,4}\s?(?:楼|#)|楼主|沙发|板凳|地板)$|^\d{1,4}\s?楼\s*\d{4}[-/.]|\d{1,2}:\d{2}(?::\d{2})?\s*回复(?:\s*[(（]\d+[)）])?$/;
/** The longest floor line: a floor after its buttons. */
const MAX_FLOOR_LINE = 30;
/** Floor lines from which the page reads as a thread. */
const MANY_FLOOR_LINES = 4;

/**
 * Last address segments of service, course and plan pages (`data-analytics-services`, `pricing`).
 * Only in a short slug: in a slug of LONG_SLUG_WORDS or more the word is a story's topic
 * (`whats-difference-between-certificate-and-certification`).
 */
const LONG_SLUG_WORDS = 6;
const SERVICE_SLUG = /(?:^|[-_])(?:services?|solutions?|pricing|plans?|programs?|courses?|certifications?|certificates?|packages?|tuition|training|consulting|agency|hire|rentals?|deals|offers)(?:$|[-_])/i;

/** A last segment naming a section of a site (`/news`, `/blog/`, `/events`): its index lists stories. */
const SECTION_INDEX = /^(?:news|blogs?|articles|stories|posts|press(?:-releases)?|releases|events|issues|episodes|shows|videos|podcasts?|updates|insights|resources|archives?|latest|jobs|careers|gallery|reviews|magazine|newsroom|media|in-the-news|all|list|index)$/i;

/** A last segment naming a page about the site itself (`/about/`, `/our-team`, `/impressum`): no story. */
const SITE_PAGE = /^(?:about(?:-us)?|about-me|our-(?:team|story|people|company|history|mission)|team|who-we-are|contact(?:-us)?|faqs?|imprint|impressum|privacy(?:-policy)?|terms(?:-of-(?:use|service))?|legal|(?:[a-z\d]+-){0,3}glossary)$/i;

/** Weights of the evidence; a page is an article when the sum reaches ARTICLE_THRESHOLD. */
const WEIGHTS = {
  publishedDate: 0.5,
  ogArticle: 1,
  articleType: 2,
  byline: 1,
  newsLabels: 3.5,
  longBody: 0.5,
  dominantBody: 0.5,
  proseShare: 1.5,
  manyHeadings: 0.5,
  // Alone, a <time> element leans to lists and threads (they print one an item).
  timeElement: -0.5,
  datedPath: 1,
  storyFolder: 1,
  numericId: 0.5,
  slugOfFourWords: 1,
  slugOfSixWords: 1.5,
  nonArticleType: -2,
  // A page that declares itself a question with answers is one, however long its best answer.
  conversationType: -3.5,
  nonArticlePath: -4,
  nonArticleHost: -2.5,
  // Wiki engines and documentation generators make reference pages, however they declare themselves (a fandom wiki's Article type).
  wikiSoftware: -5,
  docsSoftware: -3,
  serviceSlug: -1.5,
  sectionIndex: -2.5,
  sitePage: -3.5,
  // The page is titled with the name of one of the site's columns (`滚动新闻`): its index.
  sectionTitle: -2.5,
  // A site's root lists its stories; only a one-page site's home is its story.
  homePage: -3,
  linkyBody: -2.5,
  prices: -0.5,
  cart: -1,
  forumLines: -1.5,
  // The posts of a Chinese thread, each under its floor number.
  floorLines: -3,
  codeBlocks: -0.5,
  manyArticleElements: -1,
  // Items each dated by its own <time> (an archive's issues, a blog's index): a list.
  manyTimedDays: -1.5,
  catalogueRecord: -2,
  // A story has one dated info line; teasers, search hits and list rows each carry their own.
  manyDatedItems: -2.5,
} as const;
const ARTICLE_THRESHOLD = 2.5;

export type Evidence = Record<keyof typeof WEIGHTS, boolean>;

/** textWeight of a body that is more than a blurb (a Han character weighs 3). */
const LONG_BODY = 1500;
/** Prices on a page from which it reads as a shop page. */
const MANY_PRICES = 3;
/** A line of prose from this length: its amounts (`a $94.6 million budget`) are no price tags. */
const MIN_SENTENCE_LINE = 80;

/** A block of prose, with sentence punctuation. */
function isSentenceLine(block: Block): boolean {
  return block.kind === 'text' && block.punctuation > 0 && block.text.length >= MIN_SENTENCE_LINE;
}
/** Forum furniture lines from which the page reads as a thread. */
const MANY_FORUM_LINES = 4;
/**
 * Short dated Chinese lines in the content (`某某新闻网 2024-04-20` under each hit, `2024年04月08日`
 * after each headline) from which it reads as a list of items. Only lines with Han characters
 * count: English event round-ups and episode lists (annotated as articles in wcxb as often as
 * not) print a date on every item too. On a Chinese page a line of nothing but a date and time
 * (`2024-03-05 10:12` under each teaser of a 专题 page) counts as well.
 */
const MANY_DATED_ITEMS = 4;
const HAN = /\p{sc=Han}/u;
const BARE_DATE_LINE = /^[\d\s:./-]+$/;
const BARE_TIME_LINE = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
/** A dated line longer than this is a sentence that mentions a day, not an item's date line. */
const MAX_DATED_ITEM_LINE = 40;
/**
 * An item's info line may name its writer and number before or after its labelled time
 * (`网友：麓谷网友8823留言时间：2022-07-18 09:42编号：WZ1402351` over each message of a board).
 */
const MAX_LABELLED_ITEM_LINE = 60;
const TIME_LABEL = /时间\s*[:：]/;

function lastSegment(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return (segments[segments.length - 1] ?? '').replace(/\.\w+$/, '');
}

/**
 * The label lines of a catalogue record of a paper (`摘要：`, `关键词：`, `基金：`, `分类号：`): a
 * database's entry for the paper, whose text is behind its download buttons.
 */
const RECORD_LABEL = /^(?:摘要|關鍵詞|关键词|关键字|基金|基金资助|分类号|分類號|中图分类号|作者单位|作者單位|DOI|专辑|专题|文献来源|下载次数|被引次数)\s*[:：]/u;
/** Record label lines from which the page reads as a catalogue record. */
const MANY_RECORD_LABELS = 3;
/** A record shows the abstract, not the paper: a page with more text than this is the paper (a journal's full-text page). */
const MAX_RECORD_WEIGHT = 6000;
/** The longest line read as a record's label line (an abstract runs long). */
const MAX_RECORD_LINE = 2000;

/** `<article>` items from which the content reads as a feed or a thread. */
const MANY_FEED_ARTICLES = 4;

/** Days named by `<time>` elements in the content from which it reads as a list of dated items (an archive's issues). */
const MANY_TIMED_DAYS = 4;

/**
 * How many calendar days the `<time datetime>` elements inside the content name (a live blog's
 * entries share one or two). Read off the page's list of `<time>` elements, not a search of the content.
 */
function timedDays(document: Document, roots: readonly Element[]): number {
  const days = new Set<string>();
  for (const time of elementsNamed(document, 'time')) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(time.getAttribute('datetime') ?? '')?.[0];
    if (day && !days.has(day) && roots.some((root) => root.contains(time))) days.add(day);
  }
  return days.size;
}

/**
 * How many `<article>` items make up the content: those inside it, or, when the content sits in
 * an `<article>`, those in the same place of their own item (the posts of a thread, each body an
 * `<article>` under a `messageContent`). Related stories elsewhere on the page are `<article>`s
 * too, but a single story carries them beside its text, not as its text.
 */
function feedArticles(document: Document, roots: readonly Element[]): number {
  const items = new Set<Element>();
  const shapeOf = (element: Element | null): string => (element ? `${tagName(element)} ${classAttribute(element) ?? ''}` : '');
  for (const root of roots) {
    for (const inside of Array.from(root.querySelectorAll('article'))) items.add(inside);
    const holder = tagName(root) === 'article' ? root : root.closest('article');
    if (!holder) continue;
    items.add(holder);
    const shape = shapeOf(holder.parentElement);
    for (const other of elementsNamed(document, 'article')) if (shapeOf(other.parentElement) === shape) items.add(other);
  }
  return items.size;
}

/** `button`, `input[type=submit]`, `form[action*=cart]`; `tag` is the element's tag name, lower case. */
export function isCartControl(element: Element, tag: string): boolean {
  return tag === 'button' || (tag === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'submit') || (tag === 'form' && (element.getAttribute('action') ?? '').includes('cart'));
}

/**
 * Whether the page has a shop's cart button or form (buttons are not read as text), or, on a page
 * with prices (`withPrices`), a link worded as one.
 */
function hasCart(document: Document, withPrices: boolean): boolean {
  if (withPrices) {
    for (const link of elementsNamed(document, 'a')) {
      const label = link.textContent ?? '';
      if (label.length < MAX_CART_LINK && CART_WORDS.test(label.trim())) return true;
    }
  }
  for (const element of filterElements(document, isCartControl)) {
    if (tagName(element) === 'form') return true;
    const label = element.textContent?.trim() || element.getAttribute('value') || element.getAttribute('aria-label') || '';
    if (label.length < 40 && CART_WORDS.test(label)) return true;
  }
  return false;
}

/** The evidence that the page is one article: whether each item holds (its weight is in WEIGHTS). */
export function articleEvidence(signals: PageSignals): Evidence {
  const { url, metadata, selection, article, blocks } = signals;
  const types = metadata.jsonLdTypes;
  let path = '/';
  let host = '';
  let itemQuery = false;
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    host = parsed.hostname;
    itemQuery = ITEM_QUERY.test(parsed.search);
  } catch {
    // Unparsable address: no address evidence.
  }
  const slug = lastSegment(path);
  const slugWords = slug.split(/[-_+]+/).filter(Boolean).length;
  // Prices on product tiles and price tags; amounts in the story's sentences are its figures.
  // (Joined line by line: a shop sets the currency sign and the amount in elements of their own.)
  const story = new Set(selection.blocks.filter(isSentenceLine));
  const prices = blocks.filter((block) => !story.has(block)).map((block) => block.text).join('\n').match(PRICE)?.length ?? 0;
  const content = selection.blocks.filter((block) => block.kind !== 'image');
  const proseWeight = content.reduce((sum, block) => sum + (block.punctuation > 0 && block.weight >= 80 ? block.weight : 0), 0);
  const contentHeadings = content.filter((block) => block.kind === 'heading').length;
  const codeBlocks = content.filter((block) => block.kind === 'pre').length;
  // Forum and floor lines are short: one pass over the page's short lines counts both.
  let forumLines = 0;
  let floorLines = 0;
  for (const { text, path } of blocks) {
    if (text.length > MAX_FLOOR_LINE) continue;
    if (text.length <= 20 && FORUM_LINE.test(text)) forumLines += 1;
    // (A reply button under a blog's comments, `2020-06-18 21:40 回复`, numbers no thread's floors.)
    if (FLOOR_LINE.test(text) && !path.some(isCommentRegion)) floorLines += 1;
  }
  const chinese = article.lang.startsWith('zh');
  const itemLine = (text: string): boolean => HAN.test(text) || (chinese && BARE_DATE_LINE.test(text.trim()));
  // A rolling feed's items each carry a time alone (`15:48:12`), the day printed once above them.
  const itemLength = (text: string): boolean => text.length <= MAX_DATED_ITEM_LINE || (text.length <= MAX_LABELLED_ITEM_LINE && TIME_LABEL.test(text));
  const datedItems = content.filter((block) => itemLength(block.text) && ((itemLine(block.text) && findDateInText(block.text) !== null) || (chinese && BARE_TIME_LINE.test(block.text.trim())))).length;
  return {
    publishedDate: article.publishedAt !== undefined,
    ogArticle: metadata.ogType === 'article',
    articleType: types.some((type) => ARTICLE_TYPES.test(type)),
    byline: article.authors.length > 0,
    // 责任编辑 / 来源 lines: how Chinese news pages mark a story.
    newsLabels: article.editors.length > 0 || article.source !== undefined,
    longBody: selection.contentWeight >= LONG_BODY,
    dominantBody: selection.contentWeight >= selection.pageWeight * 0.4,
    datedPath: DATED_PATH.test(path),
    storyFolder: STORY_FOLDER.test(path),
    numericId: NUMERIC_ID.test(slug),
    slugOfFourWords: slugWords >= 4,
    slugOfSixWords: slugWords >= LONG_SLUG_WORDS,
    nonArticleType: types.some((type) => NON_ARTICLE_TYPES.test(type)),
    conversationType: types.some((type) => CONVERSATION_TYPES.test(type)),
    nonArticlePath: NON_ARTICLE_PATH.test(path),
    nonArticleHost: NON_ARTICLE_HOST.test(host),
    wikiSoftware: WIKI_GENERATOR.test(metadata.generator ?? ''),
    docsSoftware: DOCS_GENERATOR.test(metadata.generator ?? ''),
    homePage: /^\/(?:index\.\w+)?$/.test(path) && !itemQuery,
    linkyBody: selection.linkDensity > 0.3,
    prices: prices >= MANY_PRICES,
    cart: hasCart(signals.document, prices >= MANY_PRICES),
    forumLines: forumLines >= MANY_FORUM_LINES,
    floorLines: floorLines >= MANY_FLOOR_LINES,
    proseShare: proseWeight >= selection.contentWeight * 0.6,
    codeBlocks: codeBlocks >= 3,
    manyHeadings: contentHeadings >= 15,
    serviceSlug: SERVICE_SLUG.test(slug) && slugWords < LONG_SLUG_WORDS,
    timeElement: elementsNamed(signals.document, 'time').length > 0,
    sectionIndex: SECTION_INDEX.test(slug),
    sitePage: SITE_PAGE.test(slug),
    sectionTitle: isColumnName(article.title),
    manyArticleElements: feedArticles(signals.document, selection.roots) >= MANY_FEED_ARTICLES,
    manyTimedDays: timedDays(signals.document, selection.roots) >= MANY_TIMED_DAYS,
    catalogueRecord: chinese && selection.contentWeight < MAX_RECORD_WEIGHT && new Set(blocks.filter((block) => block.text.length <= MAX_RECORD_LINE && RECORD_LABEL.test(block.text)).map((block) => RECORD_LABEL.exec(block.text)![0])).size >= MANY_RECORD_LABELS,
    manyDatedItems: datedItems >= MANY_DATED_ITEMS,
  };
}

/** Whether the extracted page is a single article. */
export function isArticleLike(signals: PageSignals): boolean {
  const evidence = articleEvidence(signals);
  let score = 0;
  for (const key of Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>) if (evidence[key]) score += WEIGHTS[key];
  return score >= ARTICLE_THRESHOLD;
}
