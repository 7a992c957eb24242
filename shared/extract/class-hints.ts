/**
 * What class and id names say about a container. Sites name their parts in English words,
 * abbreviations and pinyin (`zhengwen` 正文, `pinglun` 评论, `xiangguan` 相关, `tuijian` 推荐), so
 * the tables carry all three. Matched as fragments of the lower-cased `class id` string.
 */
import { classAttribute, perElement, tagName } from './dom';

/**
 * Layout modifiers name what a container holds beside its content or makes room for
 * (`page-content-has-sidebar`, `with-comments`, `no-sidebar`, `offset-nav`): the container is
 * the page's main column, not the furniture.
 */
const LAYOUT_MODIFIER = /(?:^|[\s_-])(?:has|with|no|without|offset|below|under)[-_]+(?:sidebars?|aside|nav|navbar|header|footer|comments?|related|ads?)(?=$|[\s_-])/g;
/** Utility classes with a variant or an arbitrary value (`md:[grid-area:main]`, `tall:grid-rows-[…]`) style, they do not name. */
const UTILITY_CLASS = /[:[]/;
/** An id of this many words is an anchor made from a heading (`menu-innovation-strategies-…`), not a component name. */
const HEADING_SLUG_WORDS = 4;

/** A CMS item's own classes (`post-7816`, `type-product`): its other classes name its topics, not its part. */
const CMS_ITEM_CLASS = /^(?:post-\d+|type-[\w-]+)$/;
/** Topic classes of a CMS item (`tag-travel`, `category-news`, `product_tag-reusable-cups`). */
const TOPIC_CLASS = /^(?:[a-z]+_)?(?:tags?|cat|category|categories)-/;

/**
 * The element's class and id as hint tables read them: lower case, without utilities, topic
 * classes, heading slugs and layout modifiers. Blank for an element without names, which no
 * table matches (every entry holds a letter).
 */
const classAndId = perElement((element: Element): string => {
  let classes = (classAttribute(element) ?? '').split(/\s+/).filter((token) => token && !UTILITY_CLASS.test(token));
  if (classes.some((token) => CMS_ITEM_CLASS.test(token))) classes = classes.filter((token) => !TOPIC_CLASS.test(token));
  const id = element.getAttribute('id') ?? '';
  const slug = id.split(/[-_]+/).filter(Boolean).length >= HEADING_SLUG_WORDS;
  return `${classes.join(' ')} ${slug ? '' : id}`.toLowerCase().replace(LAYOUT_MODIFIER, ' ');
});

/**
 * A regex source matching `words` (an alternation) as whole parts of a class or id name:
 * bounded by the string's ends, spaces, `_` or `-` (`article-title` holds `title`, `subtitle` does not).
 */
export function wholeWords(words: string): string {
  return String.raw`(?:^|[\s_-])(?:${words})(?:$|[\s_-])`;
}

/** Name parts of readers' comments (matched anywhere in a name: `commentlist`, `pinglun_box`). */
const COMMENT_PARTS = 'comment|pinglun';
/** Names (whole words) of replies, discussions and cookie or consent banners: furniture regions, and never the article. */
const DISCUSSION_AND_CONSENT_WORDS = 'reply|replies|discuss|discussion|cookies?|consent|gdpr';
/** Name parts of related and recommended lists, in English and pinyin. */
const RELATED_PARTS = 'related|recommend|xiangguan|tuijian';

/**
 * Name parts of furniture that both lower a container's score (NEGATIVE) and drop a subtree
 * from inside the chosen content (BOILERPLATE): share bars, tags, ads, paging, author boxes.
 */
const FURNITURE_WORDS = 'share|social|sns|tags?|ads?|promo|subscribe|crumbs?|toolbar|pagination|pager|author-bio|bio|copyright|nav|menu|print|rank|guess';

/**
 * The box about the writer below a post (`about-author`, `author_detail_box`, `authorBio`). A
 * bare `author` is not enough: forums name each post's header so, and the header is content.
 */
const AUTHOR_BOX = String.raw`about[-_]?(?:the[-_]?)?author|author[-_]?(?:bio|box|info|detail|desc|about|profile|card)`;

/** Names of containers that hold the article text. */
const POSITIVE = new RegExp(`article|artibody|${wholeWords('body|content|contents|cont|main|entry|hentry|h-entry|post|text|txt|story|detail|details|prose|markdown|blog')}|` + String.raw`post[-_]?(?:body|content|text)|entry[-_]?content|story[-_]?body|rich[-_]?text|trs_editor|endtext|zhengwen|wenzhang|neirong|news[-_]?(?:text|txt|content|body|detail)|main[-_]?text|con[-_]?text|article[-_]?(?:body|content|text)`);

/**
 * A name that ends on a word for pictures (`slider-article-images`, `post-thumbnail`,
 * `news-detail-slider`) names the article's pictures, whatever it starts with: their box holds
 * captions, not the text. (`usa-media-block__body`, `media-box__article` end on text words.)
 */
const PICTURES_NAME = /(?:images?|img|photos?|pictures?|gallery|slider|carousel|thumbs?|thumbnails?|videos?)$/;

/** Whether one of the names (class names and id, lower case, space-separated) names a box of pictures. */
export function namesPictures(names: string): boolean {
  return names.split(/\s+/).some((name) => PICTURES_NAME.test(name));
}

/** Whether one of the names (class names and id, space-separated) is article-like without naming pictures. */
function hasArticleName(names: string): boolean {
  if (!POSITIVE.test(names)) return false;
  return names.split(' ').some((name) => POSITIVE.test(name) && !PICTURES_NAME.test(name));
}

/** Names of page furniture; a container named so loses weight. */
const NEGATIVE = new RegExp(
  `${COMMENT_PARTS}|discuss|reply|respond|footer|sidebar|aside|${RELATED_PARTS}|breadcrumb|fenxiang|advert|sponsor|-ad-|_ad_|ad-container|ad-slot|newsletter|shoutbox|skyscraper|` +
    wholeWords(
      `${FURNITURE_WORDS}|foot|side|navi|navbar|menus|header|masthead|topbar|banner|adsbygoogle|tagcloud|popular|trending|hot|ranking|top10|more|login|signin|search|paging|cookie|modal|popup|outbrain|taboola|disqus|location|position|weizhi|remen|paihang`,
    ) +
    // `hid` (hidden) only as a class of its own, not as a part (`hid-links`).
    String.raw`|(?:^|\s)hid(?:\s|$)`,
);

/**
 * Names that mark a subtree as furniture strongly enough to drop it from inside the chosen
 * content (share bars, related lists, comment boxes embedded in the article container).
 */
const BOILERPLATE = new RegExp(
  `${COMMENT_PARTS}|${RELATED_PARTS}|boilerplate|partner-?box|share-|sharebar|social-|fenxiang|outbrain|taboola|disqus|advert|sponsor|breadcrumb|${AUTHOR_BOX}|` +
    wholeWords(`${FURNITURE_WORDS}|sharing|newsletter|byline|dateline|meta|footer|disclaimer|zan|digg|reward|slideshow|jwplayer|(?:video|audio)[-_]{0,2}(?:player|title|duration|module|box|description|block)|podcast-?box|subscri(?:be|ption)-?(?:prompt|box|banner|promo)|stock-?quote|ticker-?(?:box|quote)|footnotes|endnotes|donate|donation|paywall-?(?:header|offer|box|prompt|teaser|cta|banner|epaper|overlay)|commerce-?(?:module|box|widget|unit)|commodity(?:-?card)?|project-?card|paid-?(?:column|series)(?:-?card)?|deals?|signup|calc|calculator|contributors?|weather-widget|wetter|cta|ctas`),
);

/** Tags that are page furniture by definition when they sit inside the content. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'form']);

/** ARIA roles of furniture. */
const BOILERPLATE_ROLES = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|search|dialog|alert|toolbar)$/;

/** Score added to a candidate container for its class/id: +25 for article-like names, −25 for furniture. */
export function classWeight(element: Element): number {
  const names = classAndId(element);
  let weight = 0;
  if (hasArticleName(names)) weight += 25;
  if (NEGATIVE.test(names)) weight -= 25;
  return weight;
}

/**
 * Whether `element`, found inside the chosen content, is furniture to drop with its subtree: by
 * its tag or role, and (unless `byName` is false) by its class and id.
 */
export function isBoilerplateContainer(element: Element, byName = true): boolean {
  const tag = tagName(element);
  if (BOILERPLATE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && BOILERPLATE_ROLES.test(role)) return true;
  if (!byName) return false;
  return BOILERPLATE.test(classAndId(element));
}

/**
 * Containers whose whole subtree is furniture: comment threads, related and recommended
 * lists, sidebars, footers, navigation, cookie banners and modal dialogs. A candidate inside one is almost never the article
 * (a comment box's `c-content` is content only of the comment).
 */
const FURNITURE_REGION = new RegExp(
  `${COMMENT_PARTS}|${RELATED_PARTS}|sidebar|footer|` +
    wholeWords(`${DISCUSSION_AND_CONSENT_WORDS}|modal|popup|aside|nav|navbar|menu|sns|advert|ads|sponsor|popular|rank|ranking|feedbox|guess|remen|paihang`),
);
const FURNITURE_REGION_TAGS = new Set(['aside', 'footer', 'nav']);

/** A modal dialog: shown over the page on demand (terms of service, sign-up forms), never its content. */
function isModal(element: Element): boolean {
  return element.getAttribute('aria-modal') === 'true' || /^(?:alert)?dialog$/.test(element.getAttribute('role') ?? '');
}

/** Whether `element` is named as readers' comments or a list of them (`comment-2300`, `commentlist`, `pinglun`). */
export function isCommentRegion(element: Element): boolean {
  return COMMENT_REGION.test(classAndId(element));
}
const COMMENT_REGION = new RegExp(COMMENT_PARTS);

/** Whether `element` itself marks a furniture region (see FURNITURE_REGION). */
export function isFurnitureRegion(element: Element): boolean {
  const tag = tagName(element);
  if (tag === 'body' || tag === 'html') return false;
  if (FURNITURE_REGION_TAGS.has(tag) || isModal(element)) return true;
  return FURNITURE_REGION.test(classAndId(element));
}

/**
 * Regions that are never the article, however much they say: readers' comments, cookie or
 * consent banners, and the page's `<nav>` and `<footer>` (a mega-menu of teasers, a footer of
 * disclaimers can outweigh a short story).
 */
const NEVER_ARTICLE_REGION = new RegExp(`${COMMENT_PARTS}|${wholeWords(`${DISCUSSION_AND_CONSENT_WORDS}|disqus`)}`);
const NEVER_ARTICLE_TAGS = new Set(['nav', 'footer']);

/** Whether `element` holds readers' comments, a cookie banner, navigation or the footer (never the article, whatever its size). */
export function isNeverArticleRegion(element: Element): boolean {
  return isModal(element) || NEVER_ARTICLE_TAGS.has(tagName(element)) || NEVER_ARTICLE_REGION.test(classAndId(element));
}

/**
 * Class tokens of the element that holds a picture's caption or credit outside `<figcaption>`
 * (`caption-full`, `wp-caption-text`, `media-credit`, a bare `photo` wrapper, a picture's
 * description: `pic-desc`, `img-text`; run together: `photocaption`, `photocredit`). (An `imgnote` stays: the portals' truths keep 新华社's picture
 * note that closes a story.)
 */
const CAPTION_TOKEN = /(?:^|[_-])(?:caption|captions|credit|credits)(?:$|[_-])|^photo$|^(?:pic|img|image|photo)[_-]?(?:desc|txt|text|explain|intro)$|^(?:pic|img|image|photo)(?:caption|credit)s?$/;
/** Taxonomy classes that CMSs put on a post's container (`tag-tax-credits`, `category-photo-captions`) name its topic, not its part. */
const TAXONOMY_TOKEN = /^(?:tag|tags|category|categories|topic|post|entry|section)-/;

/** The same words as the last part of a camel-case name (`InlineImage-imageEmbedCaption`, `photoCredit`). */
const CAMEL_CAPTION_TOKEN = /[a-z](?:Caption|Credit)s?(?:$|[A-Z_-])|^(?:pic|img|image|photo)(?:Desc|Txt|Text|Explain|Intro)$/;
/** What a class attribute holds if any of its tokens is a caption's: only then are they split and compared. */
const MAY_BE_CAPTION = /caption|credit|photo|pic|img|image/i;

/** Whether `element` holds a caption or a photo credit by its class names. */
export function isCaptionContainer(element: Element): boolean {
  const className = classAttribute(element);
  if (!className || !MAY_BE_CAPTION.test(className)) return false;
  return className.split(/\s+/).some((token) => (CAPTION_TOKEN.test(token.toLowerCase()) || CAMEL_CAPTION_TOKEN.test(token)) && !TAXONOMY_TOKEN.test(token.toLowerCase()));
}
