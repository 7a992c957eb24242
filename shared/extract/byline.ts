/**
 * Who wrote the page: the names a reader would read as its byline, chosen from the labelled
 * lines near the headline (labels.ts), the declared metadata (metadata.ts, json-ld.ts) and the
 * byline elements of the page. What looks like a button, a role or an organisation is not a
 * person's name and only counts when nothing better names the writer.
 */

import { findDateInText, isWeekdayName } from './dates';
import { ELEMENT_NODE, TEXT_NODE, classAttribute, collapsedText, tagName } from './dom';
import { allElements, elementsNamed, filterElements, hasToken } from './element-list';
import { pushUnique } from './lifted-fields';

/** Links to a writer's page (`/author/jane-doe`, `/authors/…`, `?author=12`; `/autores/…`, `/autor/…` in Spanish, Portuguese, German). */
const AUTHOR_PAGE_LINK = /\/authors?\/|\/(?:autor|autores|autoren)\/[^/?#]+|\?author=/;
/** Class names of byline boxes (`byline`, `article-author`, `postAuthor`). */
const BYLINE_CLASS = /byline|author|Author/;
/**
 * Class names of author elements that name no writer of the post: the writer's description or
 * biography (an author box holds the name beside it) or location, and a reader's comment's or a webmention's author.
 */
const NOT_THE_WRITER_CLASS = /description|biography|comment|webmention|location/i;
/**
 * Class names of a site's colophon: the copyright line and the theme or platform credit
 * (`Theme: ColorMag by <a rel="author">ThemeGrill</a>`), whose names made the site, not the post.
 */
const COLOPHON_CLASS = /copyright|powered|site-info|site-credit|footer-credit/i;
/** How many levels above a byline element a colophon class counts. */
const COLOPHON_LEVELS = 3;

/**
 * Elements that mark the writer's name in the page itself: `[rel~=author]`, `[itemprop~=author]`,
 * links to a writer's page, byline classes, `.writer`. (Each search over the element list, as
 * this one, is given the element's tag name, lower case: element-list.ts filterElements.)
 */
export function isBylineElement(element: Element, tag: string): boolean {
  // Every sign is an attribute.
  if (!element.hasAttributes()) return false;
  return hasToken(element, 'rel', 'author', true) || hasToken(element, 'itemprop', 'author')
    || (tag === 'a' && AUTHOR_PAGE_LINK.test(element.getAttribute('href') ?? ''))
    || BYLINE_CLASS.test(classAttribute(element) ?? '') || hasToken(element, 'class', 'writer');
}

/** Whether a byline element sits in the site's colophon (COLOPHON_CLASS, on it or near above it). */
function inColophon(element: Element): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level <= COLOPHON_LEVELS; level += 1, node = node.parentElement) {
    if (COLOPHON_CLASS.test(classAttribute(node) ?? '')) return true;
  }
  return false;
}

/**
 * Posts that carry their writer as an attribute (forum software writes `<article class="message"
 * data-author="piizog">` on every post of a thread): the first is the opening post, whose writer
 * is the thread's author; the replies' writers are not.
 */
const POST_AUTHOR_ATTRIBUTE = 'data-author';
/** Inside a byline box, the element holding just the name (a bio or a date sits beside it). */
const NAME_INSIDE = '[itemprop="name"], [rel~="author"], a[href*="/author"], [class*="name"], [class*="Name"]';
/** What a name looks like in a byline: a few capitalised words (initials, particles allowed). */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la|bin|al)(?:\s+(?:\p{Lu}[\p{L}'’.()-]*|de|van|von|der|da|di|le|la|bin|al)){0,4}(?:,\s*[\p{Lu}][\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*){0,3}$/u;
/** Tags that start a new line of text: a byline box's name, role and date sit in separate ones. */
const LINE_TAGS = /^(?:div|p|li|br|h\d|time|section|td)$/;
/** What follows a name on the same line: a date, a place in the site, a separator. */
const AFTER_NAME = /\s+(?:on|in|published|updated|posted|last)\b.*$|\s*[|•·—–]\s*.*$|\s*\d.*$/iu;
/** A line crediting the writer in words; group 1 is set when the credit is more than a bare `By`. */
const WRITTEN_BY = /^(?:([Ww]ritten|[Pp]osted|[Aa]rticle|[Aa]uthored|[Tt]ext|[Ww]ords|[Ss]tory)\s+)?(?:[Bb]y|BY)(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))(?=\p{Lu})/u;
/** A line that announces the writer, whose name follows its colon or is the next line (`Written by`, `Author(s)`, `Contributors: Jane Doe`). */
const CREDIT_HEADING = /^(?:(?:written|article|posted) by|authors?|author\(s\)|contributors?|about the author)\s*(?::\s*(.*))?$/i;
/** Words joining two writers' names in one credit. */
const NAME_JOINER = /\s+(?:and|&)\s+/;
/** A byline element's text longer than this is a biography, not a name. */
const MAX_BYLINE_TEXT = 80;
const MAX_BYLINES = 3;
/** How many lines of a byline box are read for the name (prefix, name, role…). */
const MAX_BYLINE_LINES = 3;

/** Buttons and badges beside a name (`Following`, `More`; 关注 = follow, 原创 = original), never a writer's name. */
const BUTTON_WORDS = /^(?:following|more|mehr|(?:已|加)?关注|關注|订阅|訂閱|更多|原创|原創|分享|收藏)$/iu;

/**
 * Words of buttons, badges, roles, labels and navigation printed in byline boxes (`Von` and
 * `Autor` are German byline words, `Redaktion` a newsroom; `undefined` a script's empty value;
 * `作者` and `楼主` the badges on a writer's own reply), never a writer's name.
 */
const NOT_A_PERSON = /^(?:(?:staff |contributing |guest |senior )?(?:author|writer|contributor|editor|columnist|reporter|correspondent)s?|by|staff|admin|super user|anonymous|print|share|save as pdf|e-?mail|follow|subscribe|(?:learn|read) more|about the author|(?:article|written|posted|recipe) by|rezept von|asked|autor|auteur|autore|texto|von|vor|par|por|di|door|przez|redaktion|rédaction|redacción|date|datum|posted|published|updated|comments?|home|about|privacy|website|unknown|undefined|null|作者|记者|記者|编辑|編輯|小编|小編|楼主|樓主|博主|目录|目錄|無料記事|有料記事|会員限定記事)$/iu;
/**
 * A job title (`Associate Editor, PCWorld`, `Senior Writer at Wired`, `Digital Security Expert`):
 * beside a name, the writer's role; alone, the credit the page gives (`By Luxury Travel Expert`).
 */
const JOB_TITLE = /^(?:[\p{L}-]+\s+){0,3}(?:editor|writer|reporter|correspondent|columnist|producer|contributor|expert|specialist|analyst|strategist|consultant)s?(?:\s+(?:at|for)\s.*|\s*,.*|\s+last\b.*)?$/iu;
/** Text that cannot be a name: no letter at all, a date, an address or a host name (`AUTO.SOHU.COM`), a placeholder. */
const NOT_A_NAME = /^[^\p{L}]*$|@|https?:|www\.|\.[\w-]+\.(?:com|net|org|cn)$|\bemail\b|^name\b|^\d|^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d.*)?$/iu;
/**
 * Shapes a writer's name takes: capitalised words (NAME_LIKE), Han characters (a foreign name's
 * parts joined by a dot: `马丁•赫斯特`, `索菲·马丁`), or one handle token.
 */
const HANDLE_OR_HAN = /^(?:[\p{sc=Han}·•・]{2,12}|[\p{L}\d._-]{2,30})$/u;
/** A login name rather than a person's name: one token with dots, underscores or digits, or all in small letters (`akirchho`). */
const USERNAME = /^(?=[^\s]*[._\d])[\w.-]+$|^[a-z][a-z\d]{3,}$/u;
/** Leading words of a byline that are no part of the name (`By`, `Written by:`, `Article by`; `By the Lavazza Team`). */
// (`Texto Agência Lusa`: a Portuguese or Spanish byline box's label word before the name.)
const BYLINE_PREFIX = /^(?:(?:(?:[Ww]ritten|[Pp]osted|[Aa]rticle|[Tt]ext)\s+)?(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)|[Tt]exto|TEXTO)(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))(?=\p{Lu}|\p{sc=Han}|the\s)/u;
/**
 * An office credited as a labelled writer (`发布者：党委宣传部` on school, hospital and government
 * sites is the office that posted the story): it gives way to a person credited beside it (`文/图：赵敏`).
 */
const POSTING_OFFICE = /^\p{sc=Han}{2,}(?:部|处|處|科|室|中心|办公室|辦公室|委员会|委員會|学院|學院|医院|醫院)$/u;

/** Longest name kept (longer text is a biography or a sentence). */
const MAX_NAME_LENGTH = 60;

/** `By Jane Doe`, `Written by:Jane Doe`, `ByJane Doe`, `Texto Ana Lopes` → `Jane Doe`, `Ana Lopes`; trims separators. */
export function stripBylinePrefix(value: string): string {
  return value.replace(BYLINE_PREFIX, '').replace(/^[\s,:;|•·-]+|[\s,;|•·-]+$/gu, '').trim();
}

/** Whether `value` may be a writer's name (a person or a handle), not a button, a role or a date. */
export function isPlausibleName(value: string): boolean {
  const name = value.trim();
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && !NOT_A_PERSON.test(name) && !BUTTON_WORDS.test(name) && !NOT_A_NAME.test(name) && !isWeekdayName(name);
}

/**
 * A site's team credited as the writer (`By the Lavazza Team`, `By The Currency editors`): a
 * short capitalised name closed by a word for a group of writers. Byline boxes print it where a
 * person's name goes; a link to the team page (`Meet Our Team`) is no credit.
 */
const TEAM_CREDIT = /^(?:[Tt]he\s+)?(?!(?:Meet|Our|About|Join|Contact|The)\b)\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?!(?:Our|The)\b)\p{Lu}[\p{L}\d&.'’-]*){0,3}\s+(?:[Tt]eam|[Ee]ditors|[Ee]ditorial [Tt]eam|[Nn]ewsroom)$/u;

/**
 * News agencies, by name and by initials: credited alone where a writer's name goes (`Written by
 * PTI`, `By AFP`), they are where the story came from, not who wrote it.
 */
const NEWS_AGENCIES = new Set(
  [
    'pti', 'press trust of india', 'ani', 'ians', 'uni', 'afp', 'agence france-presse', 'ap', 'associated press', 'the associated press',
    'reuters', 'thomson reuters', 'dpa', 'deutsche presse-agentur', 'apa', 'sda', 'keystone-sda', 'ansa', 'efe', 'europa press', 'pap', 'anp',
    'belga', 'kyodo', 'kyodo news', 'jiji', 'jiji press', 'yonhap', 'xinhua', 'bernama', 'aap', 'australian associated press', 'cp',
    'the canadian press', 'canadian press', 'pa', 'pa media', 'press association', 'anadolu', 'anadolu agency', 'tass', 'interfax', 'app',
    'bss', 'unb', 'kuna', 'wam', 'irna', 'antara', 'pna', 'philippine news agency', 'lusa', 'agência brasil', 'ritzau', 'ntb', 'ctk', 'čtk', 'mti',
    'tt', 'tt nyhetsbyrån', 'stt', 'sta', 'elta', 'bns', 'leta', 'tasr', 'agerpres', 'bta', 'ana-mpa',
    'hina', 'tanjug', 'notimex', 'télam', 'nan', 'news agency of nigeria', 'kna', 'sapa', 'aps', 'map', 'nzpa', 'ips', 'upi',
    'ria novosti', 'риа новости', 'тасс', 'интерфакс', 'прайм', 'белта', 'укринформ', 'униан', 'уніан',
    '新华社', '新華社', '中新社', '中央社', '马新社', '馬新社', '法新社', '路透社', '美联社', '美聯社', '共同社', '韩联社', '韓聯社', '德新社', '塔斯社',
  ],
);

/** A bracketed name opening a story's first paragraph (`(ANSA) - VALMARENA`, `PARIS (AFP) -`, `New Delhi, May 6 (PTI)`). */
const OPENING_BRACKET = /^[^()]{0,60}?\(([^()]{2,40})\)/u;
/** A bracketed name closing a story (`… nella nuova sede. (ANSA).`, `…。（马新社）`). */
const CLOSING_BRACKET = /\s*[(（]([^()（）]{2,40})[)）][.。]?$/u;

/** A dateline naming its agency after a dash (`ЕКАТЕРИНБУРГ, 21 окт — РИА Новости.`, `MOSCOW, Oct 21 - Interfax.`). */
const DASH_DATELINE = /^\p{Lu}[\p{Lu}\s.-]{1,40},\s*(?:\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2})\.?\s*[—–-]\s*([^.,—–]{2,30})\.\s/u;

/** The news agency a story's dateline names (`BERLIN (dpa) -`, `МОСКВА, 21 окт — РИА Новости.`), if it names one. */
export function agencyInDateline(text: string): string | undefined {
  const name = (OPENING_BRACKET.exec(text) ?? DASH_DATELINE.exec(text))?.[1]?.trim();
  return name && isNewsAgency(name) ? name : undefined;
}

/**
 * `text` without a news agency's sign-off closing it (`… (ANSA).`, `(APA, 30.3.2021)` with the
 * day it ran), and the agency; a line of nothing but the sign-off (`（马新社）`) leaves empty.
 */
export function withoutAgencySignOff(text: string): { text: string; agency?: string } {
  const match = CLOSING_BRACKET.exec(text);
  const inside = match?.[1]?.trim() ?? '';
  const comma = inside.search(/[,，]/);
  const name = comma > 0 && findDateInText(inside.slice(comma + 1).trim())?.index === 0 ? inside.slice(0, comma).trim() : inside;
  if (!match || !name || !isNewsAgency(name)) return { text };
  return { text: text.slice(0, match.index), agency: name };
}

/** Whether `name` is a news agency's (`AFP`, `新华社`). */
export function isNewsAgency(name: string): boolean {
  const key = name.trim().toLowerCase();
  return NEWS_AGENCIES.has(key) || NEWS_AGENCIES.has(key.replace(AGENCY_WORD, ''));
}

/** The word for agency before an agency's name (`Agência Lusa`, `Agencia EFE`, `Agenzia ANSA`, `Agencja PAP`). */
const AGENCY_WORD = /^(?:ag[eê]ncia|agenzia|agence|agencja|agentur)\s+/u;

/** The people among `names`, and the first news agency credited beside or instead of them. */
export function withoutAgencies(names: readonly string[]): { people: string[]; agency?: string } {
  const people = names.filter((name) => agencyCredited(name) === undefined);
  const agency = names.map(agencyCredited).find((name) => name !== undefined);
  return agency === undefined ? { people } : { people, agency };
}

/** The paper's short name and the agency whose copy it carries (`DN/Lusa`). */
const PAPER_SLASH_AGENCY = /^[\p{Lu}\d]{1,8}\s*\/\s*(\p{L}[\p{L} .-]{1,30})$/u;

/** The news agency a credit names: the agency itself, or the agency after a paper's short name (`DN/Lusa`). */
function agencyCredited(name: string): string | undefined {
  if (isNewsAgency(name)) return name;
  const carried = PAPER_SLASH_AGENCY.exec(name.trim())?.[1];
  return carried !== undefined && isNewsAgency(carried) ? carried : undefined;
}

/** Text read off the page as a name also has a name's shape; declared names are taken as written. */
export function looksLikeName(value: string): boolean {
  return isPlausibleName(value) && (NAME_LIKE.test(value) || HANDLE_OR_HAN.test(value));
}

/** What a byline element may name: a person, a handle, or the site's team (TEAM_CREDIT). */
function looksLikeCredit(value: string): boolean {
  return looksLikeName(value) || (isPlausibleName(value) && TEAM_CREDIT.test(value));
}

export interface AuthorEvidence {
  /** Names lifted from label lines and credits near the headline, in page order. */
  labelled: readonly string[];
  /** Names in a closing bracket (`…。（张巨峰）`): the reporter when no label names one. */
  closingNames: readonly string[];
  /** Names the metadata declares (JSON-LD, meta), persons and organisations alike. */
  declared: readonly string[];
  /** Declared names known to be organisations (JSON-LD `Organization`, the site's own name). */
  organisations: readonly string[];
  /** Chinese pages credit their writers in the text; their metadata author is often the site. */
  chinese: boolean;
  /** Writers named by the Twitter card labels (`Written by`): the posting account, read after the bylines. */
  cardAuthors?: readonly string[];
  /** Names in the page's byline elements; a document scan, so asked for only when needed. */
  bylines: () => string[];
  /** The post's author a page script declares for analytics; asked for only when nothing else names one. */
  scriptAuthor?: () => string | undefined;
  /** The person a personal site is named after (siteOwner); a document scan, so asked for only when needed. */
  owner?: () => string | undefined;
  /** The owner a blog platform's `<title>` names (`…_周南山_新浪博客`, `… - 江南老柯的博客 - 和讯博客`), read on demand. */
  blogOwner?: () => string | undefined;
}

/** Several Chinese names in one declared value (`本田幸子, 黎雅各`, `张三、李四`); Latin ones stay whole (`Doe, Jane`). */
const HAN_NAME_LIST = /^[\p{sc=Han}·]{2,8}(?:\s*[,，、]\s*[\p{sc=Han}·]{2,8})+$/u;

function splitHanNameList(value: string): string[] {
  return HAN_NAME_LIST.test(value) ? value.split(/\s*[,，、]\s*/u) : [value];
}

/** The trimmed values, each once, in order. */
function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  pushUnique(out, values);
  return out;
}

/** Where the chosen names were read: label lines in the text, declared metadata, or byline elements. */
export type AuthorSource = 'labels' | 'metadata' | 'bylines' | 'none';

/**
 * The page's authors, best evidence first, and where they were read. Policy: Chinese pages trust their label lines, other
 * pages their declared persons; a declared organisation or account handle yields to a person
 * named on the page; the byline elements are read only when neither names anyone. A job title
 * credited beside a name (JOB_TITLE) is the writer's role and goes.
 */
export function chooseAuthors(evidence: AuthorEvidence): { authors: string[]; source: AuthorSource } {
  const credits = chooseCredits(evidence);
  // (An outlet's name beside its desk's, `N-Land Redaktion` and `N-Land`, is one credit.)
  const chosen = { ...credits, authors: credits.authors.filter((name) => !credits.authors.some((other) => other.startsWith(`${name} `) && isDesk(other))) };
  const named = chosen.authors.filter((name) => !JOB_TITLE.test(name));
  return named.length > 0 && named.length < chosen.authors.length ? { ...chosen, authors: named } : chosen;
}

/**
 * A desk or a service credited as the author (`Express News Service`, `Web Desk`, `BR24 Redaktion`):
 * an organisation by its words. (`… Staff` stays a credit: wcxb truths keep `Resy Staff` as the author.)
 */
const DESK_NAME = /\b(?:news service|(?:news|web|online|digital|city|metro|sports) ?desk|bureau|agencies|newsroom|redaktion|rédaction|redacción|redazione|redactie|redakcja)$/i;
/** A paper's desk credited by the paper's name (`Tribune Desk`). */
const PAPER_DESK = /^\p{Lu}[\p{L}]* Desk$/u;

/** Whether `name` credits a desk or a service rather than a person (DESK_NAME, PAPER_DESK). */
function isDesk(name: string): boolean {
  return DESK_NAME.test(name) || PAPER_DESK.test(name);
}

/** Words of an office's or an institution's name, never a writer's (`Office of Marketing and Communications`). */
const OFFICE_WORDS = /\b(?:office|department|division|ministry|museums?|galler(?:y|ies)|librar(?:y|ies)|university|college|institute|foundation|society|association|council|communications|marketing)\b/i;

/** The credits chooseAuthors picks from, job titles beside names included. */
function chooseCredits(evidence: AuthorEvidence): { authors: string[]; source: AuthorSource } {
  const organisations = new Set(evidence.organisations.map((name) => name.toLowerCase()));
  const labelledNames = unique(evidence.labelled.map(stripBylinePrefix)).filter(looksLikeName);
  const labelledPeople = labelledNames.filter((name) => !POSTING_OFFICE.test(name));
  const labelled = labelledPeople.length > 0 ? labelledPeople : labelledNames;
  const visible = labelled.length > 0 ? labelled : unique(evidence.closingNames).filter(looksLikeName);
  const declared = unique(evidence.declared.map(stripBylinePrefix).flatMap(splitHanNameList)).filter(isPlausibleName);
  const isPerson = (name: string): boolean => !organisations.has(name.toLowerCase()) && !isDesk(name);
  // (A role declared for the writer, `Standard Reporter`, `Staff Writer`, names nobody.)
  const persons = declared.filter((name) => isPerson(name) && !USERNAME.test(name) && !JOB_TITLE.test(name));
  // The site's own name shown as the account beside the time (`第一财经 2020-12-08 21:13:47`) gives
  // way to a writer a label names (`作者：陈晓蕾`).
  const visiblePeople = visible.filter(isPerson);
  if (evidence.chinese && visible.length > 0) return { authors: visiblePeople.length > 0 ? visiblePeople : visible, source: 'labels' };
  // A declared "person" that an office's words name (`Office of Marketing and Communications`,
  // `Harrowgate Museums & Galleries`) yields to a person a byline credits.
  if (persons.length > 0 && persons.every((name) => OFFICE_WORDS.test(name))) {
    const bylinePeople = unique(evidence.bylines().map(stripBylinePrefix)).filter((name) => looksLikeCredit(name) && isPerson(name) && !OFFICE_WORDS.test(name));
    if (bylinePeople.length > 0) return { authors: bylinePeople, source: 'bylines' };
  }
  if (persons.length > 0) return { authors: persons, source: 'metadata' };
  if (visible.some(isPerson)) return { authors: visible, source: 'labels' };
  // The site's own name credited near the headline or in a byline box (`By Corti`) yields to a
  // person a byline box names (`Joakim Edin`).
  const bylines = unique(evidence.bylines().map(stripBylinePrefix)).filter(looksLikeCredit);
  const bylinePeople = bylines.filter(isPerson);
  if (bylinePeople.length > 0) return { authors: bylinePeople, source: 'bylines' };
  if (visible.length > 0) return { authors: visible, source: 'labels' };
  if (bylines.length > 0) return { authors: bylines, source: 'bylines' };
  // A post on a blog platform is its owner's, whom the title names where the page declares only a login.
  const blogger = persons.length === 0 ? evidence.blogOwner?.() : undefined;
  if (blogger) return { authors: [blogger], source: 'metadata' };
  const carded = unique(evidence.cardAuthors ?? []).filter(isPlausibleName);
  if (carded.length > 0 && declared.length === 0) return { authors: carded, source: 'metadata' };
  const scripted = declared.length === 0 ? evidence.scriptAuthor?.() : undefined;
  if (scripted && isPlausibleName(scripted) && !USERNAME.test(scripted)) return { authors: [scripted], source: 'metadata' };
  // A personal site credits no writer on its posts: the person it is named after wrote them.
  const owner = declared.length === 0 && !evidence.chinese ? evidence.owner?.() : undefined;
  if (owner) return { authors: [owner], source: 'metadata' };
  // Only an organisation or a handle names the writer: that is still the credit the page gives,
  // except on Chinese portals, whose declared "author" is the portal itself.
  const credited = declared.filter((name) => !(evidence.chinese && organisations.has(name.toLowerCase())));
  return { authors: credited, source: credited.length > 0 ? 'metadata' : 'none' };
}

/** The text of `element` cut into the lines a reader sees (block boundaries break lines). */
function linesOf(element: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, depth: number): void => {
    if (depth > 12 || lines.length > MAX_BYLINE_LINES) return;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = tagName(child as Element);
        if (tag === 'script' || tag === 'style' || tag === 'svg' || NOT_THE_WRITER_CLASS.test(classAttribute(child as Element) ?? '')) continue;
        const breaks = LINE_TAGS.test(tag);
        if (breaks) flush();
        walk(child, depth + 1);
        if (breaks) flush();
      }
    }
  };
  walk(element, 0);
  flush();
  return lines;
}

/** Separators between the parts of one byline line (`Dec. 19, 2025 · Niko Matsakis`). */
const BYLINE_PART_SEPARATOR = /\s+[|•·—–]\s+/u;

/**
 * The name in one byline element: the first line, or part of a line that a separator divides
 * (a date before the name), that reads as a name once prefixes and dates go.
 */
function nameIn(element: Element): string | null {
  const holder = element.matches(NAME_INSIDE) ? element : element.querySelector(NAME_INSIDE) ?? element;
  for (const line of linesOf(holder).slice(0, MAX_BYLINE_LINES)) {
    if (line.length > MAX_BYLINE_TEXT) continue;
    for (const part of line.split(BYLINE_PART_SEPARATOR)) {
      const name = stripBylinePrefix(part).replace(AFTER_NAME, '').trim();
      if (looksLikeCredit(name)) return name;
    }
  }
  return null;
}

/**
 * Names in byline elements (`rel=author`, `itemprop=author`, `.byline`, `.author`), in page order;
 * failing those, the first line of `lines` (the page's text) that credits a writer in words
 * (`Written by Jane Doe`, `Article by:Jane Doe`, `By Jane Doe`), wherever it stands (author boxes
 * close many posts). The opening post's declared writer (POST_AUTHOR_ATTRIBUTE) comes first.
 * A full-document scan, so callers ask only when nothing else names an author.
 */
export function readBylines(document: Document, lines: readonly string[] = []): string[] {
  const opening = openingPostAuthor(document);
  if (opening) return [opening];
  const names: string[] = [];
  for (const element of filterElements(document, isBylineElement)) {
    if (NOT_THE_WRITER_CLASS.test(classAttribute(element) ?? '') || inColophon(element)) continue;
    const name = nameIn(element);
    if (name && !names.includes(name)) names.push(name);
    if (names.length >= MAX_BYLINES) break;
  }
  for (const [index, line] of (names.length > 0 ? [] : lines).entries()) {
    // A credit heading over the name (`<h3>Author</h3><p>Jane Doe</p>`, `Written by` then the name).
    const heading = CREDIT_HEADING.exec(line);
    if (heading) {
      // The name after the colon (`Contributors: Janet Loughrey`), or on the next line.
      const next = (heading[1] || lines[index + 1])?.replace(AFTER_NAME, '').trim() ?? '';
      const named = next.split(NAME_JOINER).filter(looksLikeName);
      // Initials in an avatar (`CP`) are no name.
      if (named.length > 0 && NAME_LIKE.test(named[0]!) && /\p{Ll}/u.test(named[0]!)) return named;
      continue;
    }
    const credit = WRITTEN_BY.exec(line);
    if (!credit || line.length > MAX_BYLINE_TEXT * 2) continue;
    const name = line.slice(credit[0].length).replace(AFTER_NAME, '').replace(/,.*$/, '').trim();
    // `Written by Jane Doe and John Roe`: each name.
    const credited = name.split(NAME_JOINER).filter(looksLikeName);
    // A bare `By` needs a full name after it (`By Car` is a menu, `By Jane Doe` a byline).
    if (credited.length > 0 && (credit[1] !== undefined || name.includes(' '))) return credited;
  }
  return names.length > 0 ? names : postingAccount(document);
}

/** Node.DOCUMENT_POSITION_FOLLOWING, which not every DOM implementation exposes as a global. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * The writer of a thread's opening post, from the first post that carries its writer as an
 * attribute (POST_AUTHOR_ATTRIBUTE). A declared author before it (`itemprop="author"`, which some
 * forums give the opening post while its replies carry the attribute) is left to the byline scan.
 */
function openingPostAuthor(document: Document): string | undefined {
  const post = allElements(document).find((element) => element.hasAttribute(POST_AUTHOR_ATTRIBUTE));
  const name = post?.getAttribute(POST_AUTHOR_ATTRIBUTE)?.trim();
  if (!post || !name || !looksLikeName(name)) return undefined;
  const declared = allElements(document).find((element) => hasToken(element, 'itemprop', 'author'));
  const declaredBefore = declared !== undefined && (declared.compareDocumentPosition(post) & DOCUMENT_POSITION_FOLLOWING) !== 0;
  return declaredBefore ? undefined : name;
}

/** Links to a user's page on the platforms that host self-media accounts (`/c/user/6294480027/`, `/u/8a2f3c`, `/user_3098812`). */
const PROFILE_LINK = /\/u(?:ser)?[/_]/;
/** A thread starter's badge beside the account (`<a href="/u/8723415">半岛铁盒</a><span>楼主</span>`). */
const OP_BADGE = /^(?:楼主|樓主|OP)$/u;
/** A text opening on a numeric date (`2021-06-03 10:05`, `2021/6/3`, `2021年6月3日`). */
const DATED_START = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u;
/** The follow button set beside a posting account (`+ 关注`, `Follow`). */
const FOLLOW_BUTTON = /^[+＋]?\s*(?:关注|關注|订阅|訂閱|follow|subscribe)$/iu;

/**
 * The account that posted a self-media article, as its platform shows it: a link to the user's
 * page with nothing else in its box but a follow button (`<a href="/u/8a2f3c">南山有鹿</a>
 * <button>关注</button>`) or a thread starter's badge (OP_BADGE); alone in its box when the post's
 * time follows it under the headline, or in a short header under the headline that holds a follow
 * button (inFollowHeader). A commenter's or a login link has none of these beside it. The first
 * such box counts; a last resort when nothing else names the writer.
 */
function postingAccount(document: Document): string[] {
  for (const link of elementsNamed(document, 'a').filter((element) => PROFILE_LINK.test(element.getAttribute('href') ?? ''))) {
    const box = link.parentElement;
    const name = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!box || !name) continue;
    const rest = (box.textContent ?? '').replace(link.textContent ?? '', '').replace(/\s+/g, ' ').trim();
    // (Or the account opens the info line under the headline, its time next: `<h1>…</h1><div><span><a
    // href="/c/user/…">老周说三农</a></span><span>2021-06-03 10:05</span>…`; a comment's header reads alike.)
    const opensInfoLine = rest === '' && !!box.parentElement && followsHeadline(box.parentElement) && DATED_START.test(box.nextElementSibling?.textContent?.trim() ?? '');
    if (FOLLOW_BUTTON.test(rest) || OP_BADGE.test(rest) || opensInfoLine || inFollowHeader(box)) return looksLikeName(name) && !BUTTON_WORDS.test(name) ? [name] : [];
  }
  return [];
}

/** How far above a posting account's box its header may hold the follow button, and the header's longest text. */
const FOLLOW_HEADER_LEVELS = 3;
const MAX_FOLLOW_HEADER_TEXT = 160;

/**
 * Whether the account's box sits in a short header right under the headline that also holds a
 * follow button (`<h1>…</h1><div><img><div><div><a href="/user_3098812">沈一舟</a> 湃客</div>
 * <div>2023-03-12 08:16</div></div><div>+ 关注</div></div>`).
 */
function inFollowHeader(box: Element): boolean {
  let header = box.parentElement;
  for (let level = 0; header && level < FOLLOW_HEADER_LEVELS; level += 1, header = header.parentElement) {
    if ((header.textContent ?? '').length > MAX_FOLLOW_HEADER_TEXT) return false;
    if (followsHeadline(header)) return Array.from(header.children).some((child) => FOLLOW_BUTTON.test(collapsedText(child)));
  }
  return false;
}

/** Whether `element` stands right after the page's `<h1>`. */
function followsHeadline(element: Element): boolean {
  const previous = element.previousElementSibling;
  return !!previous && tagName(previous) === 'h1';
}

/**
 * A person's full name as a personal site shows it for its own name: two capitalised words, a
 * middle initial allowed (`Pierce Freeman`, `Julian K. Arni`); longer names are an office's or a
 * firm's (`Chicago Botanic Garden`, `Yoga With Olivia`).
 */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/**
 * Words that make a two-word name an organisation's or a publication's (`Clemson News`,
 * `Ovolo Hotels`, `Seasoned Advice`), never a person's.
 */
const ORGANISATION_WORDS = /\b(?:the|news|blogs?|journal|times|post|daily|weekly|magazine|review|press|media|group|team|staff|editors?|inc|llc|ltd|company|clinic|hospital|health|hotels?|university|college|school|institute|academy|foundation|society|association|council|cent(?:er|re)|online|digital|studios?|labs?|solutions|services|consulting|systems|software|tech|technology|network|partners|law|agency|store|shop|guide|hub|home|world|global|insights|community|forums?|resources|project|official|today|advice|collective|club|kitchen|travel|life|living|style|design|works|data|city|county|national|international|america|american)\b/i;

function personNamed(value: string | null | undefined): string | undefined {
  const name = value?.replace(/\s+/g, ' ').trim();
  return name && PERSON_NAME.test(name) && !ORGANISATION_WORDS.test(name) ? name : undefined;
}

/** `© 2025 Toby Hede. All rights reserved.` → `Toby Hede`. */
const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{Lu}[\p{L}.\s-]{2,40}?)\s*(?:[.,|·•]|all rights|$)/iu;

/** `<link rel="alternate" type="application/rss+xml">` (or Atom): the site's feed. */
export function isFeedLink(link: Element): boolean {
  return (link.getAttribute('rel') ?? '').toLowerCase() === 'alternate' && /rss|atom/.test((link.getAttribute('type') ?? '').toLowerCase());
}

/** A title's last part naming a blog platform (`新浪博客`, `和讯博客`, `博客园`), and its owner's part before it (`江南老柯的博客`). */
const BLOG_PLATFORM_PART = /(?:博客|部落格|博客园|博客園)$/u;
const BLOG_OF = /的(?:博客|部落格|个人空间|個人空間)$/u;
const BLOGGER_NAME = /^(?:[\p{sc=Han}·]{2,8}|[\p{L}\d._-]{2,20})$/u;

/** The owner of a blog post by its `<title>` (`老屋门前那棵枇杷树_周南山_新浪博客`): the part before the platform's name. */
export function blogOwner(documentTitle: string | undefined): string | undefined {
  const parts = (documentTitle ?? '').split(/\s*[-_|–—]\s*/u).filter(Boolean);
  if (parts.length < 3 || !BLOG_PLATFORM_PART.test(parts[parts.length - 1]!)) return undefined;
  const owner = parts[parts.length - 2]!.replace(BLOG_OF, '').trim();
  return BLOGGER_NAME.test(owner) && isPlausibleName(owner) ? owner : undefined;
}

/**
 * The person a personal site is named after: a person-shaped name that two of the site's own
 * names agree on, among its declared name, the link home that heads every page (`<a href="/">
 * Christoffer Artmann</a>`), the copyright holder in the footer and the title of its feed. One of them alone may be a
 * publication whose name merely looks like a person's (`Town Gazette`).
 */
export function siteOwner(document: Document, siteName: string | undefined): string | undefined {
  const homeLink = elementsNamed(document, 'a').find((link) => link.getAttribute('href') === '/')?.textContent;
  const footer = elementsNamed(document, 'footer')[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
  const holder = COPYRIGHT_HOLDER.exec(footer)?.[1];
  const feedTitle = elementsNamed(document, 'link').find(isFeedLink)?.getAttribute('title');
  const names = [siteName, homeLink, holder, feedTitle].map(personNamed);
  return names.find((name, index) => name !== undefined && names.indexOf(name) !== index);
}
