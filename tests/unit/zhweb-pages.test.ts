/**
 * A held-out measure of how the extractor does on the Chinese web beyond news portals: synthetic
 * pages in tests/zhweb-pages/ (a 百度百科-style entry, a lyrics page with Japanese lines and their
 * translation, 日经中文网, a 求是 essay, a study-abroad WordPress blog, a 人民网 theory article, an
 * old 新浪博客 post, a 浙江在线 story saved through the Wayback Machine, a 知乎 answer, and an app
 * store's landing page that is no article), written with their truth by a helper who read neither
 * the extractor nor its rules, before the extractor was run on them. Scored by
 * tests/support/page-scoring.ts; a table is printed and each metric must stay at its floor.
 *
 * First run (the fair held-out figure), 10 pages:
 *   isArt 0.900 | title 0.889 | date 0.889 | time 0.857 | author 0.625 | editor 1.000 |
 *   source 0.750 | start 0.778 | end 0.778 | mustNot 0.914
 * Taught (tests/unit/heldout-rules.test.ts, tenth batch): an outlet's name with a note in
 * brackets in a foreign paper's dateline (`日本经济新闻（中文版：日经中文网）高桥大地 东京报道`);
 * where a post first ran and the request to name it (`本文首发于…，转载请联系作者并注明出处`), a table of contents' heading
 * (`文章目录`), an encyclopedia entry's references (`…[引用日期2021-08-14]`), its tag line and its
 * `参考资料` heading. Now isArt 0.9, title 0.889, date 0.889, time 0.857, author 0.75, source 1,
 * start 0.778, end 0.889, mustNot 0.96. Still missed:
 *   - the 求是 essay's lead in a box of its own above the box of the rest (taking such a box in
 *     took a portal's summary box too; a paragraph set apart above the story joins it only when it
 *     opens with a dispatch tag, see trad-rules);
 *   - the encyclopedia entry's summary, in a box above its infobox and table of contents (the
 *     real entry of trafilatura-zh misses it the same way; a summary box above a Chinese story is
 *     no body, as a 【摘要】 box of heldout9 is not), and its title's 义项 subtitle (its picture
 *     album's heading, `词条图册`, is cut since the second batch);
 *   - the lyrics page read as no article, and its site's watermark line;
 *   - a 知乎 answer dated by the next answer's 发布于 line (its own shows only 编辑于);
 *   - (an old 新浪博客 post's writer, named only as the blog's owner: found since the second batch.)
 *
 * Second batch (`heldout2`, 10 pages written the same way: a university department's news, a
 * county's 政务公开 notice, a company's news on an old ASP template, a 和讯博客 post, a 贴吧 thread,
 * a 豆瓣日记, a 微信公众号 article, a 39健康网 Q&A page, a 中国社会科学网 reprint of a journal paper,
 * and a 华军软件园 download page; the thread, the Q&A and the download page are no articles).
 * First run:
 *   isArt 0.700 | title 1.000 | date 1.000 | time 1.000 | author 0.800 | editor 1.000 |
 *   source 1.000 | start 1.000 | end 0.857 | mustNot 0.988
 * Taught (heldout-rules, the Chinese web's second batch): a thread's floors before the posts'
 * times (`3楼2020-09-06 21:31回复(1)`) and its replies' footers (`2020-9-6 21:40 回复`) count
 * against a story, and floors weigh more (−3); `往期推荐` and `词条图册` cut the tail; a blog
 * platform's `<title>` names the post's owner (`…_周南山_新浪博客`, `… - 江南老柯的博客 - 和讯博客`)
 * where the page declares only a login (a portal-pages blog's writer is found too). Now isArt 0.8,
 * the rest 1; heldout1 author 0.875, end 1, mustNot 0.97. A page declaring itself a question
 * with answers (schema.org QAPage; all 8 such corpus pages are forums) now weighs −3.5, so the
 * Q&A page is no article despite og:type article and a long accepted answer: isArt 0.9. (Not
 * DiscussionForumPosting: a 风闻 member's essay of heldout6 is declared so.) Still missed: the download page (no shop, cart or type to tell it) reads as an article.
 *
 * Third batch (`heldout3`, 10 pages written the same way: a county hospital's news, a school's
 * news on an old 动易 ASP template, a 知乎专栏 article, a CSDN post, a 百度经验 how-to, a 什么值得买
 * review, a 马蜂窝 travel note, a 新华网 reprint of a 《求是》 essay, an 汽车之家 news page, and a 链家
 * listing that is no article). First run:
 *   isArt 0.900 | title 0.778 | date 0.778 | time 0.750 | author 0.778 | editor 1.000 |
 *   source 1.000 | start 1.000 | end 1.000 | mustNot 0.981
 * Taught (heldout-rules, the Chinese web's third batch): titles split at a breadcrumb's `>>` and
 * at a hyphen between Han characters (`…空白行-百度经验`); a line naming the first publication (`于
 * 2021-03-15 16:42:08 首次发布`) over an info line's later day; React's `itemProp`; a writer's bio
 * (`（作者系…教授）`) as no credit; Chinese property sites' listing addresses. Now author 0.889 and
 * mustNot 0.981, the rest 1. Still missed: a travel note's writer named only in a profile link
 * (and a closing copyright line), and place and car cards set into the text.
 *
 * Fourth batch (`heldout4`, 10 pages written the same way: a college's news on a 博达 站群 page, a
 * valve maker's news, a 博客园 post, a 豆瓣小组 topic (judged one article), a 简书 mirror of a
 * WeChat essay, a 360百科 entry, a 中国政府网 政策解读, a 知网 catalogue record (no article), a B站
 * 专栏 article, a 京东 item page). First run:
 *   isArt 0.700 | title 0.714 | date 1.000 | time 1.000 | author 0.833 | start 1.000 | end 0.571 |
 *   mustNot 0.917
 * Taught (heldout-rules, the Chinese web's fourth batch): a reposted essay's `— END —` and writer
 * bio, a page's own address line, a plea for likes, a maker's sales line; a topic set before the
 * headline with a bar (`专家解读｜…`) kept in the title; a paper's catalogue record (its `摘要` /
 * `关键词` / `基金` / `分类号` lines over little text) and a marketplace item (`item.` host, `￥`
 * prices, a cart link) as no articles. Now isArt 0.9, title 0.857, end 1, mustNot 0.976. Still
 * missed: a group topic with replies (read as a thread), a maker's headline that adds its brand,
 * a unit-and-name byline, a video card inside a 专栏 article.
 *
 * Fifth batch (`heldout5`, 10 pages written the same way: a hospital's 科普 article, a primary
 * school on a 大汉 站群 template, a Chinese WordPress blog, a 知乎 question with four answers (no
 * article), a 公众号 post, a tourism bureau's guide, an association's notice with attachments, a 小红书
 * note, a 华军 tutorial, a maker's product list (no article)). First run:
 *   isArt 0.800 | title 0.875 | date 0.875 | time 1.000 | author 1.000 | editor 1.000 | source 0.750 |
 *   start 0.750 | end 0.875 | mustNot 0.958
 * Taught: a post's reading time (`全文共2860字，阅读约需8分钟`) and `—THE END—`. Now start 0.875,
 * mustNot 0.979. Still missed: a 公众号's 作者简介 box, an association notice's headline only in
 * the pasted document, a product list and a question page read the wrong way.
 *
 * Sixth batch (`heldout6`, 10 pages written the same way: a district health bureau, a state-owned
 * group's news, a 思否 post, a 虎扑 thread's main post (judged one article), a Hexo essay, a 丁香医生
 * article, a 穷游 guide, a university library notice, a ZAKER mirror, a job site's company page (no
 * article)). First run:
 *   isArt 1.000 | title 1.000 | date 1.000 | time 1.000 | author 0.750 | editor 1.000 | source 1.000 |
 *   start 1.000 | end 0.556 | mustNot 0.909
 * Taught: a video's caption (`视频：…`), a post's client tail (`发自虎扑iPhone客户端`), a fold's
 * `收起`, a writing contest's note (`本文参与了…`), a doctor's title as no name. Now end 0.778,
 * mustNot 0.952. Still missed: a 虎扑 writer named only by the floor's header, a health article's
 * product card and references, a guide's hotel cards.
 */
import { join } from 'node:path';
import { testSplitFloors, type Metric } from '../support/page-scoring';

type Split = 'heldout1' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22';

/** Lowest score allowed per metric (the figures reached when the rules were written). */
const FLOORS: Record<Split, Record<Metric, number>> = {
  heldout1: { isArt: 0.9, title: 0.88, date: 0.88, time: 0.85, author: 0.87, editor: 1, source: 1, start: 0.77, end: 1, mustNot: 0.96 },
  heldout2: { isArt: 0.9, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 1 },
  heldout3: { isArt: 1, title: 1, date: 1, time: 1, author: 0.88, editor: 1, source: 1, start: 1, end: 1, mustNot: 0.98 },
  heldout4: { isArt: 0.9, title: 0.85, date: 1, time: 1, author: 0.83, editor: 1, source: 1, start: 1, end: 1, mustNot: 0.97 },
  heldout5: { isArt: 0.8, title: 0.87, date: 0.87, time: 1, author: 1, editor: 1, source: 0.75, start: 0.87, end: 0.87, mustNot: 0.97 },
  heldout6: { isArt: 1, title: 1, date: 1, time: 1, author: 0.75, editor: 1, source: 1, start: 1, end: 0.77, mustNot: 0.95 },
  // heldout7 (DedeCMS maker, a primary school, CSDN, 新浪博客 2012, 找法网, 太平洋汽车, wikiHow 中文,
  // 游民星空, a 网易号 WeChat mirror, a 豆瓣 group), written the same way. First run: title 0.889,
  // author and editor 0.75, end 0.778, mustNot 0.909, the rest 1.
  // Then taught: the headline under a `<title>` naming only the section and the school; a writer
  // credited in a table under the story; `本文被查看…次`, `这篇文章有帮助吗？`, `更多相关内容请关注：…`,
  // `打开网易新闻 查看精彩图片`: title 1, author 0.875, end 0.889, mustNot 0.940. Left: 审核 as the
  // editor (the news pages' truths take it for no editor), a lawyer's byline (`何立新律师`), boxes
  // inside the story (a consultation box, car cards), a wikiHow's closing about-box.
  heldout7: { isArt: 1, title: 1, date: 1, time: 1, author: 0.87, editor: 0.75, source: 1, start: 1, end: 0.88, mustNot: 0.94 },
  // heldout8 (a 街道 on 帝国CMS, a 学会 on ASP.NET, a DUX WordPress blog, 知乎专栏, 豆瓣日记, a hospital's
  // 科普, a company 公众号, a 晋江 chapter, 中公 exam advice, a 信息公开 directory), written the same
  // way. First run: isArt 0.9, title 0.667, time 0.833, author 0.875, end 0.778, mustNot 0.960.
  // Then taught: a cell named `bt` (标题) and an ASP.NET `lblTitle` as title lines under a bare
  // `<title>`; the page's h1 over a sidebar heading only `<title>`'s section part words; reply buttons
  // in a blog's comments as no thread's floors; a `- END -` mark closing the story, its credits read:
  // isArt, author 1, title 0.889, end 0.889, mustNot 0.980. Left: a novel's chapter title (`<title>`
  // and og:title name the book), an author box's line, a 【…备考推荐】 box.
  heldout8: { isArt: 1, title: 0.88, date: 1, time: 0.83, author: 1, editor: 1, source: 1, start: 1, end: 0.88, mustNot: 0.97 },
  // heldout9 (a county's 政策解读, a college on JEECMS, 51CTO, 百家号, a Bootstrap company site, 中关村在线,
  // a scenic area, a Typecho essay, a 悟空问答 answer, a tender list), written the same way. First run:
  // title 0.889, author 0.857, source 0.333, start 0.889, end 0.778, mustNot 0.972, the rest 1.
  // Then taught: a site's own-work note (`本文属于原创文章，如若转载，请注明来源：…`) names no source and
  // leaves the body; `本文图片均为作者拍摄`: end 1, mustNot 0.991. Left: a policy page's bold first
  // heading, a Typecho blog's site h1, 悟空问答's answerer, sources the zhweb truths name unlabelled.
  heldout9: { isArt: 1, title: 0.88, date: 1, time: 1, author: 0.85, editor: 1, source: 0.33, start: 0.88, end: 1, mustNot: 0.99 },
  // heldout10 (教育局 通知, 简书, 博客园, 搜狐号, MetInfo, 39健康, 水利局 站群, 携程 游记, 雪球, a product list), written the
  // same way. First run: isArt 0.9, date 0.778, time 0.667, start and end 0.889, mustNot 0.970, the
  // rest 1.
  // Taught: a date beside a counter with no space in the markup, a post footer's time completing the
  // head's day, a reprint statement, a trip's fact lines, an asker's line as no date: all 1 but isArt
  // 0.9 (a product list).
  heldout10: { isArt: 0.9, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 1 },
  // heldout11 (研究生院 通知, 掘金, Hexo, 人人都是产品经理, a law firm, 汽车之家论坛, a museum, 微博 长文, 互动百科, a download
  // page), written the same way. First run: date 0.875, source 0.667, start 0.75, end 0.625,
  // mustNot 0.900, the rest 1.
  // Taught: a writing campaign's line, a column's writer tag, bio and original note (its platform the
  // source), a cover picture's credit, an encyclopedia's edit prompt: source 1, start and end 0.875,
  // mustNot 0.975.
  heldout11: { isArt: 1, title: 1, date: 0.87, time: 1, author: 1, editor: 1, source: 1, start: 0.87, end: 0.87, mustNot: 0.97 },
  // heldout12 (a county court, OSCHINA, a 知乎 answer, a company's 企业文化 page, a PHPCMS school, a 豆瓣
  // review, a farm-advice site, a 穷游 thread, 头条号, a 县长信箱 list), written the same way. First run:
  // title 0.889, date 0.875, time 0.857, author 0.571, end 0.889, mustNot 0.969, the rest 1.
  // Taught (that session and the next): a floor badge run into the date's word names no poster; the
  // account opening a post's info line before its time, or carrying the thread starter's badge, is
  // the writer; a shop's commodity card and a project card set into the story: author 0.857, mustNot
  // 1. Still missed: a court's title (its <title> is the court's name), a closing `更多详情` pointer
  // the truth keeps, a 知乎 answer's own time under the question's, a 豆瓣 review's book box naming
  // the book's author.
  heldout12: { isArt: 1, title: 0.88, date: 0.87, time: 0.85, author: 0.85, editor: 1, source: 1, start: 1, end: 0.88, mustNot: 1 },
  // heldout13 (少数派, 果壳, 爱范儿, 钛媒体, 语雀, a VuePress blog, an Argon WordPress blog; a V2EX thread, a
  // 办事指南 page, a 产品中心 list), written the same way. First run: date 0.857, source 0.5, start 0.429,
  // end 0.857, mustNot 0.852, the rest 1.
  // Taught: a platform's stock notes on members' posts and its app and shop pitches, a paid column's
  // card, a republisher's reprint note (its account the source), a picture's source element as no
  // source, a blog theme's outdated notice: source, end 1, start 0.857, mustNot 0.971. Still missed:
  // a knowledge base whose paragraphs are custom elements (its tip box and created date), a related
  // story's card set into the story.
  heldout13: { isArt: 1, title: 1, date: 0.85, time: 1, author: 1, editor: 1, source: 1, start: 0.85, end: 1, mustNot: 0.97 },
  // heldout14 (InfoQ, 极客公园, 品玩, 太平洋电脑网, 懂车帝, 好大夫在线, a Z-Blog blog, an 开源中国 blog; a 百度知道
  // question, a 大众点评 shop), written the same way. First run: isArt 0.9, title 0.875, author 0.625,
  // source 0.333, start 0.875, end 0.75, mustNot 0.885, the rest 1.
  // Taught (with the next batch): an author bio, event and reading picks and a review's verdict box
  // ending a post (`作者介绍：`, `活动推荐`, `今日好文推荐`, `编辑点评：`), a review's score line: end 1,
  // mustNot 0.969. Still missed: an editor's intro before the text, a 品玩 and an 开源中国 source, a
  // self-media account under its IP location, a doctor's name in a side card, a Z-Blog title in an h2
  // under an h4 date, a 百度知道 question read as an article.
  heldout14: { isArt: 0.89, title: 0.87, date: 1, time: 1, author: 0.62, editor: 1, source: 0.33, start: 0.87, end: 1, mustNot: 0.96 },
  // heldout15 (知乎专栏, 百家号, 搜狐号, 简书, 豆瓣日记, 新浪博客 2014, 微博头条文章, a 教务处 notice; a 贴吧 thread,
  // a 京东 product page), written the same way. First run: author 0.857, start and end 0.75, mustNot
  // 0.969, the rest 1.
  // Taught: a repost's follow prompt (`点击上方蓝字，关注我们`), a writing campaign's note, a giveaway's
  // call, a lone dash line: start 0.875, end and mustNot 1. Still missed: a 微博 article's author (the
  // account), a notice's addressee line taken for its start.
  heldout15: { isArt: 1, title: 1, date: 1, time: 1, author: 0.85, editor: 1, source: 0, start: 0.87, end: 1, mustNot: 1 },
  // heldout16 (CSDN, 博客园, 掘金, an anonymous 知乎 answer, 小红书, a company's news, a hospital's health
  // article, a 政策解读 page; a 豆瓣小组 thread, a 51job listing), written the same way at the session's end.
  // First run: isArt 0.8, date 0.75, time 0.833, author 0.571, start 0.875, end 0.625, mustNot 0.898,
  // the rest 1.
  // Taught: a campaign note (`本文正在参加「金石计划」`), a copy button: end 0.75, mustNot 0.911. Still
  // missed: a challenge template's opening line, a company's credit and boilerplate, list pages.
  heldout16: { isArt: 0.79, title: 1, date: 0.74, time: 0.83, author: 0.57, editor: 1, source: 1, start: 0.87, end: 0.74, mustNot: 0.91 },
  // heldout17 (腾讯云开发者社区, 阿里云开发者社区, 数英, 驱动之家, a 子比主题 WordPress blog, a consultancy's
  // 洞察, a publisher's 新书推荐, 360doc; a 知乎 question, a 猫眼 film page), written the same way. First
  // run: isArt 0.9, title, date and author 0.875, time 0.8, source 0.6, start 0.75, end 0.625, mustNot
  // 0.84, editor 1.
  // Taught: a 简介 lead, a zoom hint, a plea for likes and follows, a takedown note, a closing bio:
  // source 1.0, start and end 0.875, mustNot 0.916. Still missed: a publisher's book-information
  // table, a reply-to-view box, a film page read as an article.
  heldout17: { isArt: 0.89, title: 0.87, date: 0.87, time: 0.79, author: 0.87, editor: 1, source: 1, start: 0.87, end: 0.87, mustNot: 0.91 },
  // heldout18 (36氪 reprint, 东方财富 财富号, 豆瓣 影评, a Halo blog, a broker's research summary, a 科协's
  // 科普, 站酷, a foundation's news; a 贴吧 home, an app store page), written the same way. First run:
  // author and start 0.75, end 0.625, mustNot 0.933, the rest 1.
  // Taught: an AI summary box: start 0.875, mustNot 0.944. Still missed: a research summary's table
  // layout and analysts, a provenance note run into the last paragraph, an inline 文/图 credit.
  heldout18: { isArt: 1, title: 1, date: 1, time: 1, author: 0.74, editor: 1, source: 1, start: 0.87, end: 0.62, mustNot: 0.94 },
  // heldout19 (a company WeChat repost, 雪球 专栏, a 飞书 public doc, a lawyer's blog, a 学院 lecture notice,
  // a 疾控中心, a 商会, a scenic area's news; a B站 space, a 高德 POI page), written the same way. First run:
  // isArt 0.9, author 0.571, start and end 0.5, mustNot 0.841, the rest 1.
  // Taught: a closing bio under a 作者 label, an update note opening a post, a table of contents' heading
  // read as a writer: author 0.714, start and end 0.625, mustNot 0.883. Still missed: a 目录 list opening
  // the text, a 文档说明 box, an 编者按 (kept by earlier truths), a company's closing profile, the POI page.
  heldout19: { isArt: 0.89, title: 1, date: 1, time: 1, author: 0.71, editor: 1, source: 1, start: 0.62, end: 0.62, mustNot: 0.88 },
  // heldout20 (少数派, 知乎专栏, 简书 serial, a Typecho blog, a 应急管理局 科普, a university's news, a company
  // press release, a hospital's 专家科普; a 大众点评 shop, a 京东 item), written the same way. First run:
  // isArt 0.9, title and date 0.875, time 0.667, author 0.833, start 0.75, end 0.375, mustNot 0.855.
  // Taught: a hashtag line, a call for comments, a next-part preview, a press contact, an outdated-post
  // notice, a last-modified label: start 0.875, end 0.5, mustNot 0.897. Still missed: a column prefix in
  // the headline, a 12-hour 下午 time, a company's profile after the release, an expert card.
  heldout20: { isArt: 0.89, title: 0.87, date: 0.87, time: 0.66, author: 0.83, editor: 1, source: 1, start: 0.87, end: 0.49, mustNot: 0.89 },
  // heldout21 (a county 发布 WeChat post, 百家号, a 搜狐号 repost, a Hexo Fluid blog, a 研究生院 notice, an
  // association's news, a hospital's news from 宁波晚报, a museum's 展讯; a 知乎 topic, a 携程 hotel), written
  // the same way. First run: isArt 0.9, source 0.8, start and end 0.75, mustNot 0.927, the rest 1.
  // Taught: a 导读 lead, a museum's visit tips: start and end 0.875, mustNot 0.958. Still missed: an
  // audio summary over a WeChat post, an aggregator account taken for the source, the topic page.
  heldout21: { isArt: 0.89, title: 1, date: 1, time: 1, author: 1, editor: 1, source: 0.79, start: 0.87, end: 0.87, mustNot: 0.95 },
  // heldout22 (a university WeChat post, a 知乎 answer, CSDN, a WordPress tech blog, a 政策解读, an
  // association's notice, a company's 行业资讯, a 中学's news; a 豆瓣 film page, a 百度百科 entry), written the
  // same way at the session's end and not yet taught. First run: isArt 0.8, date 0.875, time 0.833,
  // author 0.667, start 0.875, end 0.625, mustNot 0.955, the rest 1.
  heldout22: { isArt: 0.79, title: 1, date: 0.87, time: 0.83, author: 0.66, editor: 1, source: 1, start: 0.87, end: 0.62, mustNot: 0.95 },
};

testSplitFloors('held-out pages of the Chinese web beyond news portals', join(import.meta.dirname, '..', 'zhweb-pages'), FLOORS);
