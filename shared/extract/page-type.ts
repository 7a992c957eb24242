/**
 * Is this page one article? Evidence for (schema.org article types, og:type article, a
 * publication date, a long body of prose that dominates the page) and against (home, list,
 * search, tag and product addresses; product, collection and forum types; little text or text
 * that is mostly links) is weighed in one table.
 */
import type { Article } from '../article';
import type { Block } from './blocks';
import type { ContentSelection } from './content';
import type { PageMetadata } from './metadata';

export interface PageSignals {
  url: string;
  metadata: PageMetadata;
  selection: ContentSelection;
  article: Article;
  blocks: readonly Block[];
  hasPublishedDate: boolean;
}

/** Schema.org types of single articles. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|Posting)$/;
/** Schema.org types of pages that are not one article. */
const NON_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|CollectionPage|SearchResultsPage|ItemList|ProfilePage|QAPage|DiscussionForumPosting|FAQPage|Store|LocalBusiness|Organization|SoftwareApplication|Course|JobPosting|Event|Recipe|Hotel|Restaurant)$/;
/** Address paths of lists, searches, tags and archives. */
const LIST_PATHS = /\/(?:tags?|category|categories|topics?|section|sections|search|archives?|author|authors|page\/\d+|list|lists|index|forum|forums|board|thread|threads|shop|store|products?|collections?|cart|login|signin|register|docs|documentation|help|support|faq|pricing|services?)(?:\/|\.s?html?|\.php|$)/i;
/** Query parameters that make a page a search or a filtered list. */
const LIST_QUERY = /[?&](?:q|s|query|search|keyword|tag|cat|page)=/i;

/** Weights of the evidence; a page is an article when the sum reaches ARTICLE_THRESHOLD. */
const WEIGHTS = {
  articleType: 2,
  ogArticle: 1,
  publishedDate: 1.5,
  longBody: 1,
  veryLongBody: 1,
  dominantBody: 1,
  nonArticleType: -3,
  homePage: -3,
  listAddress: -1.5,
  shortBody: -2,
  linkyBody: -1.5,
  fragmentedBody: -1,
} as const;
const ARTICLE_THRESHOLD = 1;

/** textWeight of a body that is clearly more than a blurb (a Han character weighs 3). */
const LONG_BODY = 1500;
const VERY_LONG_BODY = 4000;
const SHORT_BODY = 500;

/** Whether the extracted page is a single article. */
export function isArticleLike(signals: PageSignals): boolean {
  const { url, metadata, selection, blocks } = signals;
  let score = 0;
  if (metadata.jsonLdTypes.some((type) => ARTICLE_TYPES.test(type))) score += WEIGHTS.articleType;
  if (metadata.ogType === 'article') score += WEIGHTS.ogArticle;
  if (signals.hasPublishedDate) score += WEIGHTS.publishedDate;
  if (selection.contentWeight >= LONG_BODY) score += WEIGHTS.longBody;
  if (selection.contentWeight >= VERY_LONG_BODY) score += WEIGHTS.veryLongBody;
  if (selection.contentWeight >= selection.pageWeight * 0.4) score += WEIGHTS.dominantBody;
  if (metadata.jsonLdTypes.some((type) => NON_ARTICLE_TYPES.test(type)) && !metadata.jsonLdTypes.some((type) => ARTICLE_TYPES.test(type))) score += WEIGHTS.nonArticleType;
  let path = '/';
  let search = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    search = parsed.search;
  } catch {
    // Unparsable address: no address evidence.
  }
  if (path === '/' || path === '' || /^\/(?:index\.\w+)?$/.test(path)) score += WEIGHTS.homePage;
  if (LIST_PATHS.test(path) || LIST_QUERY.test(search)) score += WEIGHTS.listAddress;
  if (selection.contentWeight < SHORT_BODY) score += WEIGHTS.shortBody;
  if (selection.linkDensity > 0.3) score += WEIGHTS.linkyBody;
  // Many short separate items (a list of teasers) rather than a few long paragraphs.
  const textBlocks = selection.blocks.filter((block) => block.kind !== 'image');
  const average = textBlocks.length ? selection.contentWeight / textBlocks.length : 0;
  if (textBlocks.length > 15 && average < 60) score += WEIGHTS.fragmentedBody;
  return score >= ARTICLE_THRESHOLD;
}
