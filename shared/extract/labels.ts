/**
 * Label lines: metadata that Chinese (and some English) news pages write into their text,
 * such as `2018-06-20 17:59:25 来源：河北新闻网`, `责任编辑：陈潇`, `(记者王成果)`, `文/张三`,
 * `By Jane Doe`. readLabelLine finds the fields in one line and says whether the line holds
 * nothing else, so the caller can lift it out of the body.
 */
import { hasHan } from '../text/cjk';
import { toTraditional, withTraditional } from '../text/han-pairs';
import { rememberedForShortTexts } from '../text/text-memo';
import { findDateInText, isWeekdayName, type DateValue } from './dates';

export type LabelField = 'source' | 'author' | 'editor' | 'date' | 'modified' | 'keywords' | 'noise';

/**
 * Label words followed by a colon (ASCII or full width), written in simplified script; each is
 * also matched in traditional script, as Taiwan and Hong Kong pages write it (`责任编辑` → `責任編輯`).
 * `noise` labels (views, font size, share) carry nothing we keep but end the previous value and
 * still let a line count as a metadata line. Words are separated by `|`.
 */
const LABEL_WORDS: ReadonlyArray<{ field: LabelField; words: string }> = [
  // 选稿 (chosen by): the editor who picked a reprinted story, as Shanghai's portals credit it.
  // 主编 (`责任编辑：李静雯　主编：钟卫华`, `栏目主编：邵宁`): the desk's chief editor, who signed the story off.
  { field: 'editor', words: '责任编辑|责编|值班编辑|核稿编辑|编辑|网编|本文编辑|栏目编辑|主编|栏目主编|选稿|Editor|Edited by|Curated by' },
  // 供稿 (contributed by) names the department or unit a school's, a hospital's or an office's story came from;
  // 本文来自微信公众号：X（ID：…），作者：Y is the reprint note of a story taken from a WeChat account.
  { field: 'source', words: '来源|来源于|稿源|供稿|本文来自|本文来自微信公众号|出处|新闻来源|文章来源|本文来源|本文源自|稿件来源|内容来源|信息来源|消息来源|转载自|出品|Source|Quelle|Fuente|Fonte|Bron|Źródło' },
  {
    field: 'author',
    // `文：眉间尺` is the writer's credit of reviews and columns; the issuing authority
    // (发文机关：吉林省人民政府) is the author of an official document.
    // 报道 / 報導 as a label (`报道：林美琪`) credits the reporter on Malaysian and Taiwan pages;
    // `Text:` the writer on German-language pages (`Text: Carina Hummel, Fotos: Tobias Reiner`), `Report:` / `Words:` on club and magazine pages.
    words: '作者|文/图|图/文|原创|记者|撰文|撰文者|撰稿|撰稿人|执笔|执笔人|通讯员|本报记者|特约记者|见习记者|实习生|采写|报道|报导|文字|文|发布者|发布人|发文机关|发文单位|Author|Authors|Written by|By|Autor|Auteur|Text|Text und Fotos|Text und Bilder|Text und Foto|Report|Words',
  },
  {
    field: 'date',
    words: '发布时间|發布時間|发表时间|发布日期|發布日期|发稿时间|时间|日期|发布于|发表于|成文日期|出版时间|出版日期|出版|Published|Posted|First posted|First published|Date|Datum|Veröffentlicht am|Publié le|Dodano|Opublikowano',
  },
  { field: 'modified', words: '更新时间|更新日期|修改时间|更改时间|更新于|修改于|最后修改|最后更新|更新|Updated|Last updated|Modified|Aktualisiert am|Mis à jour le|Laatst gewijzigd|Gewijzigd op|Aktualizacja|Zaktualizowano' },
  { field: 'keywords', words: '关键词|关键字|标签|Tags|Keywords' },
  {
    field: 'noise',
    // 翻译 / 译者: the translator of a foreign paper's story, credited after it; neither its writer nor its editor.
    // 初审 / 复审 / 终审 (一审 / 二审 / 三审): the three reviews a state media centre's story passes (三审三校);
    // 拍摄 / 摄像 / 剪辑: a video's camera and cutting credits.
    words: '图片来源|封面图片来源|封面来源|图源|提问者|提问时间|天数|人均|和谁|玩法|行程路线|翻译|译者|浏览次数|浏览量|浏览数|浏览|阅读量|阅读数|阅读|点击数|点击|访问量|访问统计|人气|字号|字体|分享到|分享|打印|校对|审核|审校|审签|初审|复审|终审|一审|二审|三审|评论|摄影|图片|题图|题图来源|视频|视频拍摄|拍摄|摄像|剪辑|后期|所属栏目|栏目|频道|索引号|发布机构|主题分类|文号|Views|Share|Fotos|Foto|Bilder|Photos',
  },
];

const FIELD_BY_WORD = new Map<string, LabelField>();
for (const { field, words } of LABEL_WORDS) for (const word of words.split('|')) for (const form of [word, toTraditional(word)]) FIELD_BY_WORD.set(form.toLowerCase(), field);

const ALTERNATION = [...FIELD_BY_WORD.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+')).join('|');
/**
 * Label words that are also verbs of a sentence (`据新华社报道：…`): a label only where no Han
 * text runs into them, even across a space (`記者 黃子健 報道：發展局…` is a dateline, the story after it).
 */
const NEVER_GLUED = new RegExp(`^(?:${withTraditional('报道|报导')})$`, 'u');
/**
 * Han label words that may follow the previous value with no space (`来源:转载作者:孙仲旻`, the two
 * set in separate elements, whose line break the block reader drops between Han characters):
 * with a colon they open a label. The writer, editor and outlet words count from two characters;
 * date and counter words (`…建设局浏览次数：258`, `…发布时间：`) from three, as two-character ones
 * (`时间`, `阅读`) end ordinary phrases.
 */
const GLUED_LABEL_FIELDS: ReadonlyArray<{ fields: readonly LabelField[]; minLength: number }> = [
  { fields: ['author', 'editor', 'source'], minLength: 2 },
  { fields: ['date', 'modified', 'noise'], minLength: 3 },
];
/** Two-character page-tool words glued all the same (`…彭 江字号：大 中 小`): no phrase ends so before a colon. */
const GLUED_TOOL_WORDS = new Set(['字号', '字號', '字体', '字體']);
const GLUED_ALTERNATION = [...FIELD_BY_WORD.entries()]
  .filter(([word, field]) => /^\p{sc=Han}+$/u.test(word) && !NEVER_GLUED.test(word) && (GLUED_TOOL_WORDS.has(word) || GLUED_LABEL_FIELDS.some(({ fields, minLength }) => fields.includes(field) && word.length >= minLength)))
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A label word then a colon or a bar: `来源：`, `責任編輯:`, `编辑|禤志杰`, `Source:`; bracketed forms too (`【编辑：姚昊】`);
 * a slash before Han text as Taiwan magazines write credits (`責任編輯／王思涵`).
 */
const LABEL_WITH_COLON = new RegExp(`((?<![\\p{L}])(?:${ALTERNATION})|(?<=\\p{sc=Han})(?:${GLUED_ALTERNATION})(?=\\s*[:：]))\\s*(?:[:：]|\\s?[|｜丨](?!\\s*$)|[/／](?=\\s*\\p{sc=Han}))\\s*`, 'giu');
/** What every LABEL_WITH_COLON match holds: a line without one of these has no such label (and is not searched). */
const LABEL_SEPARATOR = /[:：|｜丨/／]/;

/** A report's verb after the place it was filed from: 报道 on the mainland, 報導 in Taiwan. */
const REPORTED = withTraditional('报道|报导');

/** Credits written in brackets: `(记者王成果)`, `（记者 陈智 整合）`, `【编辑：姚昊】`, `〔記者張瑞德／南投報導〕`. */
/** Outlets that open a credit (`本报记者`, `新华社记者`), ranks before a role, and the roles of a credit. */
const CREDIT_OUTLET = `本[报報]|${withTraditional('新华社')}`;
const CREDIT_RANK = withTraditional('特约|见习|实习');
// 编译 (compiled and translated by) credits the writer of a foreign story put together from wire reports (`〔編譯魏思涵／綜合報導〕`).
const CREDIT_ROLE = withTraditional('记者|通讯员|作者|责任编辑|责编|编辑|编译|文|撰文|采写');
/** Any outlet before a reporter's role (`总台记者`, `江苏广电融媒体新闻中心记者`, `环球时报报道 记者`): up to twelve Han characters that are not themselves a role. */
const REPORTER_OUTLET = String.raw`(?!${CREDIT_ROLE})\p{sc=Han}{1,12}?(?=\s?(?:${CREDIT_RANK})?(?:${withTraditional('记者|通讯员')}))`;
/** (A dispatch tag is none: `【文匯報訊】` opens with 文 but names the paper's news; nor is the writer's bio, `（作者系…主任、教授）`.) */
const BRACKETED_CREDIT = new RegExp(String.raw`[（(【[〔]\s*(?![^）)】\]〕]{0,40}[讯訊][）)】\]〕])(?!作者(?:系|为|為|是))((?:${CREDIT_OUTLET}|${REPORTER_OUTLET})?\s?(?:${CREDIT_RANK})?(?:${CREDIT_ROLE})[^）)】\]〕]{1,40})[）)】\]〕]`, 'gu');
/**
 * A wire story's dateline credit ends with where and on which day it was filed, glued to the
 * reporter's name (`中央社記者林冠宇台北5日電`, `…華盛頓4日專電`): the day and the wire word.
 */
const FILED_ON_DAY = new RegExp(String.raw`\s*\d{1,2}日(?:${withTraditional('专')})?(?:${withTraditional('电')})$`, 'u');
/** A reporter's name is two to three characters (Taiwan and Hong Kong reporters' mostly three); what follows it is the place. */
const GLUED_NAME_LENGTH = 3;
/** An outlet named before a reporter's role counts as the story's source from this length (`中央社`; `总台` is too vague). */
const MIN_CREDIT_OUTLET = 3;
/** The start of a credit's text that is no name: its outlet, then its rank and role. */
const CREDIT_OUTLET_PREFIX = new RegExp(`^(?:${CREDIT_OUTLET}|${REPORTER_OUTLET})`, 'u');
const CREDIT_ROLE_PREFIX = new RegExp(`^(?:${CREDIT_RANK})?(?:${CREDIT_ROLE})\\s*[:：]?`, 'u');
/** An editor's credit, not an author's. */
const EDITOR_ROLE = new RegExp(`^(?:${withTraditional('责任编辑|责编|编辑')})`, 'u');
/** Roles between names when one credit holds several (`记者 张三 通讯员 李四`). */
const ROLE_BETWEEN_NAMES = new RegExp(withTraditional('记者|通讯员'), 'u');
/** A reporter's dateline credit without a role word: `（姚峰 上海报道）`, `(张三北京报道)`. */
const DATELINE_CREDIT = new RegExp(String.raw`[（(]\s*(\p{sc=Han}{2,4})\s+\p{sc=Han}{2,6}(?:${REPORTED})\s*[）)]`, 'gu');
/**
 * A reporter's credit opening a story without brackets, after its dispatch tag: `【香港文匯報訊】記者
 * 黃子健 報道：發展局…`, `本报讯 记者 张三 报道：…`. The names sit between the role and 报道.
 */
const LEAD_REPORTER_CREDIT = new RegExp(String.raw`^(?:[【〔[][^】〕\]]{2,14}[】〕\]]|\p{sc=Han}{1,8}(?:${withTraditional('讯')}))?\s*((?:${withTraditional('记者|通讯员')})\s*[\p{sc=Han}·]{2,4}(?:[\s、][\p{sc=Han}·]{2,4})*)\s*(?:${REPORTED})\s*[:：]`, 'u');
/** A mark some papers print before a credit line (`□ 本报记者 葛灵丹`). */
const LINE_MARK = String.raw`[□■●◆◇▲△★☆]?\s*`;
const LEADING_LINE_MARK = new RegExp(`^${LINE_MARK}`, 'u');
/** A short line naming the reporter without a colon: `澎湃新闻记者 贺梨萍`, `本报记者 张三 李四`, `本报实习生 刘国栋`. */
const REPORTER_LINE = new RegExp(String.raw`^${LINE_MARK}(?:[\p{sc=Han}·]{0,10}?)(?:${withTraditional('记者|通讯员|作者|实习生')})(?:\s+|[，,]\s*)([\p{sc=Han}·\s、，,]{2,30})$`, 'u');
/**
 * A reporter's dateline line, name run into the role: `本报记者罗科苏盈发自北京`, `记者张三北京报道`.
 * The outlet may stand apart (`公視新聞網 記者 黃郁婷 / 台北報導`, `聯合報／ 記者周晉宇／即時報導`); Taiwan papers put a slash before the place.
 */
const REPORTER_DATELINE = new RegExp(String.raw`^${LINE_MARK}(?:(?<outlet>[\p{sc=Han}A-Za-z·]{0,14}?)\s?(?:[/／]\s*)?)(?:${withTraditional('记者|通讯员')})\s*(?<names>[\p{sc=Han}·]{2,4}(?:[\s、][\p{sc=Han}·]{2,4})*)\s*(?:(?:${withTraditional('发自')})\p{sc=Han}{1,10}|(?:\s|\s*[/／]\s*)\p{sc=Han}{0,10}\s?(?:${REPORTED}))$`, 'u');
/** A broadcaster's credit without a role word: the outlet, a slash, the names, where they filed from (`民視新聞／張書瑋、李明宏 台北報導`). */
const OUTLET_SLASH_DATELINE = new RegExp(String.raw`^(?<outlet>[\p{sc=Han}·]{2,12}?)\s*[/／]\s*(?<names>[\p{sc=Han}·]{2,4}(?:[\s、][\p{sc=Han}·]{2,4})*)\s+\p{sc=Han}{1,10}(?:${REPORTED})$`, 'u');
/** A paper's credit without a role word: the outlet, the names, a slash, where they filed from (`中國時報 林良齊、李侑珊／台北報導`). */
const OUTLET_NAMES_SLASH_DATELINE = new RegExp(String.raw`^(?<outlet>[\p{sc=Han}·]{2,12}?)\s+(?<names>[\p{sc=Han}·]{2,4}(?:、[\p{sc=Han}·]{2,4})*)\s*[/／]\s*\p{sc=Han}{0,10}(?:${REPORTED})$`, 'u');
/**
 * A foreign paper's dateline credit without a role word: the outlet, the writer, where the story
 * was filed (`英国《金融时报》 马丁•赫斯特 布鲁塞尔报道`, `日本经济新闻（中文版：日经中文网）高桥大地 东京报道`).
 * Foreign names join their parts with a dot (`·`, `•`, `・`).
 */
const OUTLET_DATELINE = new RegExp(String.raw`^(?<outlet>[\p{sc=Han}·《》]{3,16}(?:[（(][^（）()]{1,20}[）)])?)\s*(?<names>[\p{sc=Han}·•・]{2,10}(?:[\s、][\p{sc=Han}·•・]{2,10})*)\s+\p{sc=Han}{2,6}(?:${REPORTED})$`, 'u');

/** OUTLET_DATELINE's match when its outlet is an outlet's name. */
function outletDateline(text: string): RegExpExecArray | null {
  const match = OUTLET_DATELINE.exec(text);
  // The outlet's name may carry a note in brackets (`日本经济新闻（中文版：日经中文网）`); without
  // one, a space must part it from the names.
  const outlet = match?.groups?.outlet ?? '';
  const noted = /[）)]$/u.test(outlet);
  if (!match || (!noted && !/^\s/u.test(text.slice(outlet.length)))) return null;
  return isOutletName(outlet) ? match : null;
}

/**
 * Roles a credit line names without colons, each before its names: `新京报记者 吴婷婷 编辑 樊一婧
 * 校对 赵琳`, `校对 陶善工`. Writers become authors and editors editors; the other staff (proof
 * readers, reviewers, photographers, layout editors) are credited but not kept. Writer and editor
 * roles may carry their outlet and rank (`本报见习记者`, `每经编辑`), and a bar or a colon may
 * follow a role (`界面新闻记者 | 周庭`).
 */
const CREDIT_RUN_ROLES: ReadonlyArray<{ field: 'author' | 'editor' | 'noise'; words: string }> = [
  { field: 'author', words: '记者|通讯员|作者|实习生|撰文|采写|文字|评论员' },
  { field: 'editor', words: '责任编辑|责编|编辑|值班编辑|本文编辑' },
  { field: 'noise', words: '校对|审核|审校|终审|监制|摄影|摄像|美编' },
];
const CREDIT_RUN_ROLE_PATTERNS = CREDIT_RUN_ROLES.map(({ field, words }) => ({
  field,
  // (An outlet before the role may name the paper and its app: `扬子晚报/紫牛新闻记者`.)
  pattern: new RegExp(field === 'noise' ? `^(?:${withTraditional(words)})$` : String.raw`^[\p{sc=Han}\d·/／+＋]{0,12}?(?:${CREDIT_RANK})?(?:${withTraditional(words)})$`, 'u'),
}));
/** The word for reported, perhaps after a place, closing a credit (`北京报道`, `報導`). */
const FILED_AT_PLACE = new RegExp(String.raw`^(?:${withTraditional('发自')})?(?:\p{sc=Han}{2,6})?(?:${REPORTED})$`, 'u');
/** A name in a credit line without colons: two to four Han characters. */
const CREDIT_RUN_NAME = /^[\p{sc=Han}·]{2,4}$/u;

/**
 * A line of roles each followed by names, nothing else (`新京报记者 吴婷婷 编辑 樊一婧 校对 赵琳`).
 * Null unless every token is a role or a name and every role names someone. A line naming only
 * staff whose names are not kept (`校对 陶善工`) must name people by common surnames, so that a
 * short line of a role word and a noun (`摄影 作品`) is not read as a credit.
 */
function readCreditRun(text: string): { authors: string[]; editors: string[]; outlet?: string } | null {
  const tokens = text.replace(LEADING_LINE_MARK, '').split(/[\s、，,|｜丨:：]+/u).filter(Boolean);
  // Where the story was filed, closing the run (`新京报记者 张三 北京报道`), is no name.
  if (tokens.length > 2 && FILED_AT_PLACE.test(tokens[tokens.length - 1]!)) tokens.pop();
  const authors: string[] = [];
  const editors: string[] = [];
  const others: string[] = [];
  let outlet: string | undefined;
  let field: 'author' | 'editor' | 'noise' | undefined;
  let named = true;
  for (const [index, token] of tokens.entries()) {
    const role = CREDIT_RUN_ROLE_PATTERNS.find(({ pattern }) => pattern.test(token));
    // The outlet standing before the first role (`潮新闻客户端 记者 周琳琳 通讯员 汪洋`).
    if (!role && index === 0 && tokens.length > 2 && isOutletName(token)) {
      outlet = token;
      continue;
    }
    if (role) {
      if (!named) return null;
      field = role.field;
      named = false;
      // The outlet the writer works for, run into the role (`界面新闻记者`, `新京报评论员`).
      // (The paper before its app's name, `现代快报/现代+记者`, when the whole is no outlet's name.)
      if (field === 'author') outlet ??= [WRITER_ROLE_AT_END.exec(token)?.[1]].flatMap((name) => (name ? [name, name.split(/[/／]/u)[0]!] : [])).find((name) => isOutletName(name));
      continue;
    }
    if (!field || !CREDIT_RUN_NAME.test(token)) return null;
    (field === 'author' ? authors : field === 'editor' ? editors : others).push(token);
    named = true;
  }
  if (!named || !field) return null;
  if (authors.length === 0 && editors.length === 0 && !others.every((name) => PERSONAL_NAME.test(name))) return null;
  return outlet ? { authors, editors, outlet } : { authors, editors };
}

/** 责任编辑 run into the editor's name with nothing else on the line (`責任編輯許雅雯`). */
const GLUED_EDITOR = new RegExp(`^(?:${withTraditional('责任编辑')})([\\p{sc=Han}·]{2,3})$`, 'u');

/** A writer's role closing a credit token, after the outlet's name (`界面新闻记者` → 界面新闻). */
const WRITER_ROLE_AT_END = new RegExp(`^(.+?)(?:${CREDIT_RANK})?(?:${withTraditional('记者|评论员|通讯员')})$`, 'u');

/** Another role's slash credit after a byline's names (`　统筹/李平`, ` 摄影/周航`). */
const SECOND_SLASH_CREDIT = /\s+\p{sc=Han}{1,4}\s*[/／].*$/u;
/** `文/张三`, `文｜张三`, `图文/…`: the byline form of magazines and self-media. */
const SLASH_BYLINE = new RegExp(String.raw`^(?:${withTraditional('文|撰文|图文|文图|作者')})\s*[/／|｜丨]\s*(.{2,40})$`, 'u');
/**
 * A forum or blog post's credit line: `本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.`,
 * `本文由张三于2019-01-01发布`. (`最后由 X 于 … 编辑` names the last editor, not the writer.)
 */
export const POSTED_BY = new RegExp(String.raw`^(?:[本此该][贴帖文])?由\s*([\p{L}\d_·.-]{2,20}?)\s*于\s*\d[^。]{0,80}?(?:${withTraditional('发表|发布')})[.。]?$`, 'u');
/**
 * What opens a byline at the start of a short line: `By`, `Written by`, `Article by:`, `By:Jane`,
 * `ByJane Doe` (the word and the linked name run together in the markup) and the German, French
 * and Spanish forms (`von`, `par`, `por`).
 */
const BYLINE_OPENING = /^(?:(?:(?:[Ww]ritten|[Pp]osted|[Aa]rticle|[Tt]ext)\s+)?(?:by|By|BY)\s*:?(?:\s+|(?=\p{Lu}\p{Ll}))|(?:[Vv]on|[Pp]ar|[Pp]or)\s+)/u;
/**
 * A name's first word (capitalised), a further word (not a conjunction), and what joins two names
 * (`and`, and `und`, `et`, `y` after `von`, `par`, `por`); read where the last ended.
 */
const NAME_FIRST_WORD = /\p{Lu}[\p{L}.'’-]*/uy;
const NAME_NEXT_WORD = /\s+(?!(?:and|und|et|y)\b(?!\.))[\p{L}.'’-]+/uy;
const NAME_JOINER_AT = /\s*(?:,|\b(?:and|und|et|y)\b(?!\.)|&)\s*/uy;
/** A writer's role, read where a comma after a name ends (`Staff Writer`, `Senior Director`, `Editor-at-Large`). */
const ROLE_AT = /(?:(?:senior|staff|chief|managing|contributing|executive|deputy|associate|assistant|special|political|business|sports|science|health|foreign|national|local|digital|news|features|opinion|investigative|freelance|guest|general|vice)\s+)*(?:director|editor|writer|reporter|correspondent|columnist|producer|contributor|manager|officer|president|founder|co-founder|ceo|cto|cfo|head|chief|lead|fellow|professor|intern|anchor|host|analyst|strategist|consultant|specialist|expert)s?(?![a-z])/iy;
/** The opening of an editor's credit in a byline's words (`Edited by`, `Curated by`). */
const EDITED_BY = /^(?:edited|curated) by\s+(?=\p{Lu})/iu;
/** Words a byline's name may have after its first. */
const MAX_NAME_WORDS_AFTER_FIRST = 3;

/**
 * `By Jane Doe and John Roe`: the byline's opening and names (`line`: the text up to the last
 * name; `names`: the names). Names are read word by word with small patterns rather than as one
 * pattern repeating its word classes, which cost milliseconds to compile on every page.
 */
function readEnglishByline(text: string): { line: string; names: string } | null {
  const opening = BYLINE_OPENING.exec(text);
  if (!opening) return null;
  const start = opening[0].length;
  const nameEnd = (at: number): number | null => {
    NAME_FIRST_WORD.lastIndex = at;
    if (!NAME_FIRST_WORD.exec(text)) return null;
    let end = NAME_FIRST_WORD.lastIndex;
    for (let words = 0; words < MAX_NAME_WORDS_AFTER_FIRST; words += 1) {
      NAME_NEXT_WORD.lastIndex = end;
      if (!NAME_NEXT_WORD.exec(text)) break;
      end = NAME_NEXT_WORD.lastIndex;
    }
    return end;
  };
  let end = nameEnd(start);
  if (end === null) return null;
  for (;;) {
    NAME_JOINER_AT.lastIndex = end;
    const joiner = NAME_JOINER_AT.exec(text);
    if (!joiner) break;
    // `By Jane Doe, Senior Director, Content & Marketing, Acme`: a role after a comma closes the
    // names; it and what follows (the writer's desk, employer) belong to the byline line.
    ROLE_AT.lastIndex = NAME_JOINER_AT.lastIndex;
    if (joiner[0].includes(',') && ROLE_AT.test(text)) return { line: text, names: text.slice(start, end) };
    const next = nameEnd(NAME_JOINER_AT.lastIndex);
    if (next === null) break;
    end = next;
  }
  return { line: text.slice(0, end), names: text.slice(start, end) };
}

/** Words after a name in a credit that are no part of it (报道 = reports, 摄影 = photographs). */
const CREDIT_SUFFIXES = new RegExp(`(?:${withTraditional('报道|报导|整合|综合|采写|撰写|摄影|编译|翻译|发自.*')})$`, 'u');
/** Credit words that stand alone after a name (`陈智 摄`) and are never a name themselves. */
const CREDIT_WORDS = new RegExp(`^(?:${withTraditional('摄|文|图|报道|报导|整合|综合|采写|撰写|摄影|编译|翻译|供图')})$`, 'u');
/** Role words closing a description of the writer rather than a name. */
const ROLE_SUFFIX = new RegExp(`(?:${withTraditional('作者|记者|撰稿人|通讯员|编辑|主笔|评论员|研究员|专栏|医师|教授|实习生')})$`, 'u');
/** The writer's post in brackets after the name (`王昌林（中国宏观经济研究院院长）`): not part of the name. */
const BRACKETED_AFFILIATION = /(?<=\p{sc=Han})[（(][^（）()]{2,40}[）)]?$/u;
/** A staff code some CMSs append to an editor's name (`王晓易_NE0011`): not part of the name. */
const STAFF_CODE_SUFFIX = /(?<=\p{sc=Han})_[A-Za-z]{0,6}\d{2,}$/u;
/** Separators between Chinese names in a credit (Chinese names never contain spaces). */
const HAN_NAME_SEPARATORS = /[\s、，,;；/／|｜丨]+/u;
/** A two-character name padded to three characters' width (`赵  培`): one name, not two. */
const SPACED_HAN_NAME = /(?<!\p{sc=Han})(\p{sc=Han})\s+(\p{sc=Han})(?!\p{sc=Han})/gu;
/** Separators between Latin-script names (which contain spaces); a conjunction is never followed by a full stop (`John Y. Smith`). */
const LATIN_NAME_SEPARATORS = /\s*(?:[,;、/／|｜丨&]|\b(?:and|und|et|y)\b(?!\.))\s*/iu;
/** Characters that separate metadata items on one line. */
const SEPARATORS = /[\s|｜丨/／\\·•\-—_:：,，;；、【】[\]()（）<>《》"“”]/gu;

/** A label's value longer than this is a sentence, and the line is not pure metadata. */
const MAX_VALUE_LENGTH = 40;
/** Label fields whose word, run into a date without a colon (`发布于2024-…`, `更新于…`), labels it. */
const DATE_WORD_FIELDS: ReadonlySet<LabelField> = new Set(['date', 'modified']);
/** Longest line whose unlabelled date is read as the page's date (an info line, not a sentence). */
const MAX_UNLABELLED_DATE_LINE = 40;
/** What follows a date that opens a longer info line: a byline or a separator (`03/01/2017 by Agatha Caleo, Candidate Representative…`). */
const DATE_THEN_BYLINE = /^\s*(?:by|von|par|por|[|•·—–])\s/iu;
/**
 * Words that make the date after them a deadline, not the page's day (`Video verfügbar bis
 * 28.02.2021`, `Available until June 30, 2021`, `Offre valable jusqu'au 12/03/2022`).
 */
const DEADLINE_BEFORE_DATE = /(?:\b(?:bis|until|till|expires?|ablauf|valid through|jusqu'(?:au|à)|hasta(?: el)?|fino al)|\bgültig bis)\s*(?:zum\s+)?$/iu;
/**
 * Words that make the date after them the day a reference was looked up, not the page's day: a
 * reference list's access dates (`．新浪[引用日期2014-05-19]`, `Retrieved 12 May 2019`,
 * `abgerufen am 3. März 2020`, `consulté le 4 mai 2018`).
 */
const LOOKED_UP_BEFORE_DATE = new RegExp(`(?:${withTraditional('引用日期|访问日期|查阅日期|检索日期|浏览日期|访问于|检索于')}|\\b(?:retrieved|accessed|archived)(?:\\s+(?:on|from the original on))?|\\babgerufen am|\\bconsulté le|\\bconsultado el)\\s*[:：]?\\s*$`, 'iu');
/** Words that end the name of a news outlet (报 = paper, 社 = agency, 网 = site, 台 = station). */
const OUTLET_ENDINGS = withTraditional('社|报|网|台|电臺|电视臺|新闻|日报|晚报|周刊|周末|杂志|客户端|时报|频道|传媒|在线');
/** Words ending in 报 that name no paper: a report button (举报), a forecast (预报), a summary (汇报), an alarm (警报), a return (回报). */
const NOT_A_PAPER = '(?<![举舉预預汇匯警回]报)(?<![举舉预預汇匯警回]報)';
const OUTLET_SUFFIX = new RegExp(`(?:${OUTLET_ENDINGS})$${NOT_A_PAPER}`, 'u');
/**
 * The hundred commonest Chinese surnames (borne by most people), then the traditional forms of
 * those that differ. A 来源 line naming such a surname and a given name (`来源: 尹娟`) credits
 * the writer, not an outlet (outlets read 新浪, 腾讯, 本站, 网络…).
 */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '張劉陳楊黃趙吳孫馬羅鄭謝韓馮鄧蕭葉蔣蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯許';
/** A person's name: a common surname and one or two characters, not ending as an organisation's name does (`金融界`, `钱江网`). */
const PERSONAL_NAME = new RegExp(`^[${COMMON_SURNAMES}]\\p{sc=Han}{1,2}$`, 'u');
const ORGANISATION_END = /[社报報网網台局委办辦部厅廳院会會所界站]$/u;

/** `石佳/中国青年报`: a reporter and the outlet, on a line of their own. */
const NAME_SLASH_OUTLET = /^([\p{sc=Han}·]{2,5}(?:[\s、][\p{sc=Han}·]{2,5})*)\s*[/／|｜]\s*([\p{sc=Han}·]{2,16})$/u;

/** `2024年04月09日 11:26:41 来自 上游新闻`: an info line naming its outlet with 来自 ("from") after the time. */
const FROM_OUTLET = /^来自\s*([\p{sc=Han}·]{2,16})$/u;

/** "This item" (`本則`, `本条`) or a player's verb (`收聽新聞`, "listen to the news"): a line speaking of the story, never an outlet's name. */
const THIS_ITEM = /本[則则條条篇]|^(?:收聽|收听|聆聽|聆听|播放|點擊|点击)/u;

/** Longest outlet name read without a label (`新华社`, `新民晚报` beside the time). */
const MAX_LONE_OUTLET = 12;
/** Han characters (and the middle dot) only. */
const HAN_RUN = /^[\p{sc=Han}·]+$/u;

/** An outlet's name, then a reporter's role and names: `齐鲁晚报·齐鲁壹点记者 韩晓宇 张晗`. */
const OUTLET_REPORTER = new RegExp(String.raw`^(?<outlet>[\p{sc=Han}·《》]{3,16}?)\s*(?:${CREDIT_RANK})?(?:${withTraditional('记者|通讯员')})\s*(?<names>[\p{sc=Han}·•・]{2,4}(?:[\s、]+[\p{sc=Han}·•・]{2,4})*)$`, 'u');
/** What an outlet's name is written with: Han characters, the middle dot, title marks (`英国《金融时报》`), a slash between a paper and its app (`扬子晚报/紫牛新闻`), perhaps after a Latin brand (`CNEWS匯流新聞網`). */
const OUTLET_NAME_CHARACTERS = /^(?:[A-Z][A-Za-z]{1,7})?[\p{sc=Han}·《》/／]+$/u;

/**
 * Names of a site's columns printed above the headline (`综合新闻`, `校园动态`, `图片新闻`): they
 * end as outlets do but name a section of this site, not where the story came from.
 */
const COLUMN_NAME = new RegExp(`^(?:${withTraditional('相关|更多|延伸|推荐|新闻|综合|国内|国际|本地|地方|社会|校园|学院|院系|图片|视频|时政|财经|体育|娱乐|科技|教育|文化|军事|健康|部门|基层|工作|最新|热点|今日|即时|滚动|头条')})(?:${withTraditional('新闻|动态|资讯|要闻|快讯')})$`, 'u');

/** Whether `text` is the name of one of a site's columns (`滚动新闻`, `校园动态`). */
export function isColumnName(text: string): boolean {
  return COLUMN_NAME.test(text.trim());
}

/**
 * A platform's IP location after a post's time (`·湖北`, `IP属地：湖北`), then the posting
 * account and perhaps the report button: the account's name.
 */
const AFTER_IP_LOCATION = new RegExp(String.raw`^(?:[·•]|IP属地[:：]|IP屬地[:：])\s*(?:北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門)\s*(\S+)$`, 'u');
/** A post's report button or a follow button (`+ 关注`) closing its info line. */
const REPORT_BUTTON = /\s*(?:举报|舉報|[+＋]\s*(?:关注|關注))$/u;
/** A read counter without a colon closing an info line (`阅读 3.6万`, `浏览1234`, `3.6万阅读`). */
const VIEW_COUNTER = /\s*(?:(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量)\s*\d[\d,.]*[万萬wW+]?|\d[\d,.]*[万萬wW+]?\s*(?:次)?(?:阅读|閱讀|浏览|瀏覽))$/u;

/** A zone named in brackets after a time (`（美東時間）`, `(北京时间)`). */
const ZONE_NOTE = /^\s*[（(][\p{sc=Han}]{1,6}(?:时间|時間)[）)]/u;

/** A time of day alone (`15:06`, `09:12:33`). */
const CLOCK_TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)(?:[:：]([0-5]\d))?$/;

/** Badges printed before an account name on self-media pages (original, exclusive). */
const BADGES = new RegExp(String.raw`^(?:${withTraditional('原创|独家|首发')})\s*`, 'u');
/** English words that open a date line without a colon. */
export const ENGLISH_DATE_LINE = /^(?:published|posted|updated|last updated|first published|originally published)(?:\s+on)?\b/i;
/** A bracketed credit opening with a paper and its desk (`（星洲日報/大都會‧報導：…‧攝影：…）`). */
const MALAYSIAN_CREDIT = /^[（(]\s*(\p{sc=Han}{2,8}(?:日報|日报|晚報|晚报|時報|时报|商報|商报))(?:\s*[/／]\s*\p{sc=Han}{1,8})?\s*[‧·•]\s*(.+?)\s*[）)]$/u;
/** An info line's source after its time (`Published 4 March 2021 at 10:05am, updated … 2:20pm Source: AAP`). */
const SOURCE_AFTER_TIME = /(?<=\d|[ap]\.?m\.?)\s+source\s*:\s*(.{2,40})$/i;
/** Longest line a word opens as a date line (`Published …`, `Erstellt …`). */
const MAX_WORDED_DATE_LINE = 120;
/**
 * Words that open a date line without a colon in other European languages (`Erstellt 25.06.2020,
 * 14.05 Uhr`, `Zuletzt aktualisiert am Dienstag, 16. Juli 2019 07:58`, `Publié le 3 mai 2021`,
 * `Publicado em 12/12/2019`, `Pubblicato il 21 Maggio 2020`, `Beitrag vom 04.03.2016`); the line's first date is its own.
 */
const EUROPEAN_DATE_LINE = /^(?:(?:erstmals |zuerst )?veröffentlicht|erstveröffentlichung|(?:beitrag|artikel|eintrag|meldung|(?:presse)?mitteilung(?:\s+nr\.?\s*[\d/]+)?) vom|erstellt|publiziert|(?:zuletzt )?aktualisiert|geändert|publié|mis à jour|mis en ligne|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano)(?:\s+(?:am|le|em|el|il|op|on))?(?![\p{L}])/iu;
/**
 * Where a date line's opening word follows a byline on one line (`Par Hélène Marquis Publié le
 * 01 avril 2019 à 01h12`, `By Jo Lee Updated March 4, 2021`: spans set side by side).
 */
const DATE_LINE_AFTER_BYLINE = new RegExp(`[\\s|·•,]+(?=(?:${ENGLISH_DATE_LINE.source.slice(1)})|(?:${EUROPEAN_DATE_LINE.source.slice(1)}))`, 'iu');
/** Farthest a dated line's date sits after its opening word (`Publié le jeudi `, `Updated on Thursday, `). */
const MAX_DATE_WORD_LEAD = 24;
/** Words that introduce a date (`am 4. Februar 2022`, `le 6 mai`, `on May 6`): no account's name. */
const DATE_PREPOSITION = /^(?:am|vom|on|at|le|du|el|del|il|dal|em|op|om|w|dnia)$/i;
/** One name-like token next to a date on an info line: no spaces, no digits, not a label. */
const NAME_TOKEN = /^(?=.{2,20}$)[\p{L}·._-]+$/u;
/** Separators closing the part of a line before its first label. */
const TRAILING_SEPARATORS = /[\s|｜丨·•/／]+$/u;
/**
 * An outlet without a common ending before a bracketed reporter's role (`（大紀元記者李昕怡台北報導）`):
 * three to six characters, no posting (`新华社驻东京`) and no `this paper` (`本报`).
 */
const UNSUFFIXED_OUTLET = /^(?!.*[驻駐本])\p{sc=Han}{3,6}$/u;
/** A word for posting closing the text before a date (`…发表于`, `…發佈於`): no account's name. */
const DATE_VERB_END = /(?:发表|發表|发布|發布|發佈|更新)(?:于|於)?$/u;
/** A verb of change right after a date (`…09:18修改`, `…更新`): the line dates an edit (not a label of the next date, `更新：…`). */
const CHANGED_AFTER_DATE = /^\s*(?:修改|修訂|修订|更新|更改|编辑|編輯)(?!\s*[:：])/u;
/** A reprint statement naming the outlet whose original the story is (`本文为虎嗅原创`, `本文系界面新闻独家原创`). */
const ORIGINAL_CREDIT = new RegExp(String.raw`^${withTraditional('本文')}(?:为|為|系)([\p{sc=Han}A-Za-z\d·]{2,12}?)(?:${withTraditional('独家')})?${withTraditional('原创')}`, 'u');
/** A name in square brackets among an info line's items (`2004年7月16日 [ 黄宇 ] 来源：…`): portals print the writer so. */
const BRACKETED_NAME = /[[［]\s*([\p{sc=Han}·]{2,4})\s*[\]］]/u;

export interface LabelHits {
  authors: string[];
  editors: string[];
  source?: string;
  date?: DateValue;
  modified?: DateValue;
  keywords: string[];
}

export interface LabelLine {
  hits: LabelHits;
  /** The line holds nothing but metadata (and noise such as view counts), so it leaves the body. */
  pure: boolean;
  /** A label with nothing after it (`來源:`): its value is the next line. */
  pendingField?: LabelField;
  /** Whether any field was found. */
  found: boolean;
  /** Whether the line has label words (`来源：`), as opposed to a bare byline or date. */
  labelled?: boolean;
  /** Whether the line names its date with a label (`发布日期：…`) rather than showing a bare date. */
  dateLabelled?: boolean;
}

/** A line that is nothing but the metadata found in it. */
function pureLine(hits: LabelHits): LabelLine {
  return { hits, pure: true, found: true };
}

function emptyHits(): LabelHits {
  return { authors: [], editors: [], keywords: [] };
}

const REPORTED_AT_END = new RegExp(`(?:${REPORTED})$`, 'u');
/**
 * A navigation link set right after the names of a credit (`作者：余毅菁 向雪妮<a>返回搜狐，查看更多</a>`):
 * its words (return to …, see more, read the full text) are no names.
 */
const GLUED_NAVIGATION = new RegExp(`(?:${withTraditional('返回')}[^\\s，,]{1,8}[，,]?\\s*)?(?:${withTraditional('查看更多|阅读更多|阅读全文')})\\s*$`, 'u');

/** Splits a credit into clean names: `陈智 整合` → [陈智]; `张三、李四` → [张三, 李四]. */
/** A reporter's role run into the name that follows it (`记者王敬照`, `本報記者陳明`). */
const GLUED_ROLE = new RegExp(`^(?:本[报報])?(?:${withTraditional('记者|通讯员|实习生')})(?=\\p{sc=Han}{2,4}$)`, 'u');

export function splitNames(value: string): string[] {
  const out: string[] = [];
  const isHan = /\p{sc=Han}/u.test(value);
  const names = isHan ? value.replace(GLUED_NAVIGATION, '') : value;
  const tokens = (isHan ? names.replace(SPACED_HAN_NAME, '$1$2') : names).split(isHan ? HAN_NAME_SEPARATORS : LATIN_NAME_SEPARATORS);
  for (const [index, token] of tokens.entries()) {
    // `赵培：北京物资学院，北京`: the writer, then a colon and the affiliation, which ends the credit.
    const affiliation = isHan ? token.search(/[:：]./u) : -1;
    const raw = affiliation > 0 ? token.slice(0, affiliation) : token;
    if (affiliation > 0 && index > 0) break;
    // `张三 北京报道`: the place the report was filed from follows the name.
    if (isHan && tokens.length > 1 && REPORTED_AT_END.test(raw)) continue;
    let name = raw.replace(/^[\s:：【[(（]+|[\s:：.。】\])）]+$/gu, '').replace(STAFF_CODE_SUFFIX, '').replace(BRACKETED_AFFILIATION, '');
    if (isHan && CREDIT_WORDS.test(name)) continue;
    // A writer's beat (`第一财经记者 · 关注消费、文旅与酒店业`): what follows is the beat, no names.
    if (isHan && /^(?:关注|關注|专注|專注)/u.test(name)) break;
    if (isHan) {
      const stripped = name.replace(CREDIT_SUFFIXES, '');
      if (stripped.length >= 2) name = stripped;
      // A role glued to the name it goes before (`记者王敬照`).
      name = name.replace(GLUED_ROLE, '');
    }
    // (A separator left alone, `·`, names nobody.)
    if (!name || name.length > 40 || !/\p{L}/u.test(name)) continue;
    if (FIELD_BY_WORD.has(name.toLowerCase())) continue;
    if (/^(?:本[报報]|新华社|新華社|特约|实习|見習|见习)$/.test(name)) continue;
    // (`作者：周衍，钛媒体经授权发布`: the republisher's note after the name names nobody.)
    if (isHan && /(?:授权|授權)(?:发布|發布|转载|轉載)$/u.test(name)) continue;
    // A role with its outlet (`观察者网专栏作者`, `本报特约记者`) describes the name that follows.
    if (isHan && ROLE_SUFFIX.test(name)) continue;
    if (/\d{3,}|https?:|www\./i.test(name)) continue;
    // A Han "name" longer than an outlet name is a sentence, not a credit.
    if (/^\p{sc=Han}+$/u.test(name) && name.length > 12) continue;
    out.push(name);
    if (affiliation > 0) break;
  }
  return out;
}

/** An account's id after its name (`消费新观察（ID：xfxgc2020）`). */
const ACCOUNT_ID = /\s*[（(]\s*(?:ID|微信号)\s*[:：][^）)]*[）)]/giu;

/** Cleans a 来源 value: first token for Chinese outlets, up to a separator for Latin ones. */
function cleanSource(value: string): string | undefined {
  let source = value.replace(/^[\s:：]+/, '').replace(ACCOUNT_ID, '').trim();
  // (A date may follow the outlet with no space, set in an element of its own: `中国青年网2021-09-14 10:22:15`.)
  const cut = source.search(/\s{2,}|[|｜丨]|\s(?=\d{4}[-/年])|(?<=\p{sc=Han})(?=(?:19|20)\d{2}[-/.年]\d)/u);
  if (cut > 0) source = source.slice(0, cut);
  if (/^[\p{sc=Han}]/u.test(source)) source = source.split(/\s/)[0] ?? '';
  source = source.replace(/[\s,，。;；:：)）】\]]+$/u, '').replace(/^[(（【[]+\s*/u, '');
  // The site's own address beside an agency's desk (`hessenschau.de, dpa/lhe`): the agency.
  const parts = source.split(/\s*,\s*/);
  if (parts.length > 1 && parts.some((part) => WEB_ADDRESS.test(part))) source = parts.filter((part) => !WEB_ADDRESS.test(part)).join(', ');
  source = source.replace(REGIONAL_DESK, '').replace(SIGNER_INITIALS, '');
  // A column's name after the outlet's (`腾讯新闻《一线》`): the outlet.
  const column = /^(\p{sc=Han}{2,12})《[^》]{1,12}》$/u.exec(source);
  if (column && isOutletName(column[1]!)) source = column[1]!;
  if (!source || source.length > 60 || /^https?:/i.test(source)) return undefined;
  return source;
}

/** A site's address named as a source (`hessenschau.de`). */
const WEB_ADDRESS = /^[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|net|org|fr|nl|be|es|it|pt|pl|cz|sk|se|no|dk|fi|uk|ie|eu|lu|info)$/i;
/** The initials of whoever put an agency's copy up, after the agency (`PAP ams`, set in an element of its own). */
const SIGNER_INITIALS = /(?<=^\p{Lu}[\p{Lu}\d-]{1,9})\s+\p{Ll}{2,4}$/u;
/** An agency's regional desk after its name (`dpa/lhe`, `dpa/lby`): the agency's credit. */
const REGIONAL_DESK = /(?<=^[\p{L}]{2,8})\/[a-z]{2,4}$/u;

/**
 * A Chinese line asking something (an interview's `记者：下一步将采取哪些措施？`): no credit ends so.
 * (An English line may end a date line with a question: `Last updated on … Found a bug?`.)
 */
const INTERVIEW_QUESTION = /(?:？|\p{sc=Han}\?)$/u;

/** The longest line (trimmed) that can be an info line. */
const MAX_LABEL_LINE = 160;
/** The longest line read as a wire's closing credits. */
const MAX_WIRE_CREDITS = 300;

function freezeLine(line: LabelLine): LabelLine {
  for (const value of Object.values(line.hits)) if (Array.isArray(value)) Object.freeze(value);
  Object.freeze(line.hits);
  return Object.freeze(line);
}

/** An update's word before its time, without a colon (`最後更新 2022/05/16 08:20`). */
const UPDATE_WORD_BEFORE_DATE = /^(?:最后更新|最後更新|更新时间|更新時間|更新于|更新於|更新)\s*/u;

/** A reprint note's account (`本文来源于微信公众号深潮观察（ID：shenchaoguancha）`, `本文转载自公众号「…」`). */
const REPRINTED_FROM_ACCOUNT = /本文(?:来源于|来自|转载自|轉載自|來源於|來自)(?:微信)?(?:公众号|公眾號)\s*[「“《]?([^（(，,。」”》\s]{2,20})/u;

/**
 * Finds metadata labels in one line of text. Returns null when the line has none. A line longer
 * than MAX_LABEL_LINE is a paragraph (which may quote a "记者" in passing), never read as labels.
 * Remembered for short lines (an info line is asked about by the headline search, the info-line
 * pass and the cleaning of the body's head and tail); each answer is frozen, as callers share it.
 */
export const readLabelLine: (line: string) => Readonly<LabelLine> | null = rememberedForShortTexts(
  (line: string) => {
    const parsed = parseLabelLine(line) ?? readBarredItems(line);
    // A reprint note naming the account a story comes from (`本文来源于微信公众号深潮观察（ID：…），作者：周衍`).
    const account = parsed && !parsed.hits.source ? REPRINTED_FROM_ACCOUNT.exec(line)?.[1]?.trim() : undefined;
    if (parsed && account) parsed.hits.source = account;
    return parsed && freezeLine(parsed);
  },
  { maxLength: MAX_LABEL_LINE * 2, maxEntries: 2000 },
);

/** A bar with spaces around it parting the items of an info line (`2022/10/12 18:05　｜　記者張雅筑／台北報導　｜　瀏覽次數 1,208`). */
const SPACED_BAR = /\s+[|｜丨]\s+/u;
/** A counter item of an info line (`瀏覽次數 1,208`, `阅读 3.6万`, `點擊：58次`). */
const COUNTER_ITEM = /^(?:阅读|閱讀|阅读量|閱讀量|阅读数|閱讀數|浏览|瀏覽|浏览量|瀏覽量|浏览次数|瀏覽次數|点击|點擊|点击数|點擊數|点阅|點閱|点阅次数|點閱次數|人气|人氣)\s*[:：]?\s*\d[\d,.]*[万萬wW+]?\s*次?$/u;

/**
 * An info line whose items, parted by spaced bars, each read alone but not together (a bare date,
 * a reporter's credit without a colon, a counter): the items' fields, when every item is metadata.
 */
function readBarredItems(line: string): LabelLine | null {
  if (!SPACED_BAR.test(line)) return null;
  const items = line.trim().split(SPACED_BAR).filter(Boolean);
  if (items.length < 2) return null;
  const hits = emptyHits();
  let found = false;
  for (const item of items) {
    if (COUNTER_ITEM.test(item)) continue;
    const read = parseLabelLine(item);
    if (!read?.pure) return null;
    if (!read.found) continue;
    found = true;
    hits.authors.push(...read.hits.authors);
    hits.editors.push(...read.hits.editors);
    hits.keywords.push(...read.hits.keywords);
    hits.source ??= read.hits.source;
    hits.date ??= read.hits.date;
    hits.modified ??= read.hits.modified;
  }
  return found ? pureLine(hits) : null;
}

/**
 * A wire service's closing credits (`Reporting by Lise Hvalby in Oslo; Additional reporting by
 * Mikael Strand; Editing by Nora Haskell and Peter Vance`): parts joined by semicolons, each a
 * role, `by` and names, perhaps where the reporter filed from.
 */
const WIRE_ROLES = 'reporting|writing|editing|compiled|compiling|research|graphics|fact-checking';
const WIRE_CREDIT = new RegExp(`^((?:additional\\s+)?(?:${WIRE_ROLES})(?:\\s+and\\s+(?:reporting|writing|editing))?)\\s+by\\s+(.+)$`, 'i');
const WIRE_CREDIT_START = new RegExp(`^(?:additional\\s+)?(?:${WIRE_ROLES})\\b`, 'i');
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}. -]*$/u;

function readWireCredits(text: string): LabelHits | null {
  if (!WIRE_CREDIT_START.test(text)) return null;
  const hits = emptyHits();
  for (const part of text.replace(/[.;]\s*$/, '').split(/\s*;\s*/)) {
    const credit = WIRE_CREDIT.exec(part);
    if (!credit) return null;
    const role = credit[1]!.toLowerCase();
    const names = credit[2]!.split(/\s*,\s*|\s+and\s+/).map((name) => name.replace(FILED_FROM, '').trim()).filter(Boolean);
    if (names.length === 0 || names.some((name) => !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4)) return null;
    if (role.includes('editing')) hits.editors.push(...names);
    else if (!role.startsWith('additional') && /reporting|writing/.test(role)) hits.authors.push(...names);
  }
  return hits;
}

/** A label word in brackets standing for the colon (`【来源】 南方+客户端`, `【作者】 林焕辉`). */
const BRACKETED_LABEL = /【([^】]{1,6})】\s*/gu;

/** A writer's role joined to another before one colon (`報導‧攝影：陳慧玲`, `文‧圖：…`): the writer's role labels the names. */
const JOINED_ROLES = new RegExp(String.raw`^([（(]?)(${withTraditional('报道|报导|采访|撰文|文')})[‧·•・/／](?:${withTraditional('摄影|图|报道|报导|文')})(?=[:：])`, 'u');

function parseLabelLine(line: string): LabelLine | null {
  const text = line.trim().replace(BRACKETED_LABEL, (whole, word: string) => (FIELD_BY_WORD.has(word.toLowerCase()) ? `${word}：` : whole)).replace(JOINED_ROLES, '$1$2');
  if (!text || INTERVIEW_QUESTION.test(text)) return null;
  // A wire's credits, perhaps in brackets (`(Reporting by …; Editing by …)`): several reporters
  // with where each filed from may run past an info line's length.
  const wire = text.length <= MAX_WIRE_CREDITS ? readWireCredits(text) ?? (/^\(.+\)$/.test(text) ? readWireCredits(text.slice(1, -1).trim()) : null) : null;
  if (wire) return pureLine(wire);
  if (text.length > MAX_LABEL_LINE) return null;
  // A Malaysian paper's closing credit (`（星洲日報/大都會‧報導：黃詩琪‧攝影：林志豪）`): the paper and its
  // desk, then the labelled credits parted by a dot.
  const desk = MALAYSIAN_CREDIT.exec(text);
  if (desk) {
    const inner = readLabelLine(desk[2]!.replace(/[‧·•]/gu, ' '));
    if (inner?.found) return { ...inner, pure: true, hits: { ...inner.hits, source: inner.hits.source ?? desk[1] } };
  }
  const hits = emptyHits();
  let found = false;
  let consumed = 0;
  let pendingField: LabelField | undefined;
  let dateLabelled = false;

  // An English date line with its source after the time: the date line, and the source.
  const sourceAfterTime = ENGLISH_DATE_LINE.test(text) ? SOURCE_AFTER_TIME.exec(text) : null;
  if (sourceAfterTime) {
    const dated = readLabelLine(text.slice(0, sourceAfterTime.index));
    const source = cleanSource(sourceAfterTime[1]!);
    if (dated?.dateLabelled && source) return { ...dated, hits: { ...dated.hits, source } };
  }
  const matches = LABEL_SEPARATOR.test(text) ? Array.from(text.matchAll(LABEL_WITH_COLON)) : [];
  // "By" and "Date" need to open the line: mid-sentence they are ordinary words.
  const labelled = matches.filter((match) => {
    const word = (match[1] ?? '').toLowerCase();
    if (NEVER_GLUED.test(word) && /\p{sc=Han}\s*$/u.test(text.slice(0, match.index))) return false;
    return !(/^(?:by|date|source|quelle|fuente|fonte|bron|źródło|share|views|posted|published|tags|editor|author)$/.test(word) && match.index !== 0 && !/[|｜丨·•]\s*$/.test(text.slice(0, match.index)));
  });
  for (let i = 0; i < labelled.length; i += 1) {
    const match = labelled[i]!;
    const field = FIELD_BY_WORD.get((match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? 'noise';
    const start = match.index + match[0].length;
    const end = labelled[i + 1]?.index ?? text.length;
    let value = text.slice(start, end).trim();
    // `【编辑:刘欢】 返回搜狐`: a bracketed credit's value ends at its closing bracket.
    const closing = value.indexOf('】');
    if (closing > 0 && !value.slice(0, closing).includes('【')) value = value.slice(0, closing);
    consumed += end - match.index;
    if (!value) {
      if (i === labelled.length - 1 && field !== 'noise') pendingField = field;
      continue;
    }
    found = true;
    applyField(hits, field, value);
    if (field === 'date' && hits.date) dateLabelled = true;
  }
  const before = labelled.length > 0 ? text.slice(0, labelled[0]!.index) : text;
  // A credit before the labels (`記者 黃欣怡 報導 | 發布時間：2024-03-12 16:48 | 點閱次數：1,523`).
  const leadingRun = labelled.length > 0 && hits.authors.length === 0 && hasHan(before) ? readCreditRun(before.replace(TRAILING_SEPARATORS, '')) : null;
  if (leadingRun && leadingRun.authors.length > 0) {
    hits.authors.push(...leadingRun.authors);
    hits.editors.push(...leadingRun.editors);
    if (leadingRun.outlet && !hits.source) hits.source = leadingRun.outlet;
    found = true;
  }
  // `本文为虎嗅原创，作者：宋柏川。转载请…`: the outlet whose original the story is.
  const original = before.includes('原') ? ORIGINAL_CREDIT.exec(before)?.[1] : undefined;
  if (original && !hits.source) {
    hits.source = original;
    found = true;
  }
  const bracketedName = labelled.length > 0 ? BRACKETED_NAME.exec(before)?.[1] : undefined;
  if (bracketedName && hits.authors.length === 0 && !OUTLET_SUFFIX.test(bracketedName) && !FIELD_BY_WORD.has(bracketedName)) {
    hits.authors.push(bracketedName);
    found = true;
  }

  // `Written by` alone on a line, the name on the next one.
  if (labelled.length === 0 && /^(?:written by|by|author|authors|words by)$/i.test(text)) return { hits, pure: true, pendingField: 'author', found: false, labelled: true };
  if (labelled.length === 0) {
    // `Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM`: an English date line.
    const dated = ENGLISH_DATE_LINE.exec(text) ?? EUROPEAN_DATE_LINE.exec(text);
    if (dated && text.length <= MAX_WORDED_DATE_LINE) {
      const date = findDateInText(text);
      if (date) {
        hits.date = date.value;
        return { hits, pure: true, found: true, dateLabelled: true, labelled: true };
      }
    }
    // The credit shapes below are Chinese: each needs a Han character (a line without one
    // never compiles their patterns, which costs milliseconds on the first page).
    const han = hasHan(text);
    const slash = han ? NAME_SLASH_OUTLET.exec(text) : null;
    if (slash && OUTLET_SUFFIX.test(slash[2] ?? '')) {
      // (A second credit after the names, `文/本报记者 王晨曦　统筹/李平`, is another role's.)
      hits.authors.push(...splitNames((slash[1] ?? '').replace(SECOND_SLASH_CREDIT, '')));
      hits.source = slash[2];
      return pureLine(hits);
    }
    // An outlet alone on a line (`新华社`) near the headline; a column's name (`综合新闻`) is none,
    // nor is an app's slogan (`鄢陵人自己的新闻客户端`: a name never holds 的) or a player's
    // button (`收聽本則新聞`, "listen to this news").
    if (han && text.length <= MAX_LONE_OUTLET && HAN_RUN.test(text) && OUTLET_SUFFIX.test(text) && !COLUMN_NAME.test(text) && !text.includes('的') && !THIS_ITEM.test(text)) {
      hits.source = text;
      return pureLine(hits);
    }
    // The responsible editor's label run into the name, no colon (`責任編輯許雅雯`).
    const gluedEditor = han ? GLUED_EDITOR.exec(text)?.[1] : undefined;
    if (gluedEditor) {
      hits.editors.push(gluedEditor);
      return pureLine(hits);
    }
    const run = han ? readCreditRun(text) : null;
    if (run) {
      hits.authors.push(...run.authors);
      hits.editors.push(...run.editors);
      if (run.outlet) hits.source = run.outlet;
      const named = run.authors.length > 0 || run.editors.length > 0;
      return { hits, pure: true, found: named, labelled: !named };
    }
    const reporter = han ? (REPORTER_LINE.exec(text) ?? REPORTER_DATELINE.exec(text) ?? SLASH_BYLINE.exec(text) ?? POSTED_BY.exec(text) ?? outletDateline(text) ?? outletSlashDateline(text) ?? namesSlashDateline(text)) : null;
    if (reporter) {
      addReporter(hits, reporter);
      // The pattern spans the whole line, so a line it matches is pure metadata.
      return hits.authors.length > 0 ? pureLine(hits) : null;
    }
    // `Edited by Clara Ott`, `Curated by …`: an editor's credit in a byline's words.
    const edited = text.length <= 120 ? EDITED_BY.exec(text) : null;
    const editors = edited ? readEnglishByline(`By ${text.slice(edited[0].length)}`) : null;
    if (editors) {
      hits.editors.push(...splitNames(editors.names));
      if (hits.editors.length > 0) return { hits, pure: editors.line.length >= text.length - edited![0].length, found: true };
    }
    const bylineDated = text.length <= MAX_WORDED_DATE_LINE ? bylineThenDateLine(text) : null;
    if (bylineDated) return bylineDated;
    const english = text.length <= 120 ? readEnglishByline(text) : null;
    if (english) {
      hits.authors.push(...splitNames(english.names));
      if (hits.authors.length === 0) return null;
      return { hits, pure: english.line.length >= text.length * 0.85, found: true };
    }
  }
  // A date before the first label (`2018-06-20 17:59:25 来源：…`) or alone on a short line;
  // in a longer unlabelled line a date is part of a sentence.
  const opening = findDateInText(before);
  // `更新于2024年6月3日 06:00 …`: a date word run into the date labels it, however long the line.
  const dateWord = opening && opening.index > 0 ? DATE_WORD_FIELDS.has(FIELD_BY_WORD.get(before.slice(0, opening.index).trim().toLowerCase()) ?? 'noise') : false;
  // (A read counter closing the line, `阅读 3.6万`, is no part of a sentence.)
  const date = labelled.length > 0 || text.replace(VIEW_COUNTER, '').length <= MAX_UNLABELLED_DATE_LINE || dateWord || (opening?.index === 0 && (DATE_THEN_BYLINE.test(before.slice(opening.end)) || UPDATE_WORD_BEFORE_DATE.test(before.slice(opening.end).trim()))) ? opening : null;
  const lead = date ? before.slice(0, date.index) : '';
  // `文章已于2019-11-26 09:18修改`: the day of a later change, not of the story.
  if (date && labelled.length === 0 && CHANGED_AFTER_DATE.test(text.slice(date.end))) {
    hits.modified = date.value;
    return pureLine(hits);
  }
  if (date && !hits.date && !DEADLINE_BEFORE_DATE.test(lead) && !LOOKED_UP_BEFORE_DATE.test(lead)) {
    hits.date = date.value;
    found = true;
    consumed += date.end - date.index;
    if (labelled.length === 0) {
      // `华夏人文 2020-03-09 18:14:21`: the account that posted, then the time (self-media);
      // `2019年09月07日 04:04 北京日报`: the time, then the outlet (portal info lines).
      const beforeDate = text.slice(0, date.index).replace(BADGES, '').trim();
      // (A zone's name in brackets after the time, `（美東時間）`, and a report or follow button or a
      // read counter closing the line, `举报`, `+ 关注`, `阅读 3.6万`, are no items of the credit.)
      let afterDate = text.slice(date.end).replace(ZONE_NOTE, '').replace(REPORT_BUTTON, '').replace(VIEW_COUNTER, '').trim();
      // (The last change's time between the time and the credit, `2022/05/15 19:07 最後更新 2022/05/16 08:20 記者 …`, is the change's.)
      const change = UPDATE_WORD_BEFORE_DATE.exec(afterDate);
      const changed = change ? findDateInText(afterDate.slice(change[0].length)) : null;
      if (change && changed?.index === 0) {
        hits.modified = changed.value;
        afterDate = afterDate.slice(change[0].length + changed.end).trim();
      }
      // (`更新于2024年6月3日`: a label word run into the date names no account.)
      // (`楼主发表于 2019-10-21 22:14`: a floor's badge run into the date's word names nobody.)
      if (beforeDate && !afterDate && NAME_TOKEN.test(beforeDate) && !FIELD_BY_WORD.has(beforeDate.toLowerCase()) && !DATE_PREPOSITION.test(beforeDate) && !DATE_VERB_END.test(beforeDate)) {
        hits.authors.push(beforeDate);
        return pureLine(hits);
      }
      const fromOutlet = afterDate && !beforeDate ? FROM_OUTLET.exec(afterDate)?.[1] : undefined;
      const outlet = fromOutlet ?? (beforeDate ? '' : afterDate);
      if (outlet && NAME_TOKEN.test(outlet) && OUTLET_SUFFIX.test(outlet)) {
        hits.source = outlet;
        // 来自 works as a label: a linked info line (date and outlet as links) still gives its outlet.
        return { ...pureLine(hits), labelled: fromOutlet !== undefined };
      }
      // `2023-07-18 09:35 聯合報／ 記者周晉宇／即時報導`: the time beside the reporter's credit.
      // `2024-06-02 18:47·湖北 鄂东小城事 举报`: the time, where the poster was (a platform's
      // IP location), then the posting account.
      const located = !beforeDate ? AFTER_IP_LOCATION.exec(afterDate) : null;
      if (located && NAME_TOKEN.test(located[1]!) && !OUTLET_SUFFIX.test(located[1]!) && !isWeekdayName(located[1]!)) {
        hits.authors.push(located[1]!);
        return pureLine(hits);
      }
      // (A date word run into the date, `更新于2024年6月3日`, is no item of the credit.)
      const credit = `${dateWord ? '' : beforeDate} ${afterDate}`.trim();
      if (dateWord && !credit) return { ...pureLine(hits), dateLabelled: true, labelled: true };
      // (The outlet run into the reporter's role, `人民日报客户端记者 赵一鸣`, is read first: it names the source too.)
      if (credit && readUnlabelledItems(credit, hits)) return pureLine(hits);
      const reporter = credit && (REPORTER_LINE.exec(credit) ?? REPORTER_DATELINE.exec(credit));
      if (reporter) {
        addReporter(hits, reporter);
        if (hits.authors.length > 0) return pureLine(hits);
      }
    } else {
      // `新民晚报 2023-11-21 14:05:22 作者：郁文浩`, `原创 齐鲁晚报·齐鲁壹点 记者 韩晓宇 张晗 2024-06-14 20:36 阅读量：…`:
      // the outlet and the reporter beside the time, before the labels.
      const items = `${before.slice(0, date.index)} ${before.slice(date.end)}`.trim();
      if (items && readUnlabelledItems(items, hits)) consumed += items.length;
    }
  }
  // Text after a label up to the next is that label's value; what is left to judge is the text
  // before the first label (a date, a name) and values too long to be metadata.
  const longValue = labelled.some((match, i) => (labelled[i + 1]?.index ?? text.length) - (match.index + match[0].length) > MAX_VALUE_LENGTH);
  // (A credit run before the labels is the credit whole, its outlet included: `现代快报/现代+记者 王益 文/摄`.)
  const leftover = leadingRun && leadingRun.authors.length > 0 ? '' : removeKnown(labelled.length > 0 ? before : text, hits);
  const pure = !longValue && leftover.length <= Math.max(2, text.length * 0.15) && consumed > 0;
  // Only noise labels (校对：…, 浏览次数：…): nothing to lift, but the line is still furniture.
  if (!found && !pendingField) return pure && labelled.length > 0 ? { hits, pure: true, found: false, labelled: true } : null;
  return { hits, pure: pure || Boolean(pendingField && !found && text.length <= 12), pendingField, found, dateLabelled, labelled: labelled.length > 0 };
}

/** A byline run into a date line (DATE_LINE_AFTER_BYLINE): the byline's names and the line's date, or null. */
function bylineThenDateLine(text: string): LabelLine | null {
  if (!BYLINE_OPENING.test(text)) return null;
  const at = DATE_LINE_AFTER_BYLINE.exec(text);
  if (!at) return null;
  const head = text.slice(0, at.index);
  const tail = text.slice(at.index + at[0].length);
  const byline = readEnglishByline(head);
  const date = findDateInText(tail);
  if (!byline || byline.line.length < head.length || !date || date.index > MAX_DATE_WORD_LEAD) return null;
  const hits = emptyHits();
  hits.authors.push(...splitNames(byline.names));
  if (hits.authors.length === 0) return null;
  hits.date = date.value;
  return { hits, pure: true, found: true, dateLabelled: true, labelled: true };
}

/** A reporters' credit without a role, names then a slash and where they filed from (`簡志宏／新北報導`, `林良齊、李侑珊／台北報導`). */
const NAMES_SLASH_DATELINE = new RegExp(String.raw`^(?<names>[\p{sc=Han}·]{2,4}(?:[、，,][\p{sc=Han}·]{2,4}){0,3})\s*[/／]\s*\p{sc=Han}{2,6}(?:${REPORTED})$`, 'u');

/** A desk's or an outlet's last character (`編輯部`, `生活組`): no person's name. */
const DESK_END = /[心组組部室台社网網报報]$/u;

/** NAMES_SLASH_DATELINE's match when each name is a person's (`國際中心／綜合報導` names a desk). */
function namesSlashDateline(text: string): RegExpExecArray | null {
  const match = NAMES_SLASH_DATELINE.exec(text);
  return match && match.groups!.names!.split(/[、，,]/u).every((name) => PERSONAL_NAME.test(name) || (name.length <= 3 && !DESK_END.test(name))) ? match : null;
}

/** OUTLET_SLASH_DATELINE's or OUTLET_NAMES_SLASH_DATELINE's match when its outlet is an outlet's name (a line holding a slash only). */
function outletSlashDateline(text: string): RegExpExecArray | null {
  if (!/[/／]/.test(text)) return null;
  const match = OUTLET_SLASH_DATELINE.exec(text) ?? OUTLET_NAMES_SLASH_DATELINE.exec(text);
  return match && isOutletName(match.groups!.outlet!) ? match : null;
}

/** The names of a reporter's credit line, and the outlet named before the role when it is one (`公視新聞網 記者 …`). */
function addReporter(hits: LabelHits, reporter: RegExpExecArray): void {
  hits.authors.push(...splitNames(reporter.groups?.names ?? reporter[1] ?? ''));
  const outlet = reporter.groups?.outlet;
  if (outlet && isOutletName(outlet)) hits.source = outlet;
}

/** An outlet's name: `新民晚报`, `齐鲁晚报·齐鲁壹点` (a paper and its app), `英国《金融时报》`, perhaps with a note in brackets; no column's name. */
export function isOutletName(named: string): boolean {
  // A note in brackets after the name (`日本经济新闻（中文版：日经中文网）`) is the outlet's too; a
  // date or an edition in brackets (`《光明日报》（2022年02月13日 02版）`) makes a print credit, no name.
  const text = named.replace(/[（(][^（）()\d]{0,10}\p{L}[^（）()\d]{0,10}[）)]$/u, '');
  if (text.length < MIN_CREDIT_OUTLET || text.length > MAX_LONE_OUTLET || !OUTLET_NAME_CHARACTERS.test(text) || COLUMN_NAME.test(text)) return false;
  const bare = text.replace(/[《》]/g, '');
  return OUTLET_SUFFIX.test(bare) || OUTLET_SUFFIX.test(bare.split(/[·/／]/)[0]!);
}

/**
 * The unlabelled items of an info line beside its time (`原创 齐鲁晚报·齐鲁壹点 记者 韩晓宇 张晗`):
 * a badge, an outlet's name, a reporter's credit, each but one optional. False, and nothing
 * added, unless the items are all of these.
 */
function readUnlabelledItems(items: string, hits: LabelHits): boolean {
  const rest = items.replace(BADGES, '').trim();
  if (!rest || !hasHan(rest)) return false;
  if (isOutletName(rest)) {
    hits.source ??= rest;
    return true;
  }
  // The outlet run into the reporter's role (`齐鲁晚报·齐鲁壹点记者 韩晓宇 张晗`: the block reader
  // joins Han text set in neighbouring elements), a foreign paper's dateline, a reporter's line.
  const credit = OUTLET_REPORTER.exec(rest) ?? outletDateline(rest) ?? REPORTER_LINE.exec(rest) ?? REPORTER_DATELINE.exec(rest) ?? namesSlashDateline(rest);
  const outlet = credit?.groups?.outlet;
  if (!credit || (outlet && !isOutletName(outlet))) return false;
  const named = hits.authors.length;
  addReporter(hits, credit);
  return hits.authors.length > named;
}

function removeKnown(text: string, hits: LabelHits): string {
  let rest = (LABEL_SEPARATOR.test(text) ? text.replace(LABEL_WITH_COLON, ' ') : text).replace(VIEW_COUNTER, '');
  for (const value of [...hits.authors, ...hits.editors, ...hits.keywords, hits.source ?? '']) {
    if (value) rest = rest.split(value).join(' ');
  }
  const date = findDateInText(rest);
  if (date) rest = rest.slice(0, date.index) + rest.slice(date.end);
  // Noise values (view counts, font-size switches 大 中 小) are digits or one-character words; a
  // weekday after the date (`（星期二）`) is the date's.
  rest = rest.replace(BRACKETED_WEEKDAY, '').replace(/\d+/g, '').replace(/^by\s/i, '').replace(REPORTER_WORDS, '');
  return rest.replace(SEPARATORS, '');
}

const BRACKETED_WEEKDAY = /[（(](?:星期|禮拜|礼拜|週|周)[一二三四五六日天][)）]/gu;
const REPORTER_WORDS = new RegExp(`${withTraditional('记者|通讯员|作者')}|本[报報]|文|[摄攝]|次|人|[大中小]`, 'gu');

/** An editor's staff code with no name (`DF385`, `SN117`). */
const STAFF_CODE_ALONE = /^[A-Z]{1,4}\d{2,6}$/;

/** A picture agency or stock library, or a picture "supplied by the writer" (`圖片來源：作者提供`): a `Quelle:` or `来源：` line naming one credits a photo, not the story. */
const PICTURE_AGENCY = /\b(?:fotolia|shutterstock|getty ?images|istock(?:photo)?|adobe ?stock|pixabay|unsplash|pexels|depositphotos|123rf|picture[- ]alliance)\b|^(?:视觉中国|視覺中國|东方IC|東方IC|图虫创意|圖蟲創意|摄图网|攝圖網|全景网|全景網|千库网|千庫網|IC photo|(?:作者|受访者|受訪者|本人)(?:提供|供图|供圖))$/iu;

export function isPictureAgency(name: string): boolean {
  return PICTURE_AGENCY.test(name.trim());
}

function applyField(hits: LabelHits, field: LabelField, value: string): void {
  switch (field) {
    case 'source': {
      const source = cleanSource(value);
      if (source && isPictureAgency(source)) break;
      if (source && PERSONAL_NAME.test(source) && !ORGANISATION_END.test(source)) hits.authors.push(source);
      else if (source && !hits.source) {
        hits.source = source;
        // The reporters named after the outlet in the same value (`来源：大河报·豫视频 记者 孟凡露`).
        const rest = value.slice(value.indexOf(source) + source.length);
        const reporter = /^\s/.test(rest) ? REPORTER_LINE.exec(rest.trim()) : null;
        if (reporter) hits.authors.push(...splitNames(reporter[1] ?? ''));
      }
      break;
    }
    case 'author': {
      // (A magazine's issue after the writers, `林洧楨、吳中傑　商業周刊 第1489期　2016-05-12`, names no writer; the date after it dates the story.)
      const issue = MAGAZINE_ISSUE.exec(value);
      if (issue) {
        const date = findDateInText(value.slice(issue.index + issue[0].length));
        if (date) hits.date ??= date.value;
      }
      const names = splitNames(stripTrailingDate(issue ? value.slice(0, issue.index) : value).replace(SECOND_SLASH_CREDIT, ''));
      // An outlet before the writers (`文｜财新周刊 高敏 周楠`) is the story's source, not a writer.
      if (names.length > 1 && hasHan(names[0]!) && isOutletName(names[0]!)) hits.source ??= names.shift();
      // (Or the outlet the writer works for, run into the first writer's role: `作者：南方周末记者 杨思琪`.)
      const role = hasHan(value) ? WRITER_ROLE_AT_END.exec(value.trim().split(/[\s:：]+/u)[0] ?? '') : null;
      if (role?.[1] && isOutletName(role[1])) hits.source ??= role[1];
      hits.authors.push(...names);
      break;
    }
    case 'editor': {
      const names = splitNames(stripTrailingDate(value.replace(FILING_CODE, '')));
      // `责任编辑：DF385`: a desk's staff code alone is all the page says of its editor.
      const code = value.trim().replace(/[)）】\]]+$/u, '');
      if (names.length === 0 && STAFF_CODE_ALONE.test(code)) names.push(code);
      hits.editors.push(...names);
      break;
    }
    case 'date':
    case 'modified': {
      const date = findDateInText(value);
      if (date && !hits[field]) hits[field] = date.value;
      // The reporters' credit closing the line after the date's bracket (`（更新時間：2024/03/12 15:10） 簡志宏／新北報導`).
      const tail = date ? value.slice(date.end).replace(/^[\s)）\]】]+/u, '').trim() : '';
      const credit = tail && hasHan(tail) ? REPORTER_DATELINE.exec(tail) ?? namesSlashDateline(tail) : null;
      if (credit) addReporter(hits, credit);
      // `日期：2024-09-27 时间：15:06`: a time under a label of its own completes the day before it.
      const time = date ? null : CLOCK_TIME.exec(value.trim());
      const day = hits[field];
      if (time && day && day.hour === undefined) hits[field] = { ...day, hour: Number(time[1]), minute: Number(time[2]), second: Number(time[3] ?? 0) };
      break;
    }
    case 'keywords':
      hits.keywords.push(...value.split(/[\s,，;；、|]+/).map((word) => word.trim()).filter(Boolean));
      break;
    case 'noise':
      break;
  }
}

/** A magazine's issue credited after the writers (`商業周刊 第1489期`, `第233期`). */
const MAGAZINE_ISSUE = /[\s　]+(?:[\p{sc=Han}\p{L}]{2,12}\s*)?第\s*\d{1,5}\s*期/u;

function stripTrailingDate(value: string): string {
  const date = findDateInText(value);
  return date ? value.slice(0, date.index) : value;
}

export interface BracketedCredits {
  authors: string[];
  editors: string[];
  /** The outlet a credit names before the reporter's role (`中央社記者…`). */
  source?: string;
  /** The text with a credit at its very end removed (`…事项。(记者王成果)` → `…事项。`). */
  textWithoutTrailingCredit: string;
}

/**
 * Credits in brackets inside a paragraph. Authors and editors are lifted from all of them; only
 * a credit closing the paragraph is cut from the text (a dateline credit such as
 * `新京报快讯（记者 裴剑飞）今日…` is part of the sentence and stays).
 */
export function readBracketedCredits(text: string): BracketedCredits | null {
  // Every credit shape here is worded in Chinese.
  if (!hasHan(text)) return null;
  let matches = Array.from(text.matchAll(BRACKETED_CREDIT));
  if (matches.length === 0) matches = Array.from(text.matchAll(DATELINE_CREDIT)).filter((match) => !OUTLET_SUFFIX.test(match[1] ?? ''));
  if (matches.length === 0) matches = [LEAD_REPORTER_CREDIT.exec(text)].filter((match) => match !== null);
  if (matches.length === 0) return outletSlashCredit(text);
  const authors: string[] = [];
  const editors: string[] = [];
  let source: string | undefined;
  for (const match of matches) {
    // (`环球时报报道 记者 …`: the paper, then the word for its report.)
    const outlet = CREDIT_OUTLET_PREFIX.exec(match[1] ?? '')?.[0].replace(REPORTED_AT_END, '');
    if (outlet && !source && outlet.length >= MIN_CREDIT_OUTLET && (OUTLET_SUFFIX.test(outlet) || UNSUFFIXED_OUTLET.test(outlet))) source = outlet;
    const inner = (match[1] ?? '').replace(CREDIT_OUTLET_PREFIX, '').trim();
    const isEditor = EDITOR_ROLE.test(inner);
    const names = splitNames(withoutFilingPlace(inner.replace(CREDIT_ROLE_PREFIX, '')));
    // Several roles in one credit: `记者 张三 通讯员 李四`.
    // (A Han "name" of five characters or more is a sentence, `（文中图片均为作者拍摄，…）`, no credit.)
    const extra = names.flatMap((name) => name.split(ROLE_BETWEEN_NAMES)).filter((name) => name && !/^\p{sc=Han}{5,}$/u.test(name));
    (isEditor ? editors : authors).push(...extra);
  }
  const last = matches[matches.length - 1]!;
  // (A wire's filing code may follow the closing credit: `（編輯：鄭雅文）1070315`.)
  const closes = last.index + last[0].length >= text.trimEnd().replace(FILING_CODE, '').length;
  const textWithoutTrailingCredit = closes ? text.slice(0, last.index).trimEnd() : text;
  if (authors.length === 0 && editors.length === 0) return null;
  return { authors, editors, source, textWithoutTrailingCredit };
}

/** A TV station's closing credit: the outlet, a slash, the reporters and where they filed (`（民視新聞／林柏翰、王俊傑 台中報導）`). */
const OUTLET_SLASH_CREDIT = new RegExp(String.raw`[（(]\s*(?<outlet>\p{sc=Han}{2,10})\s*[/／]\s*(?<names>[\p{sc=Han}·]{2,4}(?:[、，,\s]+[\p{sc=Han}·]{2,4})*)\s+\p{sc=Han}{2,6}(?:${REPORTED})\s*[）)]`, 'u');

function outletSlashCredit(text: string): BracketedCredits | null {
  const match = OUTLET_SLASH_CREDIT.exec(text);
  const outlet = match?.groups?.outlet ?? '';
  if (!match || !isOutletName(outlet)) return null;
  const closes = match.index + match[0].length >= text.trimEnd().length;
  return { authors: splitNames(match.groups?.names ?? ''), editors: [], source: outlet, textWithoutTrailingCredit: closes ? text.slice(0, match.index).trimEnd() : text };
}

/** Credit outlets (`本报` = this paper, 新华社) are read with the credit they open, not as a dispatch tag (`【本報消息】`). */
const HOME_OUTLET = new RegExp(`^(?:${CREDIT_OUTLET})$`, 'u');
/**
 * The tag of the outlet that filed the story, opening its first paragraph: `【明報專訊】`,
 * `（德國之聲中文網）`, `（中央社台北5日電）`, `（中央社台北12日綜合外電報導）`. The outlet's name, then optionally where and on
 * which day it was filed and a word of dispatch (专讯 = special report, 电 = wire, 综合外电报导 = compiled from wire reports).
 */
const DISPATCH_TAG = new RegExp(String.raw`^[【（(〔[]\s*([\p{sc=Han}·]{1,10}?(?:${OUTLET_ENDINGS}))(?:\p{sc=Han}{2,6}\d{1,2}日)?(?:${withTraditional('综合外电报导|综合外电报道|综合报导|综合报道|专讯|快讯|讯|专电|电')})?\s*[】）)〕\]]`, 'u');

/** The same word of dispatch unbracketed before the reporter's credit: `新京报讯（记者 王真真）…`, `扬子晚报网3月4日讯（通讯员 …）`. */
const DISPATCH_LEAD = new RegExp(String.raw`^([\p{sc=Han}·]{1,10}?(?:${OUTLET_ENDINGS}))(?:\d{1,2}月\d{1,2}日)?${withTraditional('讯')}\s*[（(]`, 'u');

/** The outlet a first paragraph's dispatch tag names (`【明報專訊】…` → `明報`), if it opens with one. */
export function dispatchOutlet(paragraph: string): string | undefined {
  const outlet = hasHan(paragraph) ? DISPATCH_TAG.exec(paragraph.trim())?.[1] : undefined;
  return outlet && !HOME_OUTLET.test(outlet) ? outlet : undefined;
}

/** The outlet a first paragraph's unbracketed word of dispatch names (`新京报讯（记者 王真真）…` → `新京报`), if it opens with one. */
export function dispatchLeadOutlet(paragraph: string): string | undefined {
  const outlet = hasHan(paragraph) ? DISPATCH_LEAD.exec(paragraph.trim())?.[1] : undefined;
  return outlet && !HOME_OUTLET.test(outlet) ? outlet : undefined;
}

/** A wire's filing code after its closing credit: the day in the ROC calendar (`1070315`) or a serial. */
const FILING_CODE = /(?<=[)）])\s*\d{4,8}$/u;

/** `林冠宇台北5日電` → `林冠宇`; `王小明、李大華 台北5日電` → `王小明、李大華`; `陳怡如台北報導` → `陳怡如`: a wire credit's names without where and when it was filed. */
function withoutFilingPlace(credit: string): string {
  // (Or where it was reported from, run into the names: `陳怡如台北報導`.)
  if (!FILED_ON_DAY.test(credit) && !(hasHan(credit) && REPORTED_AT_END.test(credit))) return credit;
  const rest = credit.replace(FILED_ON_DAY, '').replace(REPORTED_AT_END, '');
  const spaced = /^(.*\S)\s+\p{sc=Han}{2,6}$/u.exec(rest);
  if (spaced) return spaced[1]!;
  const names = rest.split('、');
  const last = names.pop() ?? '';
  const name = last.length >= GLUED_NAME_LENGTH + 2 ? last.slice(0, GLUED_NAME_LENGTH) : last.slice(0, 2);
  return [...names, name].join('、');
}
