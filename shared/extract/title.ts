/**
 * The headline as the reader sees it. The page's own heading wins when it agrees with what
 * the metadata or `<title>` say (that is the text "as the page writes it"); otherwise the
 * metadata title, otherwise `<title>` without its site suffix.
 */
import { rememberedForShortTexts } from '../text/text-memo';
import { normaliseBlockText, type Block } from './blocks';
import { ORIGINAL_TITLE } from './body-lines';
import { wholeWords } from './class-hints';
import { classAndId, classAttribute, ELEMENT_NODE, nextInOrder, tagName } from './dom';
import { decodeLeftoverEntities } from './metadata';

/**
 * Separators between the headline and the site or channel name in `<title>`. An underscore
 * between Latin letters or digits joins a name (`ngx_http_rewrite_module`) and separates nothing.
 */
const TITLE_SEPARATORS = /\s+(?:[|\-–—·•»›‹«]|>>?)\s+|\s*(?:[｜|]|_(?![A-Za-z\d])|(?<![A-Za-z\d])_)\s*|\s+-\s*|\s*--\s*|(?<=[\u3400-\u9fff])-(?=[\u3400-\u9fff])/;
/**
 * Class names of elements that hold a headline on sites without `<h1>`. Compound names
 * (`article-title`, `entry-title`) match through the separators around the word.
 */
const TITLE_CLASS = new RegExp(wholeWords('title|headline|heading|biaoti|tit|bt'));
/** A title named in camel case (`articleTitle`, `newsTitle`, an ASP.NET label's `lblTitle`), as single-page apps and form frameworks name their parts. */
const CAMEL_TITLE_CLASS = /[a-z](?:Title|Headline)(?:$|[\s_-])/;
/** Longest badge or byline glued to a heading that is cut off when metadata shows the plain title. */
const MAX_BADGE_LENGTH = 8;
/** A lone <h1> shorter than this (a logo, a section name) does not beat the metadata title. */
const MIN_SOLE_H1_LENGTH = 10;
/** Shortest paragraph read as prose between a heading and a later one. */
const MIN_PROSE_LENGTH = 80;
/** Blocks after a headline within which the story's first prose comes (the info line and a picture between). */
const PROSE_AFTER_HEADLINE = 4;
/** Shortest headline we accept from a heading (shorter ones are section labels). */
const MIN_HEADING_LENGTH = 4;
/** A heading longer than this that runs to several sentences is a description set large, not a headline. */
const MAX_HEADLINE_LENGTH = 150;
/** Where one sentence ends and the next begins. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
/** A descriptor label some sites set before the headline inside its heading (`Title: …`, arXiv). */
const DESCRIPTOR_LABEL = /^(?:title|headline)\s*:\s*/i;
/** Class names of a label set before a heading's text (a forum thread's prefix, a badge). */
const LEADING_LABEL_CLASS = new RegExp(wholeWords('label|badge|prefix'));
/**
 * Class name parts of the secondary lines a page sets inside its headline's heading, matched
 * anywhere in a name (`articleoverline`, `header__subtitle`): a kicker above the headline
 * (`overline`, `topline`, `Dachzeile`, `Spitzmarke`), a dek or tagline below it.
 */
const SECONDARY_LINE_CLASS = /overline|topline|kicker|pretitle|supertitle|eyebrow|subtitle|sub-title|subline|tagline|strapline|roofline|dachzeile|spitzmarke/i;
/** Separators left at the start of a headline once the kicker before them is cut (`Kicker: Headline`). */
const LEADING_SEPARATOR = /^[\s|\-–—·•»:_｜]+/u;
/** Characters the page could not show: the replacement character, or a `?` put for a letter. */
const BROKEN_CHARACTERS = /[?\ufffd]+/u;

/** A separator left at the end once the site name after it is cut. */
const TRAILING_SEPARATOR = /[\s|\-–—·•»:_｜]+$/u;
/** What follows a headline in a title that adds only the site name: a separator first (a space, in Chinese). */
const SITE_SUFFIX = /^\s*[|\-–—·•»:_｜]|^\s+\p{sc=Han}/u;
/** What a title adds to a heading as a badge, not as words of the headline: a bracketed note (`(页 1)`, `[Video]`). */
const BRACKETED_NOTE = /^[(\[（【].*[)\]）】]$/u;
/** What precedes a headline in a title that adds only the site name: a separator last. */
const SITE_PREFIX = /(?:[|\-–—·•»:_｜]|\p{sc=Han}\s)\s*$/u;
/** Permalink marks documentation generators append to headings (`Quickstart¶`, `Usage #`, an icon font glyph; not `C#`). */
const PERMALINK_MARK = /\s*(?:[¶§🔗]|\p{Co})+$|\s+#$/u;
/** The characters PERMALINK_MARK ends on: the last is looked at first, as the pattern tries every position of a long text. */
const PERMALINK_END = /(?:[¶§🔗#]|\p{Co})$/u;
const NON_ASCII = /[^\0-\x7f]/;

/** A read-aloud button's label set inside the headline's heading (`…有了“外脑”听新闻`). */
const LISTEN_BUTTON = /(?<=\S)\s*(?:听新闻|聽新聞|语音播报|語音播報|听全文|聽全文)$/u;

function withoutPermalinkMark(text: string): string {
  return PERMALINK_END.test(text.slice(-2)) ? text.replace(PERMALINK_MARK, '') : text;
}

/**
 * Comparable form of a title: NFKC, no whitespace, quotes or permalink mark, lower case.
 * Remembered for title-length texts: the same headings and references are compared many times a page.
 */
export const titleKey = rememberedForShortTexts(
  // ASCII text is its own NFKC form.
  (text: string): string => withoutPermalinkMark(NON_ASCII.test(text) ? text.normalize('NFKC') : text).replace(/[\s"'“”‘’「」《》]/g, '').toLowerCase(),
  { maxLength: 300, maxEntries: 2000 },
);

/**
 * A heading's text as a title: without the permalink mark the page appends to it or a descriptor
 * label, with entities its CMS escaped twice (`SQL &#x26; AI`) decoded as in the metadata.
 */
function headingTitle(text: string, siteKeys?: ReadonlySet<string>): string {
  const clean = decodeLeftoverEntities(withoutPermalinkMark(text).trim().replace(DESCRIPTOR_LABEL, '').replace(LISTEN_BUTTON, ''));
  // A heading that repeats the SEO title, site name included (`… | Opinion`, `… | WRAL`).
  const parts = clean.split(TITLE_SEPARATORS);
  return parts.length > 1 && siteKeys?.has(titleKey(parts[parts.length - 1]!)) ? clean.slice(0, clean.lastIndexOf(parts[parts.length - 1]!)).replace(TRAILING_SEPARATOR, '') : clean;
}

/** The longest site name set before the headline (a longer text there is a headline in another language). */
const MAX_SITE_PREFIX_LENGTH = 40;
/** A video player's label before the clip's title (`Now Playing: …`): the player's, not the page's headline. */
const PLAYER_LABEL = /^\s*(?:now playing|playing now|up next)\s*:/i;
/** A separator opening a site's name set after the headline (` – Site`, ` | Site`). */
const SITE_SUFFIX_START = /^\s*[|\-–—·•»｜]\s/u;
/** A separator closing a site's name set before the headline (`Blog: `, `Site | `). */
const SITE_PREFIX_END = /[|\-–—·•»:_｜]\s*$/u;

/**
 * `<title>` split into its parts: the headline part and the site name part, when separable. A
 * `<title>` that is a site's name before the meta title (`Blog: Post – a subtitle` beside the
 * og:title `Post – a subtitle`) holds the headline whole after the name.
 */
export function splitDocumentTitle(title: string, metaTitle?: string): { headline: string; site?: string } {
  const meta = metaTitle?.trim();
  const whole = title.trim();
  if (meta && whole.length > meta.length && whole.endsWith(meta) && SITE_PREFIX_END.test(whole.slice(0, -meta.length))) {
    const site = whole.slice(0, -meta.length).replace(TRAILING_SEPARATOR, '').trim();
    if (site && site.length <= MAX_SITE_PREFIX_LENGTH) return { headline: meta, site };
  }
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return { headline: title.trim() };
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
  const first = parts[0]!;
  const headline = first.length >= longest.length * 0.6 ? first : longest;
  const last = parts[parts.length - 1]!;
  // A last part without letters (`… - 2024 - 2025`) ends the headline; it names no site.
  return { headline, site: last !== headline && last.length <= 30 && /\p{L}/u.test(last) ? last : undefined };
}

/** Whether two names of a site name the same one (`BBC` and `BBC News`, `nytimes.com` and `NYTimes`). */
function namesSameSite(a: string, b: string): boolean {
  const [x, y] = [titleKey(a).replace(/\.(?:com|net|org|co\.uk|de|fr|cn)$/u, ''), titleKey(b).replace(/\.(?:com|net|org|co\.uk|de|fr|cn)$/u, '')];
  return x.includes(y) || y.includes(x);
}

export interface TitleChoice {
  title: string;
  /** The block holding the headline on the page, when there is one. */
  blockIndex: number | null;
  /** Kicker and dek lines set inside the headline's heading, cut from the title. */
  subtitle?: string[];
}

function agrees(heading: string, reference: string): boolean {
  const a = titleKey(heading);
  const b = titleKey(reference);
  if (a.length < MIN_HEADING_LENGTH || b.length === 0) return false;
  if (a === b) return true;
  // A heading that is a fragment of the reference (`For homeowners` in `Solar installation: a
  // guide for homeowners`) is a section label, unless it holds most of it.
  if (b.includes(a)) return a.length >= b.length * 0.5;
  if (a.includes(b)) return b.length >= a.length * 0.6;
  return false;
}

function headingRank(block: Block): number {
  if (block.kind === 'heading' && block.level === 1) return 0;
  if (block.path.slice(0, 3).some((element) => TITLE_CLASS.test(classAndId(element)) || CAMEL_TITLE_CLASS.test(`${classAttribute(element) ?? ''} ${element.getAttribute('id') ?? ''}`))) return 1;
  if (block.kind === 'heading') return 1 + block.level;
  return 10;
}

/** Mostly link text: a logo, a menu entry, a teaser. */
function isLinked(block: Block): boolean {
  return block.linkWeight >= block.weight * 0.5;
}

/** Blocks after a headline within which the story's first prose comes past an info table of one cell a line. */
const PROSE_AFTER_INFO_TABLE = 12;
/** A line agreeing with `<title>` alone is read as a section's name below this many characters. */
const MIN_SECTION_HEADLINE = 12;
/** Longest `<title>` read as a bare name (a site's, an app's) rather than a headline. */
const MAX_BARE_NAME = 8;

/** Share of a meta title's pairs of adjacent letters that a line rewording it holds. */
const MIN_SHARED_PAIRS = 0.4;

/** The share of `reference`'s pairs of adjacent letters or digits (case aside) that `line` holds too. */
function sharedPairs(line: string, reference: string): number {
  const pairs = (text: string): string[] => {
    const letters = [...text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
    return letters.slice(1).map((letter, index) => letters[index] + letter);
  };
  const own = new Set(pairs(line));
  const wanted = pairs(reference);
  return wanted.length ? wanted.filter((pair) => own.has(pair)).length / wanted.length : 0;
}

/** A line of prose: long enough, with sentence punctuation, mostly outside links. */
function isProse(block: Block): boolean {
  return block.kind === 'text' && block.text.length >= MIN_PROSE_LENGTH && block.punctuation > 0 && !isLinked(block);
}

/** A description of several sentences set in a heading: it stands where the headline would. */
function isDescription(text: string): boolean {
  return text.length > MAX_HEADLINE_LENGTH && SENTENCE_BREAK.test(text);
}

/**
 * A heading that cannot be a headline as it reads: a description, or a line that introduces what
 * follows it (`A message from our founder:`, a promotion box).
 */
function readsAsNoHeadline(text: string): boolean {
  return isDescription(text) || /:$/.test(text.trim());
}

/** An h1 that may be the headline: not a link (a logo links home), long enough, not the site name, not prose. */
function isHeadlineH1(block: Block, refs: readonly string[], siteKeys: ReadonlySet<string>): boolean {
  const key = titleKey(block.text);
  return block.kind === 'heading' && block.level === 1 && !isLinked(block) && block.text.length >= MIN_SOLE_H1_LENGTH && !siteKeys.has(key) && !readsAsNoHeadline(block.text)
    // The end of a reference (`… | Blog Name`) set as a short heading is the site's name.
    && !refs.some((reference) => titleKey(reference).endsWith(key) && key.length < 12);
}

/**
 * A heading in capitals only (`TIPS FOR ONLINE SUCCESS`): styling, or a shouted label, not the
 * wording. (Letters without case, Han above all, make no shout of an acronym among them: `…研发AI…`.)
 */
function isShouted(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text);
}

/**
 * Heading blocks that a `<br>` split (`<h1>News Product<br>Management Certification</h1>`), joined
 * back into the one line they are, under the index of their last part; so are the lines of an
 * element named as the title (`<td id="title">福建…改造<br />海湾重现碧波</td>` on old portals).
 * The parts stay candidates too (`<h1>Headline.<br>Subtitle</h1>`, where the first part alone is
 * the headline); `pieces` holds them, so that only the whole heading counts as the page's one h1.
 */
function joinBrokenHeadings(blocks: readonly Block[]): { blocks: Block[]; pieces: Set<Block>; firstPiece: Map<Block, number> } {
  const joined: Block[] = [];
  const pieces = new Set<Block>();
  // Where each joined line starts: the index of its first part.
  const firstPiece = new Map<Block, number>();
  let start = 0;
  let run: Block | undefined;
  for (const block of blocks) {
    const sameLine = run !== undefined && run.index === block.index - 1 && run.path[0] === block.path[0] && block.path[0] !== undefined;
    if (run && sameLine && ((block.kind === 'heading' && run.kind === 'heading') || (block.kind === 'text' && run.kind === 'text' && TITLE_CLASS.test(classAndId(block.path[0]!))))) {
      if (!pieces.has(run)) pieces.add(blocks[run.index] ?? run);
      pieces.add(block);
      run = { ...run, index: block.index, text: `${run.text} ${block.text}`, weight: run.weight + block.weight, linkWeight: run.linkWeight + block.linkWeight };
      continue;
    }
    if (run && run.text !== blocks[run.index]?.text) {
      joined.push(run);
      firstPiece.set(run, start);
    }
    run = block;
    start = block.index;
  }
  if (run && run.text !== blocks[run.index]?.text) {
    joined.push(run);
    firstPiece.set(run, start);
  }
  return { blocks: [...blocks, ...joined], pieces, firstPiece };
}

/**
 * A heading's title without the label its markup sets first (`<span class="label">Player</span>
 * Squad 2024 - 2025`: a forum's thread prefix, a badge), when words follow it.
 */
function withoutLeadingLabel(block: Block, title: string): string {
  const label = block.kind === 'heading' ? block.path[0]?.firstElementChild : undefined;
  const text = label && LEADING_LABEL_CLASS.test(classAndId(label)) ? (label.textContent ?? '').trim() : '';
  const rest = text && title.startsWith(text) ? title.slice(text.length).trim() : '';
  return rest.length >= MIN_HEADING_LENGTH ? rest : title;
}

/**
 * The secondary lines inside a heading element, outermost only: `<small>` (HTML's secondary text
 * in a heading, as Bootstrap documents it) and elements named as a kicker or a subtitle
 * (SECONDARY_LINE_CLASS), each as its block text. An element holding all the heading's text is none.
 */
function secondaryLines(heading: Element): string[] {
  const whole = normaliseBlockText(heading.textContent ?? '');
  const lines: string[] = [];
  let node: Node | null = heading.firstChild;
  while (node) {
    const secondary = node.nodeType === ELEMENT_NODE && (tagName(node as Element) === 'small' || SECONDARY_LINE_CLASS.test(classAttribute(node as Element) ?? ''));
    if (secondary) {
      const text = normaliseBlockText(node.textContent ?? '');
      if (text && text !== whole) lines.push(text);
    }
    // Not into a secondary line: the outermost one holds its text.
    node = nextInOrder(node, heading, !secondary);
  }
  return lines;
}

/**
 * A heading's title without the secondary lines its markup sets at either end (a kicker before
 * the headline, a dek or a tagline after it), and those lines, which are the article's subtitle.
 * Kept whole when too little would be left.
 */
function withoutSecondaryLines(block: Block, title: string, references: readonly string[] = []): { title: string; secondary: string[] } {
  const heading = block.kind === 'heading' ? block.path[0] : undefined;
  const marked = heading ? secondaryLines(heading) : [];
  const lines = marked.length > 0 || !heading ? marked : unmarkedKicker(heading, references);
  let rest = title.trim();
  const secondary: string[] = [];
  for (const line of lines) {
    if (rest.startsWith(line)) rest = rest.slice(line.length).replace(LEADING_SEPARATOR, '');
    else if (rest.endsWith(line)) rest = rest.slice(0, -line.length).replace(TRAILING_SEPARATOR, '');
    else continue;
    secondary.push(line);
  }
  return secondary.length > 0 && rest.length >= MIN_HEADING_LENGTH ? { title: rest, secondary } : { title, secondary: [] };
}

/** The longest kicker read off a heading's first element without a class naming it. */
const MAX_UNMARKED_KICKER = 40;

/**
 * A kicker set in the heading's first of two elements under a class that does not name it
 * (`<h1><span class="Aj">Schulneubau in Heinersdorf</span><span class="Ak">Kolonie „Abendrot“ soll 2026 weichen</span></h1>`):
 * the shorter first line, no sentence, that the page's `<title>` or meta title leaves out while
 * holding the second (`references`, as titleKey keys).
 */
function unmarkedKicker(heading: Element, references: readonly string[]): string[] {
  const parts = Array.from(heading.children);
  if (parts.length !== 2 || references.length === 0) return [];
  const [first, second] = parts.map((part) => normaliseBlockText(part.textContent ?? '')) as [string, string];
  if (!first || first.length > MAX_UNMARKED_KICKER || first.length >= second.length || /[.!?。！？]$/u.test(first)) return [];
  const [firstKey, secondKey] = [titleKey(first), titleKey(second)];
  return references.some((reference) => reference.includes(secondKey)) && !references.some((reference) => reference.includes(firstKey)) ? [first] : [];
}

/** The title a heading gives and the subtitle lines set inside it (withoutSecondaryLines). */
function fromHeading(block: Block, title: string, references: readonly string[] = []): TitleChoice {
  const { title: headline, secondary } = withoutSecondaryLines(block, title, references);
  return secondary.length > 0 ? { title: headline, blockIndex: block.index, subtitle: secondary } : { title: headline, blockIndex: block.index };
}

/**
 * A heading with characters the page could not show (`Event Planning? Beginner? Guide`) in the
 * wording of the reference it otherwise equals (`Event Planning: Beginner's Guide`).
 */
function withBrokenCharactersRestored(title: string, references: readonly (string | undefined)[]): string {
  if (!BROKEN_CHARACTERS.test(title)) return title;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  const parts = title.trim().split(new RegExp(`(${BROKEN_CHARACTERS.source})`, 'u'));
  const pattern = new RegExp(`^${parts.map((part, i) => (i % 2 === 1 ? '(.{1,3}?)' : escape(part))).join('')}$`, 'u');
  for (const reference of references) {
    const match = reference?.trim().match(pattern);
    // U+FFFD is damage wherever it stands; a `?` only where the reference has a letter.
    if (match && match.slice(1).some((put, i) => parts[i * 2 + 1]!.includes('\ufffd') || /\p{L}/u.test(put))) return reference!.trim();
  }
  return title;
}

/** Picks the headline of the page. `references`: og:title, `<title>`, the site's name, the JSON-LD headline. */
export function chooseTitle(pageBlocks: readonly Block[], references: { meta?: string; documentTitle?: string; siteName?: string; headline?: string }): TitleChoice | null {
  const { blocks, pieces, firstPiece } = joinBrokenHeadings(pageBlocks);
  const documentParts = references.documentTitle ? splitDocumentTitle(references.documentTitle, references.meta) : undefined;
  const documentHeadline = documentParts?.headline;
  const metaParts = references.meta ? splitDocumentTitle(references.meta) : undefined;
  // The first part of a title with separators is the headline by convention (`Headline - Site`),
  // even when splitDocumentTitle judged a longer site part the headline.
  // When `<title>` holds the meta title, the rest of it is the site name, whichever side it is on.
  const metaInDocument = Boolean(references.meta && references.documentTitle && titleKey(references.documentTitle).includes(titleKey(references.meta)));
  // It may as well be the site (`Site - Section » Headline`), so only a heading equal to it counts.
  const firstParts = [metaInDocument ? undefined : references.documentTitle, references.meta]
    .map((title) => title?.split(TITLE_SEPARATORS)[0]?.trim())
    .filter((part): part is string => Boolean(part) && part!.length >= MIN_HEADING_LENGTH);
  const firstPartKeys = firstParts.map(titleKey);
  // A heading that is that first part after words of its own (`Explore Interior Design's 2025
  // Best of Year Award Winners`, `Minimalist Sandals Nörd Zero`, a date) is that part: the lead-in
  // is a brand, a category or a date the page sets before the name. A lead-in ending in a colon
  // (`The 2024 Beauty Awards: …`) belongs to the headline.
  const withoutLeadIn = (title: string): string => firstParts.find((part) => title.length > part.length && title.endsWith(part) && /[\p{L}\p{N}]\s+$/u.test(title.slice(0, -part.length))) ?? title;
  const refs = [references.meta, references.documentTitle, documentHeadline].filter((value): value is string => Boolean(value));
  // The references as a heading with broken characters may word them (`Headline | Site` as `Headline`).
  const restorable = [metaParts?.headline, documentHeadline, references.headline, references.meta];
  const restored = (title: string): string => withBrokenCharactersRestored(title, restorable);
  // A `<title>` that sets the site's name before or after the meta title (`Blog: Post – a subtitle`,
  // `Post – a subtitle – Blog`) names the site once: the meta title's last part is the headline's own.
  const meta = references.meta?.trim();
  const wholeDocumentTitle = references.documentTitle?.trim();
  const siteAfterMeta = Boolean(meta && wholeDocumentTitle && wholeDocumentTitle.length > meta.length && wholeDocumentTitle.startsWith(meta) && SITE_SUFFIX_START.test(wholeDocumentTitle.slice(meta.length)));
  const sitePrefixed = siteAfterMeta || (documentParts !== undefined && documentParts.headline === meta);
  // (Where the page names its site, a last part of `<title>` that is not that name is the
  // headline's own: `… öffnet sieben „Kühle Orte“ – zwei bleiben am Wochenende zu` on Berliner Zeitung.)
  const documentSite = documentParts?.site && (!references.siteName || namesSameSite(documentParts.site, references.siteName)) ? documentParts.site : undefined;
  // The page's `<title>` and meta title, as keys, against which a heading's unmarked kicker is told (unmarkedKicker).
  const kickerReferences = [references.documentTitle, references.meta].filter((value): value is string => Boolean(value)).map(titleKey);
  const siteKeys = new Set([references.siteName, documentSite, sitePrefixed ? undefined : metaParts?.site]
    .filter((value): value is string => Boolean(value))
    .map(titleKey));
  // The parts of `<title>` after its headline part name the site, a section or a series
  // (`Plan and intended audience | Introduction to Quantum Information Science`), however long.
  const laterDocumentParts = references.documentTitle ? references.documentTitle.split(TITLE_SEPARATORS).slice(1).map((part) => part.trim()).filter((part) => part && part !== documentHeadline) : [];
  const mastheadKeys = new Set([...siteKeys, ...laterDocumentParts.map(titleKey)]);
  // A line that only agrees as a fragment of a reference (`Top 11 Gaming Console Companies` of
  // `Top 11 Gaming Console Companies & Manufacturers`), often a breadcrumb or a menu entry, inside
  // the page's h1 (`Top 11 Gaming Console Companies Driving Innovation Globally`): the h1 is the
  // headline, the line its short name.
  const h1Holding = (fragment: Block): { block: Block; rank: number } | undefined => {
    const key = titleKey(fragment.text);
    if (refs.some((reference) => titleKey(reference) === key) || firstPartKeys.includes(key)) return undefined;
    return candidates.find(({ block }) => isHeadlineH1(block, refs, siteKeys) && titleKey(block.text).length > key.length && titleKey(block.text).includes(key));
  };
  // A line other than an h1 that words a reference only in part (`Design Portfolio` of `Website
  // Design Portfolio`) or in other capitals is a label or a teaser for it: the reference is the
  // headline. The first reference holding the line decides: when it only adds a site name after a
  // separator (`标题-新华网`, `Site :: Headline`) or a bracketed note (`(页 1)`), the line stands.
  const wordings = [metaParts?.headline, documentHeadline, ...firstParts].filter((value): value is string => Boolean(value)).map((value) => value.trim());
  const fullerWording = (line: string): string | undefined => {
    const wording = wordings.includes(line.trim()) ? undefined : wordings.find((reference) => titleKey(reference).includes(titleKey(line)));
    if (!wording || !wording.includes(line)) return wording;
    const at = wording.indexOf(line);
    const siteOrNote = SITE_PREFIX.test(wording.slice(0, at)) || SITE_SUFFIX.test(wording.slice(at + line.length)) || BRACKETED_NOTE.test(wording.replace(line, '').trim());
    return siteOrNote ? undefined : wording;
  };
  // (A note naming the story's original title, `原标题：《…》`, words a reference but is no headline.)
  const candidates = blocks
    .filter((block) => block.kind !== 'image' && block.text.length >= MIN_HEADING_LENGTH && block.text.length <= 300 && !ORIGINAL_TITLE.test(block.text) && !PLAYER_LABEL.test(block.text))
    .map((block) => ({ block, rank: headingRank(block) }))
    .filter((candidate) => candidate.rank < 10)
    // The site's own name set as a heading (its logo or masthead) is never the headline.
    .filter(({ block }) => !mastheadKeys.has(titleKey(block.text)))
    .sort((a, b) => a.rank - b.rank || a.block.index - b.block.index);

  // An agreeing <h1> wins; otherwise the first agreeing heading in reading order (later copies
  // of the headline sit in share boxes and related lists).
  // An h1 that words the JSON-LD headline exactly agrees too (the CMS's own field for the headline;
  // only an h1, as product names and section headings are declared the same way).
  const headlineKey = references.headline ? titleKey(references.headline) : undefined;
  const agreeing = candidates.filter(({ block, rank }) => refs.some((reference) => agrees(block.text, reference)) || firstPartKeys.includes(titleKey(block.text)) || (rank === 0 && titleKey(block.text) === headlineKey));
  // Of several, an h1 that is a link (the docs or site header linking home) comes last.
  const agreeingH1 = agreeing.filter((candidate) => candidate.rank === 0).sort((a, b) => Number(isLinked(a.block)) - Number(isLinked(b.block)) || b.block.text.length - a.block.text.length)[0];
  const firstLine = agreeing.sort((a, b) => a.block.index - b.block.index)[0];
  // A line that is the first part of a title split over lines gives way to the whole, when the
  // whole is still within a reference (`福建…改造` and `海湾重现碧波` of `福建…改造 海湾重现碧波-新华网`).
  const referenceKeys = [...refs, ...firstParts].map(titleKey);
  const whole = firstLine ? agreeing.find(({ block }) => firstPiece.get(block) === firstLine.block.index && referenceKeys.some((key) => key.includes(titleKey(block.text)))) : undefined;
  const first = whole ?? firstLine;
  // An h1 followed by prose before the agreeing heading is the headline: that heading restates
  // the SEO title inside the body (`<h1>Comparison of SDLC Models…</h1><p>…</p><h2>Software
  // Development Models Comparison</h2>`). A masthead h1 sits above the headline, with no prose between.
  const headlineH1 = !agreeingH1 && first && first.rank > 0 ? candidates.find(({ block }) => block.index < first.block.index && isHeadlineH1(block, refs, siteKeys) && pageBlocks.slice(block.index + 1, first.block.index).some(isProse)) : undefined;
  // An agreeing line that is only a fragment of the references gives way to the h1 holding it.
  const fullerH1 = !agreeingH1 && first && first.rank > 0 ? h1Holding(first.block) : undefined;
  // A line other than an h1 that agrees with `<title>` alone, beside a meta title worded otherwise,
  // is the section `<title>` names first (`健康科普_临江市中心医院`, a sidebar's heading): the page's
  // one headline h1 that the story follows is the headline.
  const sectionOnly = !agreeingH1 && !headlineH1 && !fullerH1 && first && first.rank > 0 && references.meta !== undefined && !agrees(first.block.text, references.meta) && titleKey(first.block.text).length < MIN_SECTION_HEADLINE
    ? candidates.filter(({ block, rank }) => rank === 0 && block.index > first.block.index && isHeadlineH1(block, refs, siteKeys) && pageBlocks.slice(block.index + 1, block.index + 1 + PROSE_AFTER_INFO_TABLE).some(isProse))
    : [];
  const sectionH1 = sectionOnly.length === 1 ? sectionOnly[0] : undefined;
  const chosen = agreeingH1 ?? headlineH1 ?? fullerH1 ?? sectionH1 ?? first;
  if (chosen) {
    const heading = chosen.block;
    // A heading that is the reference plus a badge or a byline (`原创…`, `… 东区办事处`): the reference part.
    const inner = refs
      .filter((reference) => titleKey(reference).length >= 4 && heading.text.includes(reference.trim()))
      .sort((a, b) => b.length - a.length)[0]?.trim();
    // Closing punctuation (`…in 2025?`) and words that run on from the reference in Latin
    // script (`…Hourly Rate Comparison`) are the headline's own, not a badge.
    const rest = inner ? heading.text.trim().replace(inner, '') : '';
    // So is a Chinese topic set before the headline with a bar (`专家解读｜…`, `東鐵綫故障｜…`).
    const topicBefore = inner !== undefined && heading.text.trim().endsWith(inner) && /^\p{sc=Han}[^｜|]{0,11}[｜|]\s*$/u.test(rest);
    const ownWords = topicBefore || /^[?!.？！。]+$/u.test(rest) || (/^\s+\p{L}[\p{L}\s]*$/u.test(rest) && !/\p{sc=Han}/u.test(rest) && heading.text.trim().startsWith(inner!));
    const extra = inner && !ownWords ? heading.text.length - inner.length : 0;
    const title = inner && extra > 0 && extra <= Math.max(MAX_BADGE_LENGTH, inner.length * 0.25) ? inner : headingTitle(heading.text, siteKeys);
    const fuller = first && chosen === first && first.rank > 0 ? fullerWording(title) : undefined;
    if (fuller) return { title: fuller, blockIndex: heading.index };
    // A heading set in capitals takes the wording of the reference it equals.
    const written = isShouted(title) ? [documentHeadline, references.meta].find((reference) => reference && !isShouted(reference) && titleKey(reference) === titleKey(title)) : undefined;
    return fromHeading(heading, restored(withoutLeadIn(withoutLeadingLabel(heading, written ?? title))), kickerReferences);
  }

  // No heading agrees: a plain line that is the headline part of the references (old sites
  // set the headline in a styled <div> or <td>).
  const plain = blocks
    .filter((block) => block.kind !== 'image' && block.text.length >= 8 && block.text.length <= 200 && block.linkWeight === 0 && !ORIGINAL_TITLE.test(block.text) && !PLAYER_LABEL.test(block.text))
    .find((block) => refs.some((reference) => agrees(block.text, reference) && titleKey(block.text).length >= titleKey(reference).length * 0.6));
  const plainInH1 = plain ? h1Holding(plain) : undefined;
  if (plainInH1) return fromHeading(plainInH1.block, headingTitle(plainInH1.block.text, siteKeys), kickerReferences);
  // A `<title>` that is only the site's name (a court's, a school's, an office's page), set on the
  // page as its masthead above a title-classed line that the story follows: that line is the headline.
  const headlineUnderMasthead = plain && !documentParts?.site && refs.every((reference) => titleKey(reference) === titleKey(plain.text))
    ? candidates.find(({ block, rank }) => rank === 1 && block.kind !== 'heading' && block.index > plain.index && !isLinked(block) && pageBlocks.slice(block.index + 1, block.index + 1 + PROSE_AFTER_HEADLINE).some(isProse))
    : undefined;
  if (headlineUnderMasthead) return fromHeading(headlineUnderMasthead.block, headingTitle(headlineUnderMasthead.block.text, siteKeys), kickerReferences);
  if (plain) return { title: fullerWording(plain.text) ?? headingTitle(plain.text, siteKeys), blockIndex: plain.index };

  // The page's one <h1> is the headline the reader sees, even when the metadata words it
  // otherwise (SEO titles); a logo h1 naming the site does not count.
  // A shouted h1 that words the headline otherwise is a slogan or a label when metadata names the page.
  // Short h1s (`The Blog`, `Reviews`) are section names and do not count; copies of one h1
  // (the mobile and desktop layouts) count once.
  const h1s = candidates.filter((candidate) => candidate.rank === 0 && !pieces.has(candidate.block) && isHeadlineH1(candidate.block, refs, siteKeys));
  const soleH1 = new Set(h1s.map(({ block }) => titleKey(block.text))).size === 1 ? h1s[0] : undefined;
  if (soleH1 && !(refs.length > 0 && isShouted(soleH1.block.text))) {
    return fromHeading(soleH1.block, restored(withoutLeadIn(withoutLeadingLabel(soleH1.block, headingTitle(soleH1.block.text, siteKeys)))), kickerReferences);
  }

  const fallback = metaParts?.headline || documentHeadline;
  // A `<title>` that is only the site's or the app's name beside a meta title the page never shows
  // (a share title rewording the headline, `首日带货120万！…来了`): a title-classed line that the
  // story follows and that tells the same story in the same words is the headline.
  const titleIsSiteName = Boolean(references.documentTitle && references.siteName && titleKey(references.documentTitle) === titleKey(references.siteName));
  const storyFollows = (block: Block): boolean => !isLinked(block) && pageBlocks.slice(block.index + 1, block.index + 1 + PROSE_AFTER_HEADLINE).some(isProse);
  const shownAsLine = (text: string): boolean => blocks.some((block) => titleKey(block.text) === titleKey(text));
  if (fallback && titleIsSiteName && !shownAsLine(fallback)) {
    const reworded = candidates.find(({ block, rank }) => rank === 1 && storyFollows(block) && sharedPairs(block.text, fallback) >= MIN_SHARED_PAIRS);
    if (reworded) return fromHeading(reworded.block, headingTitle(reworded.block.text, siteKeys), kickerReferences);
  }
  // A page with no meta title whose `<title>` is a bare name, shorter than any headline (`参考消息`, a
  // single-page app's shell, the name perhaps shown as its masthead), or names only a section and the
  // site, neither of them shown as a line (`校园动态 - 余姚市…小学`): a title-classed line more than
  // twice as long that the story follows is the headline.
  const nameParts = !references.meta && wholeDocumentTitle ? wholeDocumentTitle.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean) : [];
  const longestPart = Math.max(0, ...nameParts.map((part) => part.length));
  const bareName = nameParts.length > 0 && (nameParts.length === 1 ? longestPart <= MAX_BARE_NAME : longestPart <= MAX_BARE_NAME * 2 && fallback !== undefined && !shownAsLine(fallback));
  if (bareName) {
    const headline = candidates.find(({ block, rank }) => rank === 1 && block.kind !== 'heading' && block.text.trim().length > longestPart * 2 && storyFollows(block));
    if (headline) return fromHeading(headline.block, headingTitle(headline.block.text, siteKeys), kickerReferences);
  }
  if (fallback) {
    const key = titleKey(fallback);
    const onPage = blocks.find((block) => block.kind !== 'image' && titleKey(block.text) === key);
    // A description set as the h1 marks where the story's head is, as the headline would.
    const description = candidates.find(({ block, rank }) => rank === 0 && !isLinked(block) && isDescription(block.text));
    return { title: fallback, blockIndex: onPage?.index ?? description?.block.index ?? null };
  }
  const h1 = candidates.find((candidate) => candidate.rank === 0 && titleKey(candidate.block.text) !== titleKey(references.siteName ?? ''));
  if (h1) return fromHeading(h1.block, headingTitle(h1.block.text, siteKeys), kickerReferences);
  return null;
}
