/**
 * Is this page one article? Evidence for (a publication date, og:type article, schema.org
 * article types, a byline, editor and source labels, a long body that dominates the page, an address that reads like a
 * story: a dated path, a slug of several words, a numeric story id) and against (home,
 * documentation, shop, forum, tag and search addresses; product, collection and forum types;
 * little text) is weighed in one table. The weights were set on the development half of the
 * wcxb corpus (all page types) and checked on the Chinese news set.
 */
import type { Article } from '../article';
import type { ContentSelection } from './content';
import type { PageMetadata } from './metadata';

export interface PageSignals {
  url: string;
  metadata: PageMetadata;
  selection: ContentSelection;
  article: Article;
  hasPublishedDate: boolean;
}

/** Schema.org types of single articles. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|Posting)$/;
/** Schema.org types of pages that are not one article. */
const NON_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|AggregateOffer|CollectionPage|SearchResultsPage|ItemList|ProfilePage|QAPage|DiscussionForumPosting|FAQPage|Store|SoftwareApplication|Course|JobPosting|Event|Hotel|Restaurant)$/;
/** Path segments of documentation, shops, forums, tags and searches. */
const NON_ARTICLE_PATH = /\/(?:docs?|documentation|guides?|help|support|learn|reference|api|manual|kb|knowledge(?:base)?|services?|pricing|solutions|products?|shop|store|cart|collections?|category|categories|tags?|topics?|forums?|threads?|questions|community|t|search|archives?|login|signin|register)(?:\/|\.s?html?|\.php|$)/i;
/** Query parameters of searches and filtered lists. */
const LIST_QUERY = /[?&](?:q|s|query|search|keyword|tag|cat|page)=/i;
/** A date in the path (`/2019/11/19/`, `/2018-06/20/`, `2018-06-20`). */
const DATED_PATH = /\/(?:19|20)\d{2}[/-]\d{1,2}[/-]|(?:19|20)\d{2}-\d{2}-\d{2}/;
/** A story id of five or more digits in the last segment (news CMSs: content_6928512.htm). */
const NUMERIC_ID = /\d{5,}/;

/** Weights of the evidence; a page is an article when the sum reaches ARTICLE_THRESHOLD. */
const WEIGHTS = {
  publishedDate: 1,
  ogArticle: 2,
  articleType: 1.5,
  byline: 0.5,
  newsLabels: 1,
  longBody: 0.5,
  dominantBody: 0.5,
  datedPath: 1,
  numericId: 1,
  slugOfFourWords: 1.5,
  slugOfSixWords: 0.5,
  nonArticleType: -1,
  nonArticlePath: -3,
  listQuery: -1.5,
  homePage: -3,
  shortBody: -2,
  linkyBody: -1.5,
} as const;
const ARTICLE_THRESHOLD = 2;

/** textWeight of a body that is more than a blurb (a Han character weighs 3), and of a blurb. */
const LONG_BODY = 1500;
const SHORT_BODY = 500;

function lastSegment(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return (segments[segments.length - 1] ?? '').replace(/\.\w+$/, '');
}

/** Whether the extracted page is a single article. */
export function isArticleLike(signals: PageSignals): boolean {
  const { url, metadata, selection, article } = signals;
  let score = 0;
  const types = metadata.jsonLdTypes;
  if (signals.hasPublishedDate) score += WEIGHTS.publishedDate;
  if (metadata.ogType === 'article') score += WEIGHTS.ogArticle;
  if (types.some((type) => ARTICLE_TYPES.test(type))) score += WEIGHTS.articleType;
  if (article.authors.length > 0) score += WEIGHTS.byline;
  // 责任编辑 / 来源 lines: how Chinese news pages mark a story.
  if (article.editors.length > 0 || article.source !== undefined) score += WEIGHTS.newsLabels;
  if (selection.contentWeight >= LONG_BODY) score += WEIGHTS.longBody;
  if (selection.contentWeight >= selection.pageWeight * 0.4) score += WEIGHTS.dominantBody;
  if (types.some((type) => NON_ARTICLE_TYPES.test(type))) score += WEIGHTS.nonArticleType;
  if (selection.contentWeight < SHORT_BODY) score += WEIGHTS.shortBody;
  if (selection.linkDensity > 0.3) score += WEIGHTS.linkyBody;

  let path = '/';
  let search = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    search = parsed.search;
  } catch {
    // Unparsable address: no address evidence.
  }
  const slugWords = lastSegment(path).split(/[-_+]+/).filter(Boolean).length;
  if (/^\/(?:index\.\w+)?$/.test(path)) score += WEIGHTS.homePage;
  if (NON_ARTICLE_PATH.test(path)) score += WEIGHTS.nonArticlePath;
  if (LIST_QUERY.test(search)) score += WEIGHTS.listQuery;
  if (DATED_PATH.test(path)) score += WEIGHTS.datedPath;
  if (NUMERIC_ID.test(lastSegment(path))) score += WEIGHTS.numericId;
  if (slugWords >= 4) score += WEIGHTS.slugOfFourWords;
  if (slugWords >= 6) score += WEIGHTS.slugOfSixWords;
  return score >= ARTICLE_THRESHOLD;
}
