/**
 * Finding the main content: which container holds the article, and which of its blocks are
 * article text.
 *
 * Scoring follows the idea of Readability's candidate scoring (each paragraph of prose votes
 * for its parent and, more weakly, its grandparents; names of containers add or subtract) and
 * of GeneralNewsExtractor's density measures for Chinese portals (text that is long, carries
 * sentence punctuation and few links is content; lists of short linked lines are not). Our own
 * weights; all in the tables below.
 */
import type { Block } from './blocks';
import { PROSE_PUNCTUATION, SENTENCE_END, isStoryParagraph } from './body-lines';
import { classWeight, isBoilerplateContainer, isNeverArticleRegion, isFurnitureRegion } from './class-hints';
import { classAttribute, perElement, tagName } from './dom';
import { readLabelLine } from './labels';
import { hasHan } from '../text/cjk';

/** A block shorter than this (textWeight; a Han character weighs 3) casts no vote. */
const MIN_VOTING_WEIGHT = 25;
/** How much of a paragraph's vote reaches each ancestor level, nearest first. */
const VOTE_SHARES = [1, 0.5, 0.25] as const;
/** Votes per 100 weight of text, capped (long paragraphs count more, but not without bound). */
const LENGTH_VOTE_PER_100 = 1;
const MAX_LENGTH_VOTE = 3;
/** Owners whose text is a paragraph: their vote starts at the parent. Other owners (div, td) vote for themselves. */
const PARAGRAPH_OWNERS = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption', 'caption', 'blockquote']);
/** Candidates whose scores lie within this share of the best are "close" (for shared-ancestor checks). */
const CLOSE_CANDIDATE_SHARE = 0.75;
/** Climb above the best container until it holds this share of the page's prose … */
const CLIMB_UNTIL_PROSE_SHARE = 0.5;
/** … to ancestors that add at least this factor of prose and keep links below this density. */
const CLIMB_MIN_GAIN = 1.5;
const MAX_CLIMB_LINK_DENSITY = 0.35;
/** A sibling of the best container joins the content when it scores this share of the best. */
const SIBLING_SCORE_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** How many levels above the best container repeated chunks of the article are looked for. */
const CHUNK_ANCESTOR_LEVELS = 4;
/**
 * A chunk smaller than this (textWeight) is a teaser card sharing a utility class (`text-left`)
 * with the story, not a piece of the story.
 */
const MIN_CHUNK_WEIGHT = 200;
/** Share of a sibling's text that must be prose for it to join. */
const MIN_SIBLING_PROSE_SHARE = 0.5;
/** A furniture-named subtree inside the content is kept when it holds this share of the text. */
const KEEP_BOILERPLATE_SHARE = 0.3;
/** Blocks with more of their text in links than this are link lists, not prose. */
const MAX_BLOCK_LINK_DENSITY = 0.5;

/**
 * A box of figures set into the story (a match's score box, a stock-quote widget): a generic
 * box of a few short lines, without sentence punctuation or labels, whose characters are digits
 * for at least FIGURES_SHARE. It shows data beside the story and is no part of it. Only boxes in
 * Chinese: on the English web such boxes (a recipe's times, a review's scores, a comparison
 * built of `div`s) are the content itself. Tables and lists are left alone: their figures are the
 * story's own.
 */
const FIGURES_SHARE = 0.25;
const MAX_FIGURES_BOX_LENGTH = 200;
const MIN_FIGURES_BOX_ELEMENTS = 3;
const FIGURES_BOX_TAGS = new Set(['div', 'section', 'aside']);

/** Whether one of the elements of `path` below the content's root (at `rootIndex`) is a box of figures. */
function inFiguresBox(path: readonly Element[], rootIndex: number): boolean {
  for (let i = 0; i < rootIndex; i += 1) if (isFiguresBox(path[i]!)) return true;
  return false;
}

const isFiguresBox = perElement((element: Element): boolean => {
  if (!FIGURES_BOX_TAGS.has(tagName(element))) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_FIGURES_BOX_LENGTH || PROSE_PUNCTUATION.test(text) || !hasHan(text)) return false;
  const characters = text.replace(/\s/g, '').length;
  const digits = text.match(/\d/g)?.length ?? 0;
  if (characters === 0 || digits < characters * FIGURES_SHARE) return false;
  if (element.querySelectorAll('*').length < MIN_FIGURES_BOX_ELEMENTS || element.querySelector('table, ul, ol, dl, pre') || element.closest('table, ul, ol, dl')) return false;
  return !readLabelLine(text)?.labelled;
});

/** Commas (ASCII and Chinese): Readability's sign of prose. */
const COMMAS = /[,，、]/g;

/** `<body>` and `<html>`: the page itself, never a content container to climb to. */
function isPageRoot(element: Element): boolean {
  const tag = tagName(element);
  return tag === 'body' || tag === 'html';
}

/**
 * An `<html>` or `<body>` inside the page (a chunk pasted as a whole document, kept so by DOMs
 * that do not repair it): no level of the page's structure.
 */
function isStrayPageRoot(element: Element): boolean {
  const html = tagName(element) === 'body' ? element.parentElement : element;
  return isPageRoot(element) && Boolean(html?.parentElement);
}

interface Stats {
  weight: number;
  /** Weight of the blocks that vote (prose: long enough, punctuated, few links). */
  proseWeight: number;
  linkWeight: number;
  score: number;
}

export interface ContentSelection {
  /** The containers the article text was taken from (the best one and joined siblings). */
  roots: Element[];
  /** The article's blocks, in reading order. */
  blocks: Block[];
  /** textWeight of all visible text on the page, and of the selected blocks. */
  pageWeight: number;
  contentWeight: number;
  /** Link density of the selected content. */
  linkDensity: number;
}

function statsOf(map: Map<Element, Stats>, element: Element): Stats {
  let stats = map.get(element);
  if (!stats) {
    stats = { weight: 0, proseWeight: 0, linkWeight: 0, score: 0 };
    map.set(element, stats);
  }
  return stats;
}

function linkDensity(stats: Stats | undefined): number {
  if (!stats || stats.weight === 0) return 0;
  return Math.min(1, stats.linkWeight / stats.weight);
}

/** The vote of one block: prose with commas and length, discounted by its links. */
function blockVote(block: Block): number {
  if (block.kind === 'image' || block.weight < MIN_VOTING_WEIGHT) return 0;
  const density = block.linkWeight / block.weight;
  if (density > MAX_BLOCK_LINK_DENSITY) return 0;
  const commas = block.text.match(COMMAS)?.length ?? 0;
  const length = Math.min(Math.floor((block.weight / 100) * LENGTH_VOTE_PER_100), MAX_LENGTH_VOTE);
  // A line without any sentence punctuation is a menu item or a label, not prose (GNE's symbol density).
  const prose = block.punctuation > 0 ? 1 : 0.3;
  return (1 + commas + length) * (1 - density) * prose;
}

/** A candidate inside a furniture region keeps this share of its score. */
const FURNITURE_REGION_FACTOR = 0.2;

function finalScore(map: Map<Element, Stats>, element: Element, furniture: (element: Element) => boolean): number {
  const stats = map.get(element);
  if (!stats) return 0;
  const score = (stats.score + classWeight(element)) * (1 - linkDensity(stats));
  return furniture(element) ? score * FURNITURE_REGION_FACTOR : score;
}

/** Memoised: whether an element or any of its ancestors is a furniture region. */
function furnitureLookup(isFurniture: (element: Element) => boolean): (element: Element) => boolean {
  const cache = new Map<Element, boolean>();
  // Iterative (pages can nest thousands deep): climb to a known answer, then fill in downwards.
  return (element: Element): boolean => {
    const chain: Element[] = [];
    let node: Element | null = element;
    let inherited = false;
    while (node) {
      const known = cache.get(node);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      chain.push(node);
      node = node.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const current = chain[i]!;
      inherited = inherited || isFurniture(current);
      cache.set(current, inherited);
    }
    return cache.get(element) ?? inherited;
  };
}

/**
 * The elements of a block's path that pass `test`, owner first, each element judged once a
 * selection. Every block under an element shares the rest of its path above it (the walk's
 * stack), so the answer for a path's tail is the answer for every path through its first element.
 */
function onPath(test: (element: Element) => boolean): (path: readonly Element[]) => readonly Element[] {
  const known = new Map<Element, readonly Element[]>();
  return (path) => {
    let passing: readonly Element[] = [];
    let above = 0;
    while (above < path.length) {
      const knownPassing = known.get(path[above]!);
      if (knownPassing !== undefined) {
        passing = knownPassing;
        break;
      }
      above += 1;
    }
    for (let i = above - 1; i >= 0; i -= 1) {
      if (test(path[i]!)) passing = [path[i]!, ...passing];
      known.set(path[i]!, passing);
    }
    return passing;
  };
}

/** Whether any element of a block's path passes `test` (each element judged once, as onPath does). */
function anyOnPath(test: (element: Element) => boolean): (path: readonly Element[]) => boolean {
  const passing = onPath(test);
  return (path) => passing(path).length > 0;
}

function ancestorsOf(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) out.push(node);
  return out;
}

/** How many look-alike siblings make a run of cards (a list of teasers, a thread of posts). */
const MIN_CARDS = 3;
/** How far above a block its card is looked for. */
const CARD_LEVELS = 6;
/** A card with more text than this (textWeight) is a section or a post, not a teaser. */
const MAX_TEASER_WEIGHT = 800;
/** An excerpt cut short: `…`, `...`, `[…]`, `[...]`. */
const TRUNCATED = /(?:…|\.{3})\]?\s*$/u;

/** Whether the heading's link leads to another page (not a fold-out, `#section` or script toggle). */
function linksElsewhere(heading: Element | undefined): boolean {
  const link = heading?.closest('a[href]') ?? heading?.querySelector('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  return href !== '' && !/^(?:#|javascript:)/i.test(href);
}

/**
 * A teaser card: several blocks (a picture or a title beside the excerpt), opened by a heading
 * that is all link (the title of another story) or closed by an excerpt cut short with an
 * ellipsis. Forum posts and comments look alike in their run, but are neither.
 */
function isTeaserCard(cardBlocks: readonly Block[]): boolean {
  if (cardBlocks.length < 2 || cardBlocks.reduce((sum, block) => sum + block.weight, 0) > MAX_TEASER_WEIGHT) return false;
  const text = cardBlocks.filter((block) => block.kind !== 'image');
  const first = text[0];
  const last = text[text.length - 1];
  if (first && first.kind === 'heading' && first.linkWeight >= first.weight * 0.8 && linksElsewhere(first.path[0])) return true;
  return last !== undefined && last.kind === 'text' && TRUNCATED.test(last.text);
}

/**
 * What makes cards look alike: the tag and the first class name without digits (CMSs add
 * per-item ids and taxonomy classes: `post-7816 category-deus`).
 */
function cardKind(element: Element): string {
  return `${tagName(element)} ${classNamesWithoutNumbers(element)[0] ?? ''}`;
}

/** `elements` in runs of look-alikes: siblings (one parent) of one cardKind, each run in the order given. */
function lookAlikeRuns(elements: readonly Element[]): Element[][] {
  const runs = new Map<string, Element[]>();
  const parents = new Map<Element, number>();
  for (const element of elements) {
    const parent = element.parentElement;
    if (!parent) continue;
    const id = parents.get(parent) ?? parents.size;
    parents.set(parent, id);
    const key = `${id} ${cardKind(element)}`;
    const run = runs.get(key);
    if (run) run.push(element);
    else runs.set(key, [element]);
  }
  return [...runs.values()];
}

/** The element's class names that hold no digit (per-item ids and ranks left out). */
function classNamesWithoutNumbers(element: Element): string[] {
  return (classAttribute(element) ?? '').split(/\s+/).filter((token) => token && !/\d/.test(token));
}

/**
 * Blocks of runs of teaser cards: at least MIN_CARDS look-alike siblings (one tag and class),
 * most of them teasers. Related posts printed as excerpts inside the story's container would
 * otherwise outvote a short story; their prose is not the page's.
 */
function teaserBlocks(blocks: readonly Block[]): Set<Block> {
  const blocksByElement = new Map<Element, Block[]>();
  for (const block of blocks) {
    for (const element of block.path.slice(0, CARD_LEVELS)) {
      const list = blocksByElement.get(element);
      if (list) list.push(block);
      else blocksByElement.set(element, [block]);
    }
  }
  const out = new Set<Block>();
  for (const run of lookAlikeRuns([...blocksByElement.keys()].filter((element) => !isPageRoot(element)))) {
    if (run.length < MIN_CARDS) continue;
    const teasers = run.filter((card) => isTeaserCard(blocksByElement.get(card)!));
    if (teasers.length < MIN_CARDS || teasers.length * 2 < run.length) continue;
    for (const card of run) for (const block of blocksByElement.get(card)!) out.add(block);
  }
  return out;
}

/**
 * Chooses the article's container and blocks among `blocks` (from readBlocks). Null when the
 * page has no prose at all.
 */
export function selectContent(blocks: readonly Block[]): ContentSelection | null {
  // Prose inside furniture (sidebars, comment threads, related lists) does not vote, unless a
  // region holds most of the page's prose: then its name misleads (`l-sidebar-fixed` on the
  // article body of a layout with a sidebar) and it votes like any container.
  const isRegion = perElement(isFurnitureRegion);
  const regionsOf = onPath(isRegion);
  // Outermost regions are judged with their look-alikes: a page cut into sections that all
  // carry one misleading name (`content-nav-section`, `section-ranking-content rank-2`) has no
  // single section holding half the prose, but together they are the article. (Widgets inside
  // a sidebar are judged one by one: together they are the sidebar.)
  // (A path's regions come owner first: each one but the last lies inside a later one.)
  const kindOf = (region: Element, regions: readonly Element[]): Element | string =>
    region !== regions[regions.length - 1] ? region : regionKind(region);
  const regionProse = new Map<Element | string, number>();
  let totalProse = 0;
  const regionsByBlock = new Map<Block, readonly Element[]>();
  for (const block of blocks) {
    if (blockVote(block) === 0) continue;
    const regions = regionsOf(block.path);
    regionsByBlock.set(block, regions);
    totalProse += block.weight;
    for (const key of new Set(regions.map((region) => kindOf(region, regions)))) regionProse.set(key, (regionProse.get(key) ?? 0) + block.weight);
  }
  // Comment threads and cookie banners are never the article, however much they say. Nested
  // regions are judged alike (`sidebar-layout` > `sidebar-content` both holding the story).
  const misnamedKinds = new Set([...regionProse].filter(([, prose]) => prose >= totalProse * MISNAMED_REGION_SHARE).map(([kind]) => kind));
  const misnamed = (element: Element): boolean => misnamedKinds.size > 0 && (misnamedKinds.has(element) || misnamedKinds.has(regionKind(element))) && !isNeverArticleRegion(element);
  const isFurniture = (element: Element): boolean => isRegion(element) && !misnamed(element);
  const teasers = teaserBlocks(blocks);
  const inFurniture = (block: Block): boolean => (regionsByBlock.get(block) ?? []).some((region) => !misnamed(region));
  const silenced = (block: Block): boolean => teasers.has(block) || inFurniture(block);
  // Without the teasers, a story must remain; else the teasers are the page (a listing).
  const isStory = (selection: ContentSelection | null): boolean => selection !== null && (selection.contentWeight >= LIST_FALLBACK_BELOW || selection.blocks.filter((block) => isStoryParagraph({ block, text: block.text })).length >= SHORT_STORY_PARAGRAPHS);
  let voted = selectWithVotes(blocks, silenced, isFurniture);
  if (teasers.size > 0 && !isStory(voted)) voted = selectWithVotes(blocks, inFurniture, isFurniture);
  voted ??= selectWithVotes(blocks, () => false, isFurniture);
  const region = selectMainRegion(blocks, isFurniture);
  if (!region || !voted) return region ?? voted;
  if (isStory(voted)) return isPartOfRegion(voted, region) ? region : voted;
  return region.contentWeight >= LIST_FALLBACK_GAIN * voted.contentWeight ? region : voted;
}

/** A story holding less than this share of the main region's text is one part of a larger page … */
const STORY_SHARE_OF_REGION = 1 / 3;
/** … when the rest of the region is not prose paragraphs either (those are other stories: related posts, excerpts). */
const MAX_REST_PROSE_SHARE = 0.5;

/**
 * Whether the voted story is one small part of the main region (the one section of prose on a
 * course page, the intro above a shop's grid), the rest being lists, grids and tables that
 * cannot vote: then the page's content is the region.
 */
function isPartOfRegion(story: ContentSelection, region: ContentSelection): boolean {
  if (!story.roots.every((root) => region.roots[0]!.contains(root)) || story.contentWeight >= region.contentWeight * STORY_SHARE_OF_REGION) return false;
  const inStory = new Set(story.blocks);
  let rest = 0;
  let restProse = 0;
  for (const block of region.blocks) {
    if (inStory.has(block)) continue;
    rest += block.weight;
    if (isStoryParagraph({ block, text: block.text })) restProse += block.weight;
  }
  return restProse < rest * MAX_REST_PROSE_SHARE;
}

/**
 * Pages without prose (listings, shop grids, link lists) still have a main region: the page's
 * `<main>` (or role=main, #main, #content), else its one list or grid (listRegion). When voting
 * finds less than this (textWeight), the main region's text is taken instead, if it holds
 * LIST_FALLBACK_GAIN times more.
 */
const LIST_FALLBACK_BELOW = 500;
const LIST_FALLBACK_GAIN = 3;
/** A main region with less text than this is no better than nothing. */
const MIN_MAIN_REGION_WEIGHT = 200;
/** A short story of this many paragraphs of prose is kept as voted, however short. */
const SHORT_STORY_PARAGRAPHS = 2;

const MAIN_IDS = new Set(['main', 'content', 'main-content', 'maincontent', 'primary', 'site-content']);

function isMainLandmark(element: Element): boolean {
  if (tagName(element) === 'main' || element.getAttribute('role') === 'main') return true;
  const id = element.getAttribute('id');
  return id !== null && MAIN_IDS.has(id.toLowerCase());
}

function selectMainRegion(blocks: readonly Block[], isFurniture: (element: Element) => boolean): ContentSelection | null {
  let pageWeight = 0;
  let main: Element | null = null;
  const landmarksOn = onPath(isMainLandmark);
  for (const block of blocks) {
    pageWeight += block.weight;
    // The outermost landmark on the path (paths run owner first): `<main>` around `#content` keeps both.
    main ??= landmarksOn(block.path).at(-1) ?? null;
  }
  // Navigation, sidebars and footers stay out, as do furniture-named subtrees (menus, share bars).
  const isOutside = (element: Element): boolean => isFurniture(element) || isBoilerplateContainer(element);
  const outsidePage = anyOnPath(isOutside);
  const landmark = main ?? listRegion(blocks.filter((block) => block.kind !== 'image' && !outsidePage(block.path)));
  if (!landmark) return null;
  const outsideLandmark = anyOnPath((element) => element !== landmark && isOutside(element));
  const selected = blocks.filter((block) => block.path.includes(landmark) && !outsideLandmark(block.path));
  const selection = selectionOf([landmark], selected, pageWeight);
  if (selected.length === 0 || selection.contentWeight < MIN_MAIN_REGION_WEIGHT) return null;
  return selection;
}

/**
 * Whether `element` is furniture by its name, or holds its text in children that are
 * (`story-authors` around `author-card`s): then it is no part of the article beside it.
 */
function isFurnitureBox(element: Element, weightOf: (element: Element) => number): boolean {
  if (isBoilerplateContainer(element)) return true;
  const weight = weightOf(element);
  let furniture = 0;
  for (const child of Array.from(element.children)) if (isBoilerplateContainer(child)) furniture += weightOf(child);
  return weight > 0 && furniture >= weight * FURNITURE_BOX_SHARE;
}
/** Share of a box's text in furniture-named children from which the box is furniture. */
const FURNITURE_BOX_SHARE = 0.8;

/** A child holding this share of its parent's text (outside furniture) is where the page's own content lies. */
const DOMINANT_CHILD_SHARE = 0.6;
/** Share of a list region's text that its look-alike items hold (the rest: the list's heading, filters, pager). */
const LIST_ITEMS_SHARE = 0.5;

/**
 * Without a landmark, the main region is found by its text (`blocks`: outside furniture): from
 * the page down, into the child that holds most of its parent's text, until the text splits
 * among children. Null unless these are the look-alike items of one list or grid (or the
 * look-alike sections of a landing page, `<body>` itself then): columns of different lists (a
 * portal's home page) say nothing of where the page's own content is.
 */
function listRegion(blocks: readonly Block[]): Element | null {
  const weights = new Map<Element, number>();
  for (const block of blocks) for (const element of block.path) weights.set(element, (weights.get(element) ?? 0) + block.weight);
  const weightOf = (element: Element): number => weights.get(element) ?? 0;
  const childrenOf = (element: Element): Element[] => Array.from(element.children).filter((child) => weights.has(child));
  let region = blocks[0]?.path[blocks[0].path.length - 1];
  for (let next = region; next; ) {
    region = next;
    next = childrenOf(region).find((child) => weightOf(child) >= weightOf(region!) * DOMINANT_CHILD_SHARE);
  }
  if (!region || tagName(region) === 'html') return null;
  const regionWeight = weightOf(region);
  const listed = lookAlikeRuns(childrenOf(region)).some((items) => items.length >= MIN_CARDS && items.reduce((sum, item) => sum + weightOf(item), 0) >= regionWeight * LIST_ITEMS_SHARE);
  return listed ? region : null;
}

/** The selection of `blocks` from `roots`, with the weight and link density of what was selected. */
function selectionOf(roots: Element[], blocks: Block[], pageWeight: number): ContentSelection {
  let contentWeight = 0;
  let contentLinks = 0;
  for (const block of blocks) {
    contentWeight += block.weight;
    contentLinks += block.linkWeight;
  }
  return { roots, blocks, pageWeight, contentWeight, linkDensity: contentWeight ? contentLinks / contentWeight : 0 };
}

/**
 * What makes regions look alike: the tag and the class names without numbers (`rank-1`, `rank-2`
 * are one kind). Asked of the same regions for every block inside them: worked out once an element.
 */
const regionKind = perElement((element) => `${tagName(element)} ${element.getAttribute('id') ?? ''} ${classNamesWithoutNumbers(element).sort().join(' ')}`);

/**
 * A paragraph that ends as a sentence is prose even when a long link covers half of it (`The
 * suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday.`);
 * link lists are lines of titles without a full stop.
 */
const MAX_SENTENCE_LINK_DENSITY = 0.8;

function isLinkedSentence(block: Block): boolean {
  return block.kind === 'text' && block.linkWeight < block.weight * MAX_SENTENCE_LINK_DENSITY && SENTENCE_END.test(block.text) && block.punctuation >= 2;
}

/** The longest line read as the title of a box. */
const MAX_BOX_TITLE_LENGTH = 40;
/** A table's cell or a list's item is a row's or a list's own part, not a box's title. */
const ITEM_OWNERS = new Set(['td', 'th', 'li', 'dd']);
/** Fewest other lines a box holds for its title to be read apart from them. */
const MIN_BOX_ITEMS = 2;

/**
 * Short lines without punctuation opening a box inside the content (`<div class="product-slider">
 * <p>Passende Produkte</p><ul>…`) whose every other line stays out (links, furniture): the boxes'
 * titles, which go with them. `reasons` holds every block inside the roots; `dropped` tells which stay out.
 */
function orphanBoxTitles(reasons: ReadonlyMap<Block, unknown>, roots: ReadonlySet<Element>, dropped: (reason: never) => boolean): Set<Block> {
  const titles = new Map<Element, Block>();
  for (const [block, reason] of reasons) {
    if (dropped(reason as never) || block.kind === 'image' || block.punctuation > 0 || block.text.length > MAX_BOX_TITLE_LENGTH || ITEM_OWNERS.has(tagName(block.path[0]!))) continue;
    const box = block.path[1];
    if (box && !roots.has(box) && !titles.has(box)) titles.set(box, block);
  }
  const orphans = new Set<Block>();
  if (titles.size === 0) return orphans;
  // Per candidate box: the other lines inside it, and whether any of them stays or comes first.
  const items = new Map<Element, number>();
  const spoiled = new Set<Element>();
  for (const [block, reason] of reasons) {
    if (block.kind === 'image') continue;
    for (const element of block.path) {
      const title = titles.get(element);
      if (!title || title === block) continue;
      if (block.index < title.index || !dropped(reason as never)) spoiled.add(element);
      else items.set(element, (items.get(element) ?? 0) + 1);
    }
  }
  for (const [box, title] of titles) if (!spoiled.has(box) && (items.get(box) ?? 0) >= MIN_BOX_ITEMS) orphans.add(title);
  return orphans;
}

/** A furniture-named region holding at least this share of the page's prose is the article. */
const MISNAMED_REGION_SHARE = 0.5;

function selectWithVotes(blocks: readonly Block[], silenced: (block: Block) => boolean, isFurniture: (element: Element) => boolean): ContentSelection | null {
  const stats = new Map<Element, Stats>();
  const furniture = furnitureLookup(isFurniture);
  let pageWeight = 0;
  for (const block of blocks) {
    pageWeight += block.weight;
    for (const element of block.path) {
      const entry = statsOf(stats, element);
      entry.weight += block.weight;
      entry.linkWeight += block.linkWeight;
    }
    const vote = blockVote(block);
    if (vote === 0) continue;
    if (silenced(block)) continue;
    if (block.punctuation > 0) for (const element of block.path) statsOf(stats, element).proseWeight += block.weight;
    const owner = block.path[0];
    if (!owner) continue;
    const start = PARAGRAPH_OWNERS.has(tagName(owner)) ? 1 : 0;
    VOTE_SHARES.forEach((share, level) => {
      const element = block.path[start + level];
      if (element) statsOf(stats, element).score += vote * share;
    });
  }

  const score = (element: Element): number => finalScore(stats, element, furniture);
  const candidates: Array<{ element: Element; score: number }> = [];
  for (const [element, entry] of stats) {
    if (entry.score > 0) candidates.push({ element, score: score(element) });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!.element;
  let top = best;
  let topScore = candidates[0]!.score;

  // Several close candidates under one ancestor: the article is split (e.g. around an ad); take the ancestor.
  const close = candidates.slice(1, 6).filter((candidate) => candidate.score >= topScore * CLOSE_CANDIDATE_SHARE);
  if (close.length >= 2) {
    const topAncestors = ancestorsOf(top);
    for (const ancestor of topAncestors) {
      const holding = close.filter((candidate) => ancestor.contains(candidate.element)).length;
      if (holding >= 2 && !isPageRoot(ancestor)) {
        top = ancestor;
        topScore = score(ancestor);
        break;
      }
    }
  }

  // A parent scoring higher than its best child holds more of the article.
  let lastScore = topScore;
  for (let parent = top.parentElement; parent && !isPageRoot(parent); parent = parent.parentElement) {
    if (!stats.has(parent)) continue;
    const parentScore = score(parent);
    if (parentScore < lastScore / 3) break;
    if (parentScore > topScore) {
      top = parent;
      topScore = parentScore;
      break;
    }
    lastScore = parentScore;
  }

  // Page builders wrap every paragraph in its own stack of containers, so votes never meet in
  // one ancestor. While the chosen container holds under half of the page's prose, climb to an
  // ancestor that adds prose without adding links (GNE's text density, measured on prose).
  let totalProse = 0;
  for (const entry of stats.values()) totalProse = Math.max(totalProse, entry.proseWeight);
  let gained = top;
  for (let parent = top.parentElement; parent && !isPageRoot(parent); parent = parent.parentElement) {
    const current = stats.get(gained)?.proseWeight ?? 0;
    if (current >= totalProse * CLIMB_UNTIL_PROSE_SHARE) break;
    const entry = stats.get(parent);
    if (!entry || furniture(parent) || linkDensity(entry) > MAX_CLIMB_LINK_DENSITY) break;
    if (entry.proseWeight > current * CLIMB_MIN_GAIN) gained = parent;
  }
  if (gained !== top) {
    top = gained;
    topScore = score(gained);
  }

  // Siblings that score well, or are prose paragraphs themselves, join the content.
  // A wrapper holding no text but the container's (`wp-block-group` > `__inner-container`) is
  // the same container: its siblings are the container's.
  let base = top;
  const weightOf = (element: Element): number => stats.get(element)?.weight ?? 0;
  while (base.parentElement && !isPageRoot(base.parentElement) && weightOf(base.parentElement) <= weightOf(base)) base = base.parentElement;
  const roots: Element[] = [top];
  const parent = base.parentElement;
  const topClass = classAttribute(top);
  if (parent && tagName(parent) !== 'html') {
    const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
    for (const sibling of Array.from(parent.children)) {
      if (sibling === base) continue;
      const entry = stats.get(sibling);
      if (!entry) continue;
      const bonus = topClass && classAttribute(sibling) === topClass ? topScore * 0.2 : 0;
      const siblingScore = score(sibling) + bonus;
      const density = linkDensity(entry);
      const isParagraph = tagName(sibling) === 'p' && entry.weight > 80 && density < 0.25;
      // A sibling joins only if it is mostly prose: lists of teasers score too, but are not prose.
      const prose = entry.proseWeight >= entry.weight * MIN_SIBLING_PROSE_SHARE;
      // Beside a wrapper only paragraphs join: scored blocks there are the wrapper's neighbours.
      // A box of furniture (author cards below the story, `story-authors` > `author-card`) joins
      // as little by its children's names as by its own.
      if (((base === top && siblingScore >= threshold && density < 0.5 && prose) || isParagraph) && !isFurnitureBox(sibling, weightOf)) roots.push(sibling);
    }
  }

  // The article split into chunks (around ads or embeds) repeats its container: same tag, same
  // class, under a near ancestor. Every such chunk that holds prose joins.
  if (topClass) {
    const near = ancestorsOf(top).filter((ancestor) => !isStrayPageRoot(ancestor)).slice(0, CHUNK_ANCESTOR_LEVELS);
    for (const { element } of candidates) {
      if (element === top || roots.includes(element) || classAttribute(element) !== topClass || tagName(element) !== tagName(top)) continue;
      if (element.contains(top) || top.contains(element) || !near.some((ancestor) => ancestor.contains(element))) continue;
      const entry = stats.get(element);
      if (!entry || entry.weight < MIN_CHUNK_WEIGHT) continue;
      if (entry.proseWeight >= entry.weight * MIN_SIBLING_PROSE_SHARE && linkDensity(entry) < 0.5) roots.push(element);
    }
  }

  const rootSet = new Set(roots);
  // Why a block inside the roots stays out: a furniture or boilerplate name on the way up
  // ('name'), a furniture tag or role or a comment thread ('markup'), or its links.
  // The path's part is worked out once a path (blocks under one owner share theirs).
  const pathReasons = new Map<readonly Element[], 'name' | 'markup' | null>();
  const pathReason = (path: readonly Element[], rootIndex: number): 'name' | 'markup' | null => {
    let reason = pathReasons.get(path);
    if (reason === undefined) {
      reason = namedOrMarkup(path, rootIndex);
      pathReasons.set(path, reason);
    }
    return reason;
  };
  const namedOrMarkup = (path: readonly Element[], rootIndex: number): 'name' | 'markup' | null => {
    const rootWeight = stats.get(path[rootIndex]!)?.weight ?? 0;
    let reason: 'name' | 'markup' | null = null;
    for (let i = 0; i < rootIndex && reason !== 'markup'; i += 1) {
      const element = path[i]!;
      const byMarkup = isBoilerplateContainer(element, false) || isNeverArticleRegion(element);
      if (reason && !byMarkup) continue;
      // A named furniture region (sidebar, related list, comments) goes whatever its size,
      // unless the best-scoring container lies inside it.
      let drop = isFurniture(element) && !element.contains(best);
      if (!drop && isBoilerplateContainer(element)) {
        const entry = stats.get(element);
        const share = entry ? entry.weight / Math.max(1, rootWeight) : 0;
        drop = share < KEEP_BOILERPLATE_SHARE || linkDensity(entry) > 0.5;
      }
      if (drop) reason = byMarkup ? 'markup' : 'name';
    }
    return reason;
  };
  // Boxes of figures are looked for on pages in Chinese only (see isFiguresBox).
  const hanPage = blocks.some((block) => hasHan(block.text));
  const dropReason = (block: Block, rootIndex: number): 'name' | 'markup' | 'links' | null => {
    const reason = pathReason(block.path, rootIndex);
    if (reason) return reason;
    // Only a short line without sentence punctuation can sit in a box of figures (on a page in Chinese).
    if (hanPage && block.text.length <= MAX_FIGURES_BOX_LENGTH && !PROSE_PUNCTUATION.test(block.text) && inFiguresBox(block.path, rootIndex)) return 'markup';
    if (block.kind !== 'image' && block.weight > 0 && block.linkWeight / block.weight > MAX_BLOCK_LINK_DENSITY && block.weight < 300 && !isLinkedSentence(block)) return 'links';
    return null;
  };
  const reasons = new Map<Block, ReturnType<typeof dropReason>>();
  let keptProse = 0;
  let namedProse = 0;
  for (const block of blocks) {
    const rootIndex = block.path.findIndex((element) => rootSet.has(element));
    if (rootIndex < 0) continue;
    const reason = dropReason(block, rootIndex);
    reasons.set(block, reason);
    if (blockVote(block) === 0 || block.punctuation === 0) continue;
    if (reason === null) keptProse += block.weight;
    else if (reason === 'name') namedProse += block.weight;
  }
  // Names that would drop more of the content's prose (punctuated lines) than they keep
  // mislead (a ranking whose sections are each `rank-…`): they are not believed.
  const believeNames = namedProse <= keptProse;
  const dropped = (reason: ReturnType<typeof dropReason> | undefined): boolean => reason === 'markup' || reason === 'links' || (reason === 'name' && believeNames);
  const orphans = orphanBoxTitles(reasons, rootSet, dropped);
  let selected = [...reasons].filter(([block, reason]) => !dropped(reason) && !orphans.has(block)).map(([block]) => block);
  // Every block looked like furniture: the names mislead more than they tell; keep the roots whole.
  if (selected.length === 0) selected = blocks.filter((block) => block.path.some((element) => rootSet.has(element)));
  if (selected.length === 0) return null;
  return selectionOf(roots, selected, pageWeight);
}
