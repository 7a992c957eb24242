/**
 * The page as a flat list of text blocks in reading order.
 *
 * One read-only pass over the DOM (an explicit stack, so hostile nesting cannot overflow the
 * call stack) cuts the visible text into blocks: a block is the text between two block-level
 * boundaries (or `<br>`s), owned by the nearest block-level element. Each block remembers the
 * chain of elements above it, so content scoring, metadata search and cleaning all work on the
 * same list without touching the document again.
 */
import { textWeight } from '../text/cjk';
import { countMatches } from '../text/count-matches';
import { parseHttpUrl } from './canonical-url';
import { isCaptionContainer } from './class-hints';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, classAttribute, hasNonBlankText, isHidden, perElement, tagName } from './dom';
import { repairMisreadUtf8 } from './misread-utf8';

export type BlockKind = 'text' | 'heading' | 'item' | 'pre' | 'caption' | 'image';

export interface Block {
  index: number;
  kind: BlockKind;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  text: string;
  /** textWeight of the text, and of the part of it inside links. */
  weight: number;
  linkWeight: number;
  /** Sentence punctuation marks (the "symbol density" of GNE: prose has them, menus do not). */
  punctuation: number;
  /** The owning block element first, then its ancestors up to `<body>`. */
  path: readonly Element[];
  /** Inside `<blockquote>`, `<ol>`/`<ul>` (for rendering). */
  quoted: boolean;
  list: 'ol' | 'ul' | null;
  image?: { src: string; alt: string };
}

/** Elements whose content is never article text (code, media, form controls, embedded docs). */
const SKIPPED_TAGS = new Set(
  (
    'script style noscript template svg math canvas iframe frame object embed ' +
    'video audio source track select option optgroup textarea input button ' +
    'datalist head title meta link base map area dialog ' +
    // Ruby annotations (furigana, zhuyin, pinyin) are readings printed above the text, not text.
    'rt rp'
  ).split(' '),
);

/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body center dd details dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup ' +
    'hr html li main menu nav ol p pre section summary table tbody thead ' +
    'tfoot tr td th caption ul legend'
  ).split(' '),
);

const DIGIT_START = /^\d/;
const DIGIT_END = /\d$/;
const YEAR_START = /^(?:19|20)\d{2}[-./年]/;
const DATE_END = /(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/;
/** How many levels above a text's owner a caption class counts, and the longest caption (textWeight). */
const CAPTION_LEVELS = 2;
const MAX_CAPTION_WEIGHT = 600;

/**
 * Whether the text's owner or a near ancestor (path: outermost first) is named as a caption, or
 * is a `<figure>` around a picture whose caption is a plain paragraph, not a `<figcaption>` (a
 * figure holding a quote is a pull quote or a testimonial, whose text is the page's).
 * `tags` are the path's tag names.
 */
function inCaptionContainer(path: readonly Element[], tags: readonly string[], isPictureFigure: (element: Element) => boolean): boolean {
  for (let i = Math.max(0, path.length - CAPTION_LEVELS); i < path.length; i += 1) {
    const element = path[i]!;
    if (isCaptionContainer(element) || (tags[i] === 'figure' && isPictureFigure(element))) return true;
  }
  return false;
}

/**
 * What the block walk does with a node on its stack: enter it, or leave an element entered,
 * where the flags say what else leaving it does (an element may carry both).
 */
const ENTER = 0;
const EXIT = 1;
/** Leaving an inline element named as a caption. */
const CAPTION_EXIT = 2;
/** Leaving an inline element of a heading: its edge is marked (see RUN_TOGETHER_PHRASES). */
const EDGE_EXIT = 4;

/** Attributes that lazy-loading scripts use for the real image address, in order of trust. */
const IMAGE_SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'src'];

const PUNCTUATION = /[，。！？；：、,.!?;:“”"'「」]/g;

/** Invisible characters that pages sprinkle into text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** The characters INVISIBLE removes and those every sign of misread UTF-8 holds (C1 controls, `Â`, `â`). */
const REPAIR_OR_INVISIBLE = /[\u0080-\u009f\u00ad\u00c2\u00e2\u200b-\u200d\u2060\ufeff]/;

/** The kind of block an owner's tag makes, other than text (headings h1–h6 aside). */
const KIND_OF_TAG = new Map<string, BlockKind>([['li', 'item'], ['dt', 'item'], ['dd', 'item'], ['pre', 'pre'], ['figcaption', 'caption'], ['caption', 'caption']]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function kindOf(tag: string): BlockKind {
  return HEADING_TAGS.has(tag) ? 'heading' : KIND_OF_TAG.get(tag) ?? 'text';
}

function imageSource(element: Element, baseUrl: string): string | null {
  for (const attribute of IMAGE_SOURCE_ATTRIBUTES) {
    const value = element.getAttribute(attribute)?.trim();
    if (!value || value.startsWith('data:')) continue;
    // An unparsable or non-web address is no image we can keep; try the next attribute.
    const resolved = parseHttpUrl(value, baseUrl);
    if (resolved) return resolved.href;
  }
  return null;
}

/**
 * Marks where an inline element opens or closes inside a heading, in the text a block is read
 * from. NUL, which no page text holds: HTML parsers drop a page's NULs or turn them into U+FFFD,
 * and any a script put in are dropped with the marks.
 */
const ELEMENT_EDGE = '\0';
/**
 * Phrases run together at element edges in a headline, a lowercase letter against a capital:
 * `<h1>Black Edition<span class="tagline">Complete protein meal</span></h1>`, whose span a
 * style sheet sets on a line of its own. The text on each side of the edge, up to the next edge,
 * is a phrase (it holds a space), so a word styled in parts (`Mac<span>Book</span>`) stays one word.
 */
const RUN_TOGETHER_PHRASES = /(?<=\s[^\s\0]*\p{Ll})\0+(?=\p{Lu}[^\s\0]*\s)/gu;

/** The text of a heading's parts: phrases run together at element edges are spaced apart, the edge marks dropped. */
function joinHeadingParts(raw: string): string {
  return raw.indexOf(ELEMENT_EDGE) < 0 ? raw : raw.replace(RUN_TOGETHER_PHRASES, ' ').replaceAll(ELEMENT_EDGE, '');
}

/** Normalises the whitespace of a block: lines broken inside Chinese text are joined; misread UTF-8 is repaired. */
export function normaliseBlockText(raw: string): string {
  // (Most text holds neither an invisible character nor a sign of misread UTF-8: one scan tells.)
  let text = REPAIR_OR_INVISIBLE.test(raw) ? repairMisreadUtf8(raw).replace(INVISIBLE, '') : raw;
  if (/[\r\n]/.test(text) && /\p{Script=Han}/u.test(text)) text = text.replace(/(\p{Script=Han}|[，。、；：！？])[ \t]*[\r\n]+\s*(?=\p{Script=Han})/gu, '$1');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * React's streaming server rendering sends late parts of the page in `<div hidden id="S:0">`
 * (ids count in hexadecimal: `S:1f`) and a script moves them into place: the live page shows
 * them, so they are read as visible.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/;

function isStreamedSegment(element: Element): boolean {
  return STREAMED_SEGMENT_ID.test(element.getAttribute('id') ?? '');
}

/**
 * A collapsed accordion or tab panel, by its role (region, tabpanel) or its class names
 * (`accordion-content`, `chakra-collapse`, `faq__answer`, `a-expander-content`): its text is the
 * page's, one click away.
 */
const PANEL_ROLES = new Set(['region', 'tabpanel']);
const PANEL_CLASS = /accordion|collaps|expander|toggle|faq|answer/i;

/**
 * A container kept invisible (not removed) until a script has laid it out, holding a story's worth
 * of text (WeChat's `<div id="js_content" style="visibility: hidden;">`): a live page shows it.
 */
const INVISIBLE_UNTIL_SCRIPT = /(?:^|;)\s*visibility\s*:\s*hidden/i;
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i;
const MIN_REVEALED_TEXT = 500;

function isRevealedByScript(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && INVISIBLE_UNTIL_SCRIPT.test(style) && !DISPLAY_NONE.test(style) && (element.textContent?.length ?? 0) >= MIN_REVEALED_TEXT;
}

function isRevealedBySite(element: Element): boolean {
  return isStreamedSegment(element) || PANEL_ROLES.has(element.getAttribute('role') ?? '') || PANEL_CLASS.test(classAttribute(element) ?? '') || isRevealedByScript(element);
}

/**
 * Reads the visible text of `document` as blocks. `baseUrl` resolves image addresses.
 * Never modifies the document.
 */
export interface ReadOptions {
  /**
   * Read content that markup hides too. For server-rendered apps that stream the page into a
   * hidden container and reveal it with a script (a live browser shows it; a parsed copy does not),
   * and for apps whose only server-rendered text is a `<noscript>` copy (forums, shops): read when
   * the parser built elements inside it (a parsed copy; a live page keeps it as raw text).
   */
  includeHidden?: boolean;
}

export function readBlocks(document: Document, baseUrl: string, { includeHidden = false }: ReadOptions = {}): Block[] {
  // Malformed pages (a script or a stray element before <!DOCTYPE> or <html>) can leave <body>
  // empty while the text sits in another top-level element; then every top-level element (several
  // when a stray element precedes `<html>`) is read. Elements after `</html>`, which browsers
  // move into the body and linkedom leaves beside `<html>`, are read after the body.
  if (!document.documentElement) return [];
  const body = document.body;
  const topLevel = Array.from(document.children);
  const bodyHasText = body !== null && hasNonBlankText(body);
  const roots = bodyHasText ? [body, ...topLevel.filter((element) => element !== body.parentElement)] : topLevel;
  // A page without a `<body>` tag: browsers end the head at its first element that belongs in a
  // body and open the body there; linkedom leaves the whole page inside `<head>`. Its text is
  // read then (head-only elements, such as title, meta and script, stay skipped).
  const readHead = !bodyHasText;
  const blocks: Block[] = [];
  if (roots.length === 0) return blocks;

  // The open block elements, outermost first, and their tag names.
  const path: Element[] = [];
  const pathTags: string[] = [];
  let parts: string[] = [];
  let linkWeight = 0;
  let linkDepth = 0;
  // Text inside inline elements named as a caption (`<span class="caption">` beside a picture):
  // a block that is all such text is a caption, like one whose owner is named so.
  let captionWeight = 0;
  let captionDepth = 0;
  let quoteDepth = 0;
  const lists: Array<'ol' | 'ul'> = [];
  // The text of each heading holding a paragraph, read once (a heading left open around a whole
  // story holds all its paragraphs).
  const headingText = perElement((heading) => normaliseBlockText(heading.textContent ?? ''));
  const isPictureFigure = perElement((figure) => figure.querySelector('img, picture, video') !== null && figure.querySelector('blockquote') === null);

  // Blocks under one owner share one path array (paths are read-only): `pathChanges` counts the
  // pushes and pops since the last copy.
  let pathChanges = 0;
  let sharedPath: readonly Element[] = [];
  let sharedPathAt = -1;
  const blockPath = (): readonly Element[] => {
    if (sharedPathAt !== pathChanges) {
      sharedPath = path.slice().reverse();
      sharedPathAt = pathChanges;
    }
    return sharedPath;
  };

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = normaliseBlockText(joinHeadingParts(parts.join('')));
    parts = [];
    const owner = path[path.length - 1];
    if (!text || !owner) {
      linkWeight = 0;
      captionWeight = 0;
      return;
    }
    const weight = textWeight(text);
    // A paragraph or division that is all a heading holds (`<h1><p>Auth</p></h1>`, as Markdown
    // renderers write it) is that heading; a kicker beside the headline in it, or a heading left
    // open around a whole story, is not.
    const ownerTag = pathTags[pathTags.length - 1]!;
    const headingAt = ownerTag === 'p' || ownerTag === 'div' ? pathTags.findLastIndex((tag) => HEADING_TAGS.has(tag)) : -1;
    const tag = headingAt >= 0 && headingText(path[headingAt]!) === text ? pathTags[headingAt]! : ownerTag;
    const tagKind = kindOf(tag);
    const level = tagKind === 'heading' ? Number(tag[1]) : 0;
    // Text anywhere inside a `<figcaption>` (in a paragraph of an accordion) is the caption's.
    const captioned = inCaptionContainer(path, pathTags, isPictureFigure) || captionWeight >= weight || pathTags.includes('figcaption');
    const kind = tagKind !== 'caption' && weight <= MAX_CAPTION_WEIGHT && captioned ? 'caption' : tagKind;
    blocks.push({
      index: blocks.length,
      kind,
      level,
      text,
      weight,
      linkWeight: Math.min(linkWeight, weight),
      punctuation: countMatches(text, PUNCTUATION),
      path: blockPath(),
      quoted: quoteDepth > 0,
      list: lists[lists.length - 1] ?? null,
    });
    linkWeight = 0;
    captionWeight = 0;
  };

  // The walk's stack: each node with what to do with it (ENTER, or EXIT with its flags). Two
  // arrays: no object a node. The tag names of the elements to leave are a stack of their own,
  // in the same order.
  const stack: Node[] = roots.slice().reverse();
  const steps: number[] = stack.map(() => ENTER);
  const exitTags: string[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const step = steps.pop()!;
    if (step !== ENTER) {
      const tag = exitTags.pop()!;
      if (step & EDGE_EXIT) parts.push(ELEMENT_EDGE);
      if (tag === 'a') linkDepth -= 1;
      if (step & CAPTION_EXIT) captionDepth -= 1;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        path.pop();
        pathTags.pop();
        pathChanges += 1;
        if (tag === 'blockquote') quoteDepth -= 1;
        if (tag === 'ol' || tag === 'ul') lists.pop();
      }
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      if (data) {
        // A date and a number of two elements set side by side (`<span>2021-06-03</span><span>12034</span>`,
        // `<span>0.52</span><span>2021.06.03 10:05</span>`) stay apart.
        if (parts.length > 0 && DIGIT_START.test(data) && DIGIT_END.test(parts[parts.length - 1]!) && (YEAR_START.test(data) || DATE_END.test(parts[parts.length - 1]!))) parts.push(' ');
        parts.push(data);
        if (linkDepth > 0) linkWeight += textWeight(data);
        if (captionDepth > 0) captionWeight += textWeight(data);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = tagName(element);
    if (SKIPPED_TAGS.has(tag) && !(includeHidden && tag === 'noscript' && element.firstElementChild) && !(readHead && tag === 'head')) continue;
    if (!includeHidden && isHidden(element) && !isRevealedBySite(element)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') {
      const src = imageSource(element, baseUrl);
      if (src && path.length > 0) {
        flush();
        blocks.push({
          index: blocks.length, kind: 'image', level: 0, text: '', weight: 0, linkWeight: 0, punctuation: 0,
          path: blockPath(), quoted: quoteDepth > 0, list: null,
          image: { src, alt: (element.getAttribute('alt') ?? '').trim() },
        });
      }
      continue;
    }
    // A `<time>` is a token of its own (`<span>0.52</span><time>2021.06.03 10:05:12</time>`, a
    // counter run into the date without a space in the markup).
    if (tag === 'time' && parts.length > 0 && !/\s$/.test(parts[parts.length - 1]!)) parts.push(' ');
    const isBlock = BLOCK_TAGS.has(tag) || roots.includes(element);
    // An inline element of a heading: its edges are marked (see RUN_TOGETHER_PHRASES).
    const markEdges = !isBlock && HEADING_TAGS.has(pathTags[pathTags.length - 1]!);
    if (markEdges) parts.push(ELEMENT_EDGE);
    if (isBlock) {
      flush();
      path.push(element);
      pathTags.push(tag);
      pathChanges += 1;
      if (tag === 'blockquote') quoteDepth += 1;
      if (tag === 'ol' || tag === 'ul') lists.push(tag);
      stack.push(element);
      steps.push(EXIT);
      exitTags.push(tag);
    } else if (isCaptionContainer(element)) {
      if (tag === 'a') linkDepth += 1;
      captionDepth += 1;
      stack.push(element);
      steps.push(EXIT | CAPTION_EXIT | (markEdges ? EDGE_EXIT : 0));
      exitTags.push(tag);
    } else if (tag === 'a' || markEdges) {
      if (tag === 'a') linkDepth += 1;
      stack.push(element);
      steps.push(EXIT | (markEdges ? EDGE_EXIT : 0));
      exitTags.push(tag);
    }
    // Last child first, so that the first is read first (walked by siblings: no child list is built).
    for (let child = element.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      steps.push(ENTER);
    }
  }
  flush();
  return blocks;
}
