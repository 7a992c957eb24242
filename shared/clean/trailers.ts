/**
 * Text that is never part of an article even when it sits inside the article's container:
 * comment rules, recommendation headings, "load more" buttons, like counters, copyright and
 * platform statements (本平台仅提供信息存储服务), app-download and app-promotion lines (尽在…APP),
 * tracking digit strings. Tables: headings that open a trailer (all that follows them is
 * dropped), and furniture lines, dropped wherever they occur or only at the edges of the body.
 * Phrases are listed once, in simplified script, and their traditional spellings are added (Taiwan and Hong
 * Kong sites print the same furniture).
 */
import { hasHan } from '../text/cjk';
import { traditionalAlternatives } from '../text/han-pairs';

/** What may close a trailer heading: decoration and a colon. */
const TRAILER_HEADING_END = '[\\s:：»›>→]*$';

/**
 * Headings that start the tail of a page (recommendations, related news, comments). Matched
 * against the whole line after trimming decoration, so a sentence mentioning them is safe.
 * The Chinese headings are a pattern of their own, tried only on lines with a Han character
 * (a page in another script never compiles it); the others match in any case.
 */
const CHINESE_TRAILER_HEADINGS = new RegExp(
  '^(?:' +
    traditionalAlternatives([
      '为你推荐', '为您推荐', '相关新闻', '相关阅读', '相关文章', '相关报道', '相关推荐', '延伸阅读', '猜你喜欢', '热门推荐', '热点推荐', '推荐阅读',
      '精彩推荐', '往期回顾', '往期推荐', '热门文章', '热门新闻', '热点新闻', '编辑推荐', '网友评论', '新闻评论', '我要评论', '发表评论', '全部评论', '热门评论',
      '最新评论', '参考资料', '词条图册(?:更多图册)?', '更多图册', '更多\\S{1,8}(?:报道|报导|新闻|文章)', '相关词汇', '小知识', '小档案', '活动资料', '新闻背景', '活动推荐', '今日好文推荐', '编辑点评', '作者介绍', '作者简介',
    ]) +
    '|' +
    ['(?:\\S{2,8})?此前报道', '(?:\\S{2,8})?此前報導', '参观提示', '參觀提示', '更多精彩', '往期精彩', '最新新闻', '最新文章', '小檔案', '小资料', '小資料', '新闻辞典', '新聞辭典', '下篇预告', '下篇預告', '下期预告', '下期預告', '媒体联系', '媒體聯繫', '媒体联络', '媒體聯絡', '大家都在看', '大家都在看什么', '今日推荐', '评论区', '相关专题', '相关链接', '相關鏈接', '相關連結'].join('|') +
    ')' + TRAILER_HEADING_END,
  'u',
);
const OTHER_TRAILER_HEADINGS = new RegExp(
  '^(?:' +
    [
      'related(?: articles?| stories| posts?| content| coverage)?', 'recommended(?: for you| stories| articles| products)?',
      'more (?:from|on|stories|news|articles|in)\\b[^.!?]{0,60}', 'more [\\p{L}]+ from\\b[^.!?]{0,40}', 'more\\b.{0,30}\\b(?:stories|articles|news|posts|reads|videos)', 'most (?:read|popular|viewed|shared)\\b.{0,30}', 'you (?:may|might) also like', 'read (?:more|next)',
      'trending(?: now| stories)?', 'explore further', '(?:leave a |post a )?comments?', '\\d+ comments?', 'share this(?: article| story| post)?',
      // Share bars' headings in other languages (`Teilen mit:`, `Partager sur :`, `Compartir en`).
      'teilen mit', '(?:diesen )?(?:beitrag|artikel) teilen', 'partager(?: cet article| sur)?', 'compartir(?: en)?', 'condividi(?: su)?', 'delen(?: via| op)?', 'compartilhe', 'what to read next',
      'newsletter', 'sign up for .*newsletter.*', 'a message from the editor', 'where to get help', 'support public radio', 'infos? pratiques?', 'kilder', 'kjelder', 'källor', 'lähteet', 'we(?:\'|’)re hiring[.!]?', 'about the author', 'about\\s+(?!\\d)[^\\s.!?]+(?:\\s+[^\\s.!?]+){0,2}', 'popular posts', 'latest news', 'top stories', 'also in (?:the )?news', '(?:recent|latest) posts',
      // A recipe card's nutrition panel after the steps; a match report's line-ups after the report.
      // A fact check's list of its sources and its widget after the verdict.
      'our sources', 'share the facts', 'nutrition(?: (?:information|facts))?', '(?:starting |team )?line-?ups',
      // A broadcaster's note on the programme that aired the story, and a picture gallery after it.
      'dieses thema im programm', '(?:bilder|foto)galerie', '(?:photo |picture |image |project )?gallery',
      // A press release's notes and press contact after its text, in English and German.
      'further information', '(?:journal|paper|study) reference', 'notes? to editors', '(?:media|press) (?:contacts?|enquiries|inquiries)', '(?:presse|medien)kontakte?', 'kontakt für (?:die )?(?:presse|medien)',
      // A call for readers' pictures and a messenger channel's follow box after a story (`Hast du etwas beobachtet?`, `Folgst du schon 20 Minuten auf WhatsApp?`).
      '(?:hast du|haben sie) (?:etwas|was|mehr) (?:beobachtet|gesehen|erlebt)\\??', '(?:folgst du|folgen sie) (?:schon |bereits )?.{0,30}(?:auf|bei) (?:whatsapp|telegram|instagram|tiktok)\\??',
      // A health publisher's list of the studies it cites, after the story.
      'article sources', 'how we reviewed this article', 'verwendete quellen', '(?:[\\p{L} ]{1,30}\\? )?(?:our|my) favou?rite (?:travel )?resources', 'original ?publi(?:cation|kation)', 'originalveröffentlichung', '(?:wissenschaftliche[rn]? )?ansprechpartner(?:in|innen)?',
    ].join('|') +
    ')' + TRAILER_HEADING_END,
  'iu',
);

/**
 * A German profile heading after the story (`Über den Autor`, `Über uns`, `Über Lühmann
 * Schiffstechnik`): a name of up to three capitalised words, so that a subheading in the story
 * (`Über Geld spricht man nicht`) is none. Case matters, so it stands apart from the headings above.
 */
const GERMAN_PROFILE_HEADING = /^(?:Über|ÜBER)\s+(?:(?:den|die) (?:Autor|Autorin|Verfasser|Verfasserin)|uns|(?:das|die) Unternehmen|(?:den|die|das) \p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}\s+(?:GmbH|AG|SE|KG|KGaA|Gruppe|Group|Stiftung|Verband|e\.\s?V\.)|\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&)){0,2})[\s:：]*$/u;

/** A kind of furniture line: the pattern, and the longest line it is believed on. */
interface FurnitureLine {
  name: string;
  pattern: RegExp;
  maxLength: number;
  /** Text every match holds: a line without it is passed over before the pattern runs (or is compiled, on a page's first call). */
  holds?: string;
}

/** Lines of page furniture dropped wherever they occur: no sentence looks like them. */
/**
 * A correspondent signing a French story off, with the place or the paper
 * (`Lucie Garnet (Marseille, correspondante)`, `Yves Le Bihan (correspondant Ouest-France)`): group 1 the name.
 */
export const CORRESPONDENT_SIGN_OFF = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\((?:[^()]{2,30},\s*(?:correspondant|correspondante|envoyé spécial|envoyée spéciale)|(?:correspondant|correspondante|envoyé spécial|envoyée spéciale)\s+[^(),]{2,30})\)$/u;

const FURNITURE_ANYWHERE: readonly FurnitureLine[] = [
  // `评论仅供` also covers 网友评论仅供 (these patterns match anywhere in the line).
  { name: 'comment rules', maxLength: 200, pattern: new RegExp(traditionalAlternatives(['文明上网', '理性发言', '评论服务协议', '评论仅供']) + '|不代表本[网站網]立场|不代表我[网網]立场', 'u') },
  { name: 'load more', maxLength: 40, pattern: new RegExp(`^(?:${traditionalAlternatives(['加载更多', '点击加载更多', '展开全文', '展开全部', '阅读全文', '点击查看', '请继续往下阅读', '继续阅读'])}|請繼續往下閱讀|繼續閱讀|查看更多|load more|show more|view more)`, 'iu') },
  // A like button's placeholder while its script loads (WordPress: `Like Loading...`, `Gefällt mir Wird geladen …`).
  { name: 'loading placeholder', maxLength: 40, pattern: /^(?:(?:like|gefällt mir|j’aime|j'aime|me gusta|mi piace)\s*:?\s*){0,2}(?:loading|wird geladen|lade|chargement|cargando|caricamento)\s*(?:\.\.\.|…)$/iu },
  // A post's interaction bar: counters only (`转发12 评论46 赞538 举报`).
  { name: 'like counter', maxLength: 40, pattern: new RegExp(`^(?:(?:${traditionalAlternatives(['转发', '评论', '点赞', '赞', '收藏', '分享', '举报'])})\\s*\\d*\\s*){2,}$`, 'u') },
  { name: 'like counter', maxLength: 20, pattern: /^(?:[+＋]\s?\d{1,6}|\d{1,6}\s?(?:赞|讚|人点赞|人已赞|likes?)|(?:赞|讚|点赞|點讚|收藏|分享|举报|舉報)\s*\d{0,6})$/iu },
  { name: 'tracking digits', maxLength: 200, pattern: /^[\d\s]{16,}$/ },
  { name: 'page tools', maxLength: 40, pattern: /^(?:【?打印本页】?|【?关闭窗口】?|【?打印】?【?关闭】?|【?关闭】?|返回顶部|返回首页|上一篇|下一篇|上一页|下一页|分享到|分享至|字号[:：]?\s*[大中小\s]*|举报\s*[/／]\s*反馈|[+＋]\s*关注|print(?: this)?(?: page| article)?|back to top|article info|(?:table of contents|in this article|on this page|jump to|文章目录|文章目錄|本文目录|本文目錄)\s*[:：]?$|share on .*|share this(?: (?:post|article|story|page))?\s*(?:\.\.\.|…)$|tweet|email this|previous (?:post|article)|next (?:post|article))(?=$|[\s:：】|])/iu },
  { name: 'photo caption', maxLength: 80, pattern: new RegExp(`^(?:${traditionalAlternatives(['图为', '图：', '图/', '图说[:：]', '上图', '下图', '资料图', '图片：'])})|[（(][^()（）]{0,14}(?:${traditionalAlternatives(['摄', '供图'])})[)）]$|[（(](?:${traditionalAlternatives(['图'])})\\s*[/／][^()（）]{1,20}[)）]$|(?:${traditionalAlternatives(['视觉中国', '东方IC', '资料照片', '图虫创意'])})\\s*(?:${traditionalAlternatives(['供图', '资料图', '资料'])})?[)）]?$`, 'u') },
  { name: 'gallery controls', maxLength: 20, pattern: /^(?:caption|close|hide caption|show caption|enlarge|expand|\d{1,3} of \d{1,3}|\d{1,3}\s?\/\s?\d{1,3})$/iu },
  // A Chinese paper's picture caption, marked with a triangle (`▲黑沙環公園現時部分設施已使用逾二十年`).
  { name: 'photo caption', maxLength: 60, pattern: /^▲\s*[^。！？]{4,58}$/u, holds: '▲' },
  // A gallery's title and its buttons set into a Chinese story (`相片集：西九夜光藝術展`, `上一張`).
  { name: 'gallery controls', maxLength: 40, pattern: /^(?:相片集|圖集|图集|圖輯|图辑|組圖|组图)\s*[:：]|^(?:上一[张張]|下一[张張])$/u },
  // A shop widget's heading set between a review's paragraphs (`Today's best Vantec AeroBuds Pro deals`).
  { name: 'deals widget', maxLength: 80, pattern: /^today(?:'|’)s best\b.{0,60}\bdeals?$/iu },
  // A price box's stamp (`Prices last updated on January 9, 2024`, `Last updated on 2024-01-09 / Affiliate links`).
  { name: 'deals widget', maxLength: 100, pattern: /^(?:prices? (?:were )?last updated|last updated on .{6,30}\/\s*affiliate links)\b/iu },
  { name: 'gallery controls', maxLength: 40, pattern: /^(?:swipe|scroll|click) (?:for|to see) more (?:photos|pictures|images)$/iu },
  // (`Click the flyer to see it full size!`)
  { name: 'gallery controls', maxLength: 60, pattern: /^(?:click|tap) (?:on )?(?:the|this|each|any) (?:flyer|image|picture|photo|poster|thumbnail)s? to (?:see|view|enlarge|open)\b.{0,25}[.!]?$/iu },
  // A video's pointer in Polish stories (`Dalszy ciąg materiału pod wideo`), a comment counter (`Komentarji (27)`).
  { name: 'video player', maxLength: 60, pattern: /^dalszy ciąg (?:materiału|artykułu|tekstu) pod (?:wideo|materiałem wideo|reklamą)$/iu },
  { name: 'like counter', maxLength: 30, pattern: /^(?:komentarji|komentarze|kommentare|comments|commentaires|comentarios|kommentarer|kommentit|hozzászólások)\s*\(\d{1,6}\)$/iu },
  // An outlet's messaging channel named in Italian or Spanish (`Corriere della Sera è anche su WhatsApp`).
  { name: 'app promotion', maxLength: 200, pattern: /(?:^|\s)è anche su whatsapp\b|(?:^|\s)(?:está|también está) (?:también )?en whatsapp\b/iu },
  // An affiliate box's note between a review's products (`We earn a commission if you make a purchase, at no additional cost to you.`).
  { name: 'affiliate disclosure', maxLength: 120, pattern: /^we (?:may )?earn (?:an? )?(?:small )?(?:affiliate )?commissions? (?:if|when) you (?:make a )?(?:purchase|buy)\b/iu },
  // A related story's link marked with an arrow (`►詐騙大數據曝光 …`), a site's reminder under a star
  // (`★《ETtoday新聞雲》提醒您：…`), a stock box's heading and note (`相關股票`, `股價資料為前一交易日收盤價`).
  { name: 'related link', maxLength: 60, pattern: /^[►▶]\s*\p{sc=Han}[^。]{3,58}$/u },
  { name: 'site reminder', maxLength: 200, pattern: /^★\s*《[^》]{2,20}》\s*(?:提醒您|提醒你|關心您|关心您)/u },
  { name: 'stock quote', maxLength: 40, pattern: /^(?:相關股票|相关股票)$|(?:股價|股价)(?:資料|数据|資訊)(?:為|为)前一交易日(?:收盤價|收盘价)/u },
  // An audio player's prompt set above a story (`NEW You can now listen to Fox News articles!`).
  { name: 'audio player', maxLength: 80, pattern: /^(?:new\s*)?you can now listen to\b/iu },
  // A video's title set into a story (`WATCH: Dashcam shows driver evacuating children`, `WATCH | What the slump looks like from above`).
  { name: 'video player', maxLength: 120, pattern: /^(?:WATCH|VIDEO)\s*[:|]\s+\S/u },
  // A code block's copy button (`复制代码`, `Copy code`).
  { name: 'page tools', maxLength: 12, pattern: /^(?:复制代码|複製代碼|copy code|copy)$/iu },
  // A video player's loading text (`视频加载中，请稍候... 自动播放 开`, `正在加载...`).
  { name: 'video player', maxLength: 40, pattern: /^(?:视频|視頻)?(?:加载中|載入中|正在加载|正在載入)[，,.…。\s]*(?:请稍候|請稍候)?[.…。\s]*(?:(?:自动播放|自動播放)\s*(?:开|開|关|關)?\s*)?$/u },
  // A shoppable picture's hint (`Tap the dots to shop this photo`, `Click the image to shop the look`).
  { name: 'shop prompt', maxLength: 60, pattern: /^(?:click|tap|hover over) (?:on )?(?:the |this |each )?(?:dots?|hotspots?|pins?|icons?|image|picture|photo)s? to shop\b.{0,25}$/iu },
  // A weather widget's forecast (`Fr 24°/13° 26°/14° 22°/12°`): temperatures, perhaps after weekdays.
  { name: 'weather widget', maxLength: 120, pattern: /^(?:(?:\p{L}{1,3}\.?\s*)?-?\d{1,2}\s?°[CF]?(?:\s*\/\s*-?\d{1,2}\s?°[CF]?)?\s*){2,}$/u, holds: '°' },
  // A chain template's label over each run of the text (`Article content`) and its ad placeholder.
  { name: 'advertisement label', maxLength: 100, pattern: /^article content$|^this advertisement has not loaded yet\b/iu },
  // A video player's labels set into the story (`JUST WATCHED`, `Replay`, `More Videos ...`, `Play video 01:12`, `VIDEO 02:14`), and its pointer (`Scroll down for video`).
  { name: 'video player', maxLength: 80, pattern: /^(?:just watched|must watch|replay|more videos\s*(?:\.{3}|…)?|scroll down for videos?|video (?:player )?is loading\.?|please use chrome browser for a more accessible video player|featured video|(?:play )?video\s+\d{1,2}:\d{2})$/iu },
  // A video's title set into a Chinese story (`【视频】广州骑楼街“焕新”`): no sentence after the tag.
  { name: 'video player', maxLength: 40, pattern: /^【(?:视频|視頻)】[^。！？]*$/u, holds: '【' },
  // (And its pointer or caption: `观看视频：红山景小贩中心重新开放`, `视频：汛期中的长湖特大桥`.)
  { name: 'video player', maxLength: 40, pattern: /^(?:观看视频|觀看視頻|观看影片|觀看影片|视频|視頻)[:：]/u },
  // An app's store links (`iOS版 | Android版`), a post's client tail (`发自虎扑iPhone客户端`), a fold's button (`收起`).
  { name: 'app promotion', maxLength: 40, pattern: /^(?:iOS|Android|安卓)版?(?:\s*[|｜/]\s*(?:iOS|Android|安卓)版?)+$|^(?:发自|發自|来自|來自).{1,16}(?:客户端|客戶端)$/u },
  { name: 'load more', maxLength: 4, pattern: /^(?:收起|收起全文)$/u },
  // A reading platform's marker on a highlighted passage, and a live quote set after a ticker (`NASDAQ:CRWF $38.02 -$0.44 (-1.14%)`).
  { name: 'reader highlight', maxLength: 20, pattern: /^top highlight$/iu },
  { name: 'stock quote', maxLength: 120, pattern: /^(?:[\p{L}\d&.,'’ -]{1,40}\s+stock quote\s+)?(?:NASDAQ|NYSE|AMEX|NYSEARCA|OTC|TSX|LSE)\s*:\s*[A-Z][A-Z.]{0,6}\s*\$?\d[\d,.]*(?:\s*[-+−]?\$?\d[\d,.]*)?(?:\s*\([-+−]?\d[\d.,]*%\))?$/iu },
  // A newsletter box's line set between paragraphs (`Get the Daily Money newsletter in your inbox.`).
  { name: 'newsletter prompt', maxLength: 80, pattern: /^(?:get|sign up for|subscribe to) (?:the |our )?[\p{L}\d'’& ]{1,40}newsletters?(?: in your inbox| delivered to your inbox)?\.?$/iu },
  // A newsletter's pitch closing on its sign-up link (`Start the day with a summary of the day’s most important … stories. Sign up for our Morning Edition newsletter.`).
  { name: 'newsletter prompt', maxLength: 250, pattern: /[.!?]\s+(?:sign up (?:for|to receive)|subscribe to) (?:the |our )?(?:free )?[\p{L}\d'’& ]{1,40}newsletter\.?$/iu },
  // A newsletter box's pitch and its own page-tool lines set between paragraphs (`Get a look at the day ahead … with our Morning Bid Asia newsletter. Sign up here.`,
  // `Privacy Notice: Newsletters may contain …`, `after newsletter promotion`), and a portal's closing plug (`Get Latest India News along with …`).
  { name: 'newsletter prompt', maxLength: 400, pattern: /\bwith our [\p{L}\d'’& ]{1,40}newsletter\.\s*sign up here\.?$|^privacy notice:\s*newsletters may contain\b|^(?:skip past|after) newsletter promotion$|^start your day with the top stories of the day\b/iu },
  // A newsletter box's heading naming the letter (`Sign up for The Weekly Meridian`).
  { name: 'newsletter prompt', maxLength: 50, pattern: /^[Ss]ign up for (?:[Tt]he |[Oo]ur )?(?:\p{Lu}[\p{L}'’&]*\s?){1,4}$/u },
  // A picture's pin prompt (`Pin it for later!`, `Save this for later! Pin the tools list …`).
  { name: 'page tools', maxLength: 200, pattern: /^(?:pin (?:it|this|me)(?: for later)?|save (?:this|it) for later)(?:!|\.|$)/iu },
  // A health site's review note (`Last medically reviewed on March 4, 2021`).
  { name: 'review note', maxLength: 60, pattern: /^(?:last )?(?:medically |fact[- ]?)(?:reviewed|checked) on\b/iu },
  // A paywall's prompt set inside the story, in the languages of news sites, and its offer (a
  // price, and the promise that it can be cancelled).
  { name: 'paywall prompt', maxLength: 160, pattern: /^(?:weiterlesen mit\b|sie wollen weiterlesen\b|sie sind bereits abonnent|dieser artikel gehört zum angebot von\b|er du allerede abonnent\b|artiklen fortsætter\b|jetzt \d+ wochen für\b|déjà abonné|il vous reste \d+(?:[.,]\d+)?\s?% de cet article|la suite est réservée aux abonnés|already a subscriber\b|subscribe to (?:keep|continue) reading\b)|^(?=.*(?:[$€£]\s?\d|\d(?:[.,]\d+)?\s?[€$£]))(?=.*\b(?:jederzeit kündbar|cancel any ?time|sans engagement|résiliable à tout moment)\b)/iu },
  // An invitation to a messaging channel (`📲 Participe do canal do g1 no WhatsApp`, `追蹤香港01 WhatsApp頻道`).
  { name: 'app promotion', maxLength: 120, pattern: /\bcanal\b.{0,40}\bno whatsapp\b|\b(?:whatsapp|telegram)(?:-| )(?:channel|kanal)\b|(?:whatsapp|telegram)\s*(?:頻道|频道|群組|群组)|facebook\s*(?:專頁|专页)/iu },
  // An app's QR box or prize draw set between a story's paragraphs (`凤凰新闻客户端 扫码下载 更多精彩资讯一手掌握`, `現在用APP看新聞 保證天天中獎`).
  // (And an app's card between paragraphs: `打开澎湃新闻APP，阅读体验更佳`.)
  // (And a short line ending on the app's name: `看有态度的新闻，打开凤凰新闻APP`; an account's
  // pitch: `…尽在新浪新闻公众号，点击关注`.)
  { name: 'app promotion', maxLength: 60, pattern: /扫码下载|掃碼下載|(?:用|在)\s*(?:APP|App)\s*看新[闻聞]|(?:APP|App|客户端|客戶端).{0,4}(?:阅读体验更佳|閱讀體驗更佳)|^[^。！？]{0,16}打开[^。！？]{1,10}(?:APP|App|客户端)[！!。]?$/u },
  { name: 'app promotion', maxLength: 80, pattern: /尽在[^。！？]{1,12}公众号|公众号[，,]\s*点击关注/u },
  // A tip box set into a story: its question and how to reach the reporters (`Do you have information about …?`, `Contact … at …@… or by Signal …`).
  { name: 'tip box', maxLength: 400, pattern: /^do you have (?:information|a tip|tips) (?:about|on|for)\b.{0,120}\?$|^contact \p{Lu}[\p{L}.'’ -]{1,40} at [\w.+-]+@[\w-]+\.[\w.]+\b.{0,300}\b(?:signal|whatsapp|phone|call|text)\b/iu },
  // A local site's subscription box set into the story (`Find out what's happening in Glen Ellyn with free, real-time updates from Patch.`).
  { name: 'subscription box', maxLength: 160, pattern: /^[Ff]ind out what(?:'|’)s happening in\b|^[Ss]ubscribe to (?:the )?\p{Lu}[\p{L}'’ ]{1,40}$/u },
  // (`Subscribe to azcentral.com today. Get unlimited access to local news`.)
  { name: 'subscription box', maxLength: 120, pattern: /^subscribe to [\p{L}\d.'’ -]{2,40}\b(?:today|now)[.!](?:\s.{0,80})?$/iu },
  // An alerts or app prompt set between paragraphs (`Get our breaking news alert`, `Download the ABC News app`).
  { name: 'app promotion', maxLength: 60, pattern: /^(?:get our breaking news alerts?|download the [\p{L} ]{1,30} app)\b/iu },
  // A read-also heading left alone between paragraphs (its links gone).
  { name: 'related heading', maxLength: 40, pattern: /^(?:read more|read also|also read|more on this(?: story)?|m[áa]s informaci[óo]n|més informació|mehr zum thema|das könnte (?:sie|dich|euch) auch (?:noch )?interessieren|weitere artikel|ähnliche artikel|auch interessant|lesen sie auch|(?:à )?lire aussi|sur le même sujet|te puede interesar|te recomendamos|noticias relacionadas|leggi anche|approfondiment[oi]|leia também|veja também|lees ook|czytaj (?:także|też)|more for you|you (?:may|might) also like|recommended for you|related (?:articles|stories|coverage|content)|more on this (?:story|topic)|also read|what(?:'|’)s more)[\s:：»›>→|]*$/iu },
  // A members' wall set inside the story (`本文為會員限定內容`, `加入遠見會員，每月免費閱讀5篇…`).
  // (`此文章為01會員專享`; `立即登入或免費註冊成為01會員，即可閱讀全文`.)
  { name: 'paywall prompt', maxLength: 120, pattern: /^(?:本文|此文章?|本篇)?[為为]?[\p{L}\d]{0,6}?(?:會員|会员|訂戶|订户)(?:限定|專屬|专属|獨享|独享|專享|专享)(?:內容|内容|文章)?$|^(?:本文|此文|本篇)?[為为]?(?:會員|会员|訂戶|订户)(?:限定|專屬|专属|獨享|独享)(?:內容|内容|文章)|(?:加入|成為|成为|登記成為|登记成为).{0,8}(?:會員|会员).{0,20}(?:免費閱讀|免费阅读|無限暢讀|无限畅读)|(?:登入|登录|登錄|註冊|注册).{0,12}(?:會員|会员)[，,]?\s*(?:即可|便可|以)(?:閱讀|阅读)(?:全文|全部)/u },
  // A print edition's subscription box set into the story (`想收到實體周報？按此訂閱《香港01》周報`, `更多內容，歡迎鏡週刊紙本雜誌、鏡週刊數位訂閱`).
  { name: 'subscription box', maxLength: 80, pattern: /^[^。！]{0,20}[？?]?\s*(?:按此|點此|点此|點擊|点击)(?:訂閱|订阅)|^更多(?:精彩)?(?:內容|内容)[，,]\s*(?:歡迎|欢迎).{0,40}(?:訂閱|订阅)/u },
  // A paywall's meter box set inside the story (`You've read 5 of 5 free articles this month.`).
  // (`你已閱讀本月 3/5 篇免費文章`, the same in Chinese.)
  // (A paper's wall: `本文为南方周末原创付费内容，剩余 68% 未读`, `开通南方周末会员，畅读全部付费内容`, `已是会员？登录继续阅读`.)
  { name: 'paywall prompt', maxLength: 60, pattern: /剩余\s*\d{1,2}(?:\.\d+)?\s*%\s*未[读讀]|^开通[^，,。]{1,12}会员[，,]\s*畅[读享]|^開通[^，,。]{1,12}會員[，,]\s*暢[讀享]|^已是(?:会员|會員)[？?]\s*(?:登录|登入|登錄)/u },
  { name: 'paywall meter', maxLength: 120, pattern: /\byou(?:'|’)ve read \d+ of \d+ free (?:articles?|stories)\b|\b\d+ free (?:articles?|stories) (?:left )?this month\b|^[你您]已[閱阅][讀读](?:本月)?\s*\d+\s*[/／]\s*\d+\s*篇/iu },
  // (Between dashes too: `- Pubblicità -`.)
  { name: 'advertisement label', maxLength: 30, pattern: /^[-–—\s]*(?:advertisement|advertising|advertisements|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|реклама|reklam|reklám|hirdetés|annons|annonce|mainos|oglas|oglasno sporočilo|inserat|广告|廣告|推广|推廣)[-–—\s]*$/iu },
  { name: 'photo caption', maxLength: 300, pattern: /(?:credit|photo|image|picture|photograph|foto|fotó|bild|borítókép)s?\s*:\s*[^.:]{1,60}$|\((?:[Pp]hoto|[Ii]mage|[Cc]redit)s?:?[^)]{1,60}\)$|\b(?:AP|AFP|Getty Images|Reuters|EPA|Shutterstock)(?:\s*\/\s*[^.]{1,40})?$/u },
  // A picture's zoom hint set as a line (`（点击图片查看大图）`), and a post's closing plea for likes and
  // follows (`如果这篇文章对你有帮助，欢迎点赞、收藏，也欢迎关注我的专栏…`).
  { name: 'photo caption', maxLength: 20, pattern: new RegExp(`^[（(]?(?:${traditionalAlternatives(['点击图片查看大图', '点击查看大图', '点击看大图', '点击放大'])})[)）]?$`, 'u') },
  { name: 'call to action', maxLength: 200, pattern: new RegExp(`^(?:${traditionalAlternatives(['如果'])})?(?:${traditionalAlternatives(['这篇文章', '本文', '这篇', '文章', '以上内容'])})?(?:${traditionalAlternatives(['对你有', '对您有'])})所?(?:${traditionalAlternatives(['帮助', '用', '启发'])})[^。]{0,6}[，,]\\s*(?:${traditionalAlternatives(['欢迎', '请', '记得', '麻烦', '别忘了'])})`, 'u') },
  // A reposted essay's closing note on its pictures' takedown (`图片来自网络，侵删`).
  { name: 'copyright', maxLength: 40, pattern: new RegExp(`^(?:${traditionalAlternatives(['图片来自网络', '图片来源于网络', '图片源自网络', '图源网络'])})[，,、\\s]*(?:${traditionalAlternatives(['如有侵权请联系删除', '如有侵权请联系', '侵删', '侵权删', '侵权请联系删除'])})?[。.]?$`, 'u') },
  // A related story's teaser boxed into the text after a bracketed heading (`【延伸阅读】今年7月，极目新闻曾报道，… 点击查看>>`);
  // the heading alone on its line starts the page's tail (CHINESE_TRAILER_HEADINGS).
  { name: 'related teaser', maxLength: 200, pattern: new RegExp(`^【(?:${traditionalAlternatives(['延伸阅读', '相关阅读', '相关报道', '相关新闻', '往期回顾', '专题'])})】\\s*[^\\s【].{10,}`, 'u') },
  // A readers' poll set into a story (`網友投票`, `已有 2,318 人參與投票`) and its like button (`喜歡這篇新聞嗎？ 326`).
  { name: 'poll widget', maxLength: 40, pattern: /^(?:网友投票|網友投票|参与投票|參與投票)$|^【[^】]{0,6}投票】$|^已有\s*[\d,]+\s*人(?:(?:参与|參與|参加|參加)?投票|参与|參與)$|^(?:喜欢|喜歡)(?:这篇|這篇)(?:新闻|新聞|文章)(?:吗|嗎)[?？]/u },
  // An app's plug under a story (`北京日报客户端权威发布 · 首都资讯立即下载`), a newsroom's tip line (`…欢迎拨打新闻热线0571-85311999`),
  // a post's hashtag line (`#日更挑战# 第 87 天 | #非虚构写作#`) and its closing call for comments (`欢迎在评论区说说你的夜班是什么样子，点个赞…`).
  { name: 'app promotion', maxLength: 40, pattern: /^(?:\S{2,12})?权威发布\s*[·•]\s*\S{2,8}资讯(?:立即下载)?$/u },
  { name: 'tip line', maxLength: 160, pattern: /(?:新闻热线|新聞熱線|报料热线|報料熱線|读者热线|讀者熱線)\s*[:：]?\s*\d{3,4}-?\d{6,8}/u },
  // A paper's reprint terms under its story (`如需转载请与《每日经济新闻》报社联系。`).
  { name: 'copyright', maxLength: 60, pattern: /^如需转载请(?:与|联系|聯繫|與)/u },
  // (Two tags or a day count at least: `#专栏作家#` alone is a columnist's badge.)
  { name: 'tags line', maxLength: 80, pattern: /^(?=(?:[^#]*#[^#\s]{1,20}#){2}|.*第\s*\d+\s*天)(?:#[^#\s]{1,20}#\s*(?:第\s*\d+\s*天)?\s*[|｜]?\s*){1,4}$/u },
  { name: 'call to action', maxLength: 120, pattern: /^(?:欢迎|歡迎)(?:在|到)?(?:评论区|評論區)(?:留言|说说|說說|聊聊|分享|讨论|討論)/u },
  // An embedded post's caption and a video's play prompt set into a story (`A post shared by Punggol Wanderer (@…)`,
  // `Click to play video: 'Bridge repairs …'`), a link line (`READ MORE HERE`), and a Czech pointer past an advert.
  { name: 'video player', maxLength: 160, pattern: /^(?:a post shared by\b|click to play video\b)|^pokračování článku pod reklamou$/iu },
  { name: 'load more', maxLength: 20, pattern: /^read more here:?$/iu },
  // A pointer to a game's or a topic's hub (`更多相关内容请关注：山海残卷专区`).
  { name: 'call to action', maxLength: 60, pattern: /^更多(?:相关|相關)?(?:内容|內容|资讯|資訊|攻略|精彩)?(?:请|請)(?:关注|關注)[:：]/u },
  // A mirror's note under each picture (`打开网易新闻 查看精彩图片`).
  { name: 'app promotion', maxLength: 30, pattern: /^(?:打开|打開)[^。！？]{1,10}(?:查看|看)(?:精彩|更多)?(?:图片|圖片|视频|影片|視頻)$/u },
  // A video player's clock and its quality switch (`00:00 / 02:31`, `标清 高清 超清 | 全屏`).
  { name: 'video player', maxLength: 40, pattern: /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:标清|標清|高清|超清|蓝光|藍光|全屏|[|｜]|\s)+)?$/u },
  // An app's download line in a box set into the story (`下载南方+客户端，看更多…`, `扫码或在应用商店搜索“南方+”`).
  { name: 'app promotion', maxLength: 60, pattern: /^下载\s*[^。！？，,、]{1,10}\s*(?:APP|App|客户端)[，,、]|(?:在|于)应用商店搜索|(?:在|於)應用商店搜尋/u },
  // A post's reading time alone on a line (`8 min read`, `Lesezeit: 4 Min.`).
  { name: 'reading time', maxLength: 30, pattern: /^(?:\d{1,3}\s?(?:min(?:ute)?s?|mins?)\.?\s+read|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|čas branja|lukuaika|läsningstid|czas czytania)\s*:?\s*\d{1,3}\s?(?:min(?:ute)?s?|min\.?|minuten|minuuttia))$/iu },
  // (`Keep Westword Free...`, an alt-weekly's box heading.)
  { name: 'support appeal', maxLength: 40, pattern: /^[Kk]eep (?:\p{Lu}[\p{L}.'’-]*\s){1,3}[Ff]ree\b/u },
  // An appeal for support boxed into the story (`Support local journalism`, `Your support helps …`).
  { name: 'support appeal', maxLength: 300, pattern: /^(?:support (?:independent |local |nonprofit |quality )+(?:\p{Lu}[\p{L}.]+ )?journalism|your support helps|our (?:reporting|journalism) is free to read|support (?:my|our) (?:writing|work)|tu apoyo es (?:necesario|imprescindible)|hazte soci[oa]\b|soutenez (?:notre|le) journalisme|unterstützen sie (?:unseren|unabhängigen) journalismus)\b/iu },
  // A chart embed's alternative text (`Stock chart icon`).
  { name: 'page tools', maxLength: 30, pattern: /^stock chart icon$/iu },
  // A like and share bar (`点赞 126收藏分享到：微信 微博 QQ空间`).
  { name: 'page tools', maxLength: 60, pattern: /(?:分享到|分享至)[:：]?\s*(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|复制链接)\s*)+$/u },
  // A messenger's follow prompt (`快加入《ETtoday新聞雲》LINE好友`), a donation box's lines (`支持論盡，守護獨立新聞`).
  { name: 'app promotion', maxLength: 60, pattern: /加入.{0,24}LINE\s*好友/u },
  { name: 'support appeal', maxLength: 80, pattern: /^【?支持[^，。！？,]{1,10}[，,]\s*(?:守護|守护)|^捐款可(?:選擇|选择)/u },
  // A broadcaster's audio box naming the programme that aired it (`… Sendung: 27.10.2019, B5 aktuell, 3:12 Min.`, its title run into it).
  { name: 'programme note', maxLength: 120, pattern: /(?:^|\s|\p{Ll})Sendung\s*:\s*(?:[^,.]{1,30},\s*)?\d{1,2}\.\d{1,2}\.\d{2,4}\b/u },
  // A channel's subscribe prompt (`立即訂閱有線新聞YouTube頻道，緊貼最新時事`).
  { name: 'app promotion', maxLength: 60, pattern: /^立即(?:訂閱|订阅).{0,20}(?:YouTube|頻道|频道)/u },
  // An agency copy's note, a tags line and an affiliate note (`Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen …`,
  // `Themen A bis Z: …`, `Anzeige: Bei Klick auf Links erhalten wir eine Provision.`), a writer's follow prompt (`Følg … og få besked, når der kommer nye artikler.`).
  { name: 'provenance note', maxLength: 200, pattern: /^dieser (?:text|artikel|beitrag) wurde automatisch (?:von|aus)\b/iu },
  { name: 'tags line', maxLength: 200, pattern: /^themen a bis z\s*:/iu },
  { name: 'affiliate disclosure', maxLength: 120, pattern: /^(?:anzeige\s*:\s*)?bei klick auf (?:diese )?links erhalten wir eine provision\b/iu },
  { name: 'follow prompt', maxLength: 120, pattern: /^følg .{2,50} og få besked\b/iu },
  // An ad slot's toggle (`Hide Ad`) and an editor's appeal box heading (`A message from the Editor`).
  { name: 'advertisement label', maxLength: 20, pattern: /^(?:hide|show) ad$/iu },
  { name: 'support appeal', maxLength: 40, pattern: /^a (?:message|note) from (?:the|our) editor$/iu },
  // A writer's contacts under the story (`kbrandt@owh.com, 402-444-1067, twitter.com/kelseybrandtOWH`).
  { name: 'contact line', maxLength: 120, pattern: /^[\w.+-]+@[\w-]+\.[\w.]+(?:\s*,\s*(?:\+?[\d() .-]{7,18}|(?:twitter\.com|x\.com)\/\w+|@\w+))*$/iu, holds: '@' },
  // (Signed, semicolons between: `— Ellie Brandt; ebrandt@oregonian.com; 503-294-7620; @EllieBrandtOR`.)
  { name: 'contact line', maxLength: 160, pattern: /^[—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3};\s*[\w.+-]+@[\w-]+\.[\w.]+(?:\s*;\s*(?:\+?[\d() .-]{7,18}|@\w+))*\.?$/u, holds: '@' },
  // A tip box's heading set into the story (`Do You Have a Tip?`).
  { name: 'tip box', maxLength: 30, pattern: /^(?:do you have a (?:news )?tip|got a tip)\s*\??$/iu },
  // The end mark of a box of further information (`Ende der weiteren Informationen`).
  { name: 'page tools', maxLength: 40, pattern: /^ende der (?:weiteren )?informationen$/iu },
  // A reader feedback or correction prompt (`Cet article vous a été utile ?`, `Fout gezien? Of wil je iets melden? Meld het hier`).
  { name: 'feedback prompt', maxLength: 200, pattern: /^(?:cet article vous a(?:-t-il)? été utile|fout gezien|was this article helpful|war dieser artikel hilfreich|¿(?:te|le) ha resultado útil (?:este artículo|esta noticia)?)\s*\?/iu },
  // A writing campaign's line opening a post (`这是我参与更文挑战的第3天，活动详情查看：更文挑战`).
  { name: 'campaign note', maxLength: 80, pattern: /^这是我参与[「“《]?[^」”》，,]{2,20}[」”》]?的第\s*\d+\s*天/u },
  // A column's writer tag (`#专栏作家#`) and an encyclopedia's edit prompt (`如果您认为本词条还有待完善，…请编辑词条。`).
  { name: 'author bio', maxLength: 12, pattern: /^#?(?:专栏作家|專欄作家)#?$/u },
  { name: 'reference entry', maxLength: 80, pattern: /本(?:词条|詞條)还有待完善|本(?:词条|詞條)還有待完善/u },
  // A press release's character count (`Zeichen (inkl. Leerzeichen): 2.412`).
  { name: 'press release note', maxLength: 60, pattern: /^(?:[\d.]+\s+)?zeichen \(inkl\. leerzeichen\)/iu },
  // An audio player's label and length (`Poslechněte si reportáž Lenky Hrabalové 02:41`, `Listen to the report 3:12`).
  { name: 'audio player', maxLength: 90, pattern: /^(?:listen to|listen|jetzt anhören|hören sie|écoutez|écouter|escucha|ascolta|luister naar|lyssna på|lyt til|kuuntele|posłuchaj|poslechněte si|vypočujte si|ouça)\s[^.!?]{0,70}?\d{1,2}:\d{2}(?:\s*min\.?)?$/iu },
];

/**
 * Lines of page furniture dropped only at the edges of the body (before the first or after the
 * last paragraph of prose), because a sentence may use the same words (`未经许可擅自…`).
 */
const FURNITURE_AT_EDGES: readonly FurnitureLine[] = [
  // A writer's bio on one line closing a post (`作者简介：陈素衣，宁波市作家协会会员…`, `作者：周明远，浙江衡岳律师事务所合伙人律师，执业十二年…`).
  { name: 'author bio', maxLength: 200, pattern: new RegExp(`^(?:${traditionalAlternatives(['作者简介', '作者介绍'])})[:：]|^(?:${traditionalAlternatives(['作者'])})[:：]\\s*\\p{sc=Han}{2,4}[，,][^。]{8,}(?:${traditionalAlternatives(['律师', '教授', '医生', '研究员', '会员', '从业', '执业', '毕业'])})`, 'u') },
  // An update note opening a post (`【2022年3月2日更新】最高人民法院新的…`).
  { name: 'update note', maxLength: 200, pattern: /^【\d{4}年\d{1,2}月\d{1,2}日(?:更新|修订|修訂|补充|補充)】/u },
  // A blog theme's notice that a post may be out of date (`本文最后更新于 1127 天前，其中的信息可能已经有所发展或是发生改变。`),
  // and a knowledge base's pointer to its other pages (`本文是《…》知识库的一篇，其他篇目见左侧目录。`).
  { name: 'outdated notice', maxLength: 120, pattern: /^(?:这篇文章|這篇文章|本文|此文|文章)(?:上次|最后|最後)?(?:更新|修改|编辑|編輯)(?:于|於)\s*\d+\s*天前[，,]|^this (?:post|article|page) was last (?:updated|modified|edited) (?:over |more than )?\d+ (?:days|months|years) ago\b/iu },
  { name: 'series note', maxLength: 120, pattern: /^本文是《[^》]{1,30}》(?:知识库|知識庫|系列|专栏|專欄|合集)的(?:一篇|第)/u },
  // A paper's tip line closing a story (`北青报热线：010-67756666　欢迎您提供身边的新闻线索，一经采用，即付报料费。`).
  { name: 'tip line', maxLength: 120, pattern: /(?:欢迎|歡迎)(?:您)?提供(?:身边的|身邊的)?(?:新闻|新聞)?(?:线索|線索)|一[经經]采用[，,]\s*即付(?:报料费|報料費|稿酬)/u },
  // A site's disclaimer and reprint terms closing a story (`本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。`),
  // and its app's pitch there (`更多权威解读，请下载中新网客户端。…`).
  { name: 'copyright', maxLength: 160, pattern: /^(?:本网站|本網站|本网|本網|本站)所?(?:刊载|刊載|刊登|转载|轉載)的?(?:信息|資訊|内容|內容|文章)[，,]\s*不代表|(?:刊用|转载|轉載)本(?:网站|網站|网|網|站)稿件[，,]\s*(?:务|務|须|須)经/u },
  { name: 'app promotion', maxLength: 120, pattern: /^更多[^。！？]{0,12}[，,]\s*(?:请|請)下载[^。！？]{1,12}(?:客户端|客戶端|APP|App)/u },
  // An account's follow prompt closing a post (`关注“鹿鸣财经观察”，每周三篇，聊聊银行、理财和你的钱包。`).
  { name: 'follow prompt', maxLength: 80, pattern: /^(?:欢迎|歡迎)?(?:关注|關注)[“"「『]?[^，,。”"」』]{2,20}[”"」』]?[，,]\s*(?:每[周天日週]|获取|獲取|第一时间|第一時間|了解更多|看更多)/u },
  // Update and thanks notes closing a story in other languages (`(modifica il 26 marzo 2024 | 21:03)`,
  // `Zprávu jsme aktualizovali v 11:47`, `Juttua on täydennetty …`, `Dziękujemy, że przeczytałaś/eś nasz artykuł`),
  // follow and comment prompts (`Obserwuj nas w Wiadomościach Google`, `Voit keskustella aiheesta 15.9. klo 23:00 saakka.`).
  { name: 'update note', maxLength: 120, pattern: /^(?:\d{1,2}\s+\p{L}+\s+\d{4}\s*)?\(?modific(?:a|ato|ata) il \d{1,2}\s+\p{L}+\s+\d{4}\b|^zprávu jsme aktualizovali\b|^(?:juttua|artikkelia) on (?:täydennetty|päivitetty)\b|^dziękujemy, że przeczytał/iu },
  { name: 'follow prompt', maxLength: 120, pattern: /^obserwuj nas w wiadomościach google\b|^voit keskustella aiheesta\b|^pratite nas i? ?na (?:whatsapp|telegram|viber|instagram|facebook)\b/iu },
  // A newsletter's postscript selling its paid tier (`P.S. Paid members get the full spreadsheet … Upgrade here.`).
  { name: 'paywall prompt', maxLength: 300, pattern: /^p\.\s?s\.\s+(?:paid|premium) (?:members|subscribers|readers) get\b/iu },
  // A Hungarian cover picture's credit in brackets (`(Borítókép: … Fotó: Szabó Dániel / Index)`).
  { name: 'photo caption', maxLength: 300, pattern: /^\((?:borítókép|nyitókép|címlapkép)\s*:/iu },
  // A post's first-publication note closing it (`Originally published November 14, 2023`), and a
  // health site's disclaimer (`… is general information and is not a substitute for an examination.`).
  { name: 'publication note', maxLength: 60, pattern: /^(?:originally|first) (?:published|posted)(?: on)?\s+\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}\.?$|^(?:originally|first) (?:published|posted)(?: on)?\s+\d{1,2}\s+\p{L}{3,9}\s+\d{4}\.?$/iu },
  { name: 'disclaimer', maxLength: 300, pattern: /\b(?:is|are) not (?:a substitute|intended as a substitute) for (?:professional |an? |your )?(?:medical |dental |legal |financial )?(?:advice|examination|diagnosis|treatment|consultation)\b/iu },
  // A wire story's closing notes: a correction, a partner programme's boilerplate, a partnership credit
  // (`This story has been corrected to …`, `… is a corps member for The Associated Press/Report for America …`,
  // `This story comes from NPR's health reporting partnership with …`), and a broadcaster's follow and
  // call-out prompts (`Follow BBC Yorkshire on Facebook, X and Instagram.`, `Have you been affected by …?`).
  { name: 'correction note', maxLength: 400, pattern: /^this (?:story|article|version) (?:has been|was) corrected\b|^(?:correctie|correction|korrektur|corrección|correzione|rettifica|oprava|sprostowanie)\s*(?:\([^()]{4,30}\))?\s*:|^(?:in een eerdere versie van dit artikel|an earlier version of this (?:article|story)|a previous version of this (?:article|story))\b/iu },
  { name: 'programme note', maxLength: 400, pattern: /\bis a corps member for\b|^report for america is a nonprofit\b/iu },
  { name: 'provenance note', maxLength: 200, pattern: /^this story (?:comes|is) from\b.{0,80}\bpartnership\b/iu },
  { name: 'follow prompt', maxLength: 200, pattern: /^follow (?:bbc|us)\b.{0,60}\bon (?:facebook|x|twitter|instagram|threads|tiktok)\b|^have you been affected by\b|^please include a contact number\b/iu },
  // A correspondent's sign-off closing a French story (`Lucie Garnet (Marseille, correspondante)`).
  { name: 'author sign-off', maxLength: 80, pattern: CORRESPONDENT_SIGN_OFF },
  // A repost's follow prompt (`点击上方蓝字，关注我们`), a writing campaign's note (`本文参与「简书·故乡征文」活动，首发简书…`),
  // a giveaway's call (`转发本文并关注@小叶的白茶园，5月25日抽3位朋友…`), a review's score line (`推荐指数：★★★★☆`).
  { name: 'follow prompt', maxLength: 40, pattern: /^(?:点击|點擊)(?:上方|上面|标题下方?|標題下方?)?\s*(?:蓝字|藍字)/u },
  { name: 'campaign note', maxLength: 120, pattern: /^本文(?:正在)?参(?:与|加)(?!了)(?:[「“《][^」”》]{2,24}[」”》]|[^，,。「“《]{2,24}(?:活动|征文))/u },
  { name: 'call to action', maxLength: 120, pattern: /^(?:转发|轉發)(?:本文|此文|本条|本條)?(?:并|並)?(?:关注|關注)\s*@/u },
  { name: 'review score', maxLength: 30, pattern: /^(?:推荐指数|推薦指數|综合评分|綜合評分)\s*[:：]\s*[★☆\d.]+/u },
  // A helpline notice closing a story about a suicide (`自殺防治諮詢安心專線：1925…`, `珍惜生命，自殺不能解決問題…`).
  // An English story's helpline box (`WHERE TO GET HELP: If it is an emergency … call 111. Lifeline: Call 0800 543 354`).
  { name: 'helpline notice', maxLength: 1200, pattern: /^(?:where to get help|need (?:to talk|help)\?|if you or someone you know (?:is|needs)\b)[:.]?/iu },
  { name: 'call to action', maxLength: 200, pattern: /^get (?:the )?latest [\p{L} ]{1,30} news along with\b/iu },
  { name: 'helpline notice', maxLength: 200, pattern: /(?:安心專線|安心专线|生命線協談專線|生命线协谈专线)[:：]|^珍惜生命[，,]\s*(?:自殺|自杀)不能解決問題|^珍惜生命[，,]\s*自杀不能解决问题/u },
  // An update's time alone above or under a story (`Updated at 11:42 a.m.`).
  { name: 'update note', maxLength: 40, pattern: /^updated(?: at| on)?\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?$/iu },
  // A writer's thanks to readers of drafts, and a prompt to discuss the post elsewhere (`Thanks to Hana
  // Lyu and Ben Acosta for reading drafts.`, `Discuss this post on Hacker News or ping us on Mastodon.`).
  { name: 'acknowledgement', maxLength: 200, pattern: /^(?:[Tt]hanks|[Tt]hank you) to \p{Lu}[^.!?]{1,100}\bfor (?:reading|reviewing|looking at|their (?:feedback|comments|notes)|feedback|comments|notes)\b/u },
  { name: 'call to action', maxLength: 160, pattern: /^discuss (?:this (?:post|article) )?on (?:hacker news|reddit|twitter|x|mastodon|bluesky|lobsters)\b/iu },
  // A note that a name in the story is a pseudonym (`（应受访者要求，文中梁国栋为化名）`).
  { name: 'pseudonym note', maxLength: 60, pattern: /^[（(]?(?:应|應)?(?:受访者|受訪者)?(?:要求)?[，,]?\s*(?:文中|文內)?[^。（）()]{0,20}(?:为|為|均为|均為|系)化名[）)]?[。.]?$/u },
  // A republisher's note opening a story (`钛媒体注：本文来源于微信公众号深潮观察（ID：…），作者：周衍，钛媒体经授权发布。`).
  { name: 'reprint note', maxLength: 160, pattern: /^[\p{sc=Han}\w]{2,8}注\s*[:：]\s*本文(?:来源于|来自|转载自|轉載自|來源於|來自)/u },
  // A platform's stock note on its members' posts, opening or closing them (`Matrix 是少数派的写作社区，我们主张…`,
  // `文章代表作者个人观点，少数派仅对标题和排版略作修改。`), and its shop's pitch (`…，尽在少数派sspai官方店铺`).
  { name: 'platform note', maxLength: 200, pattern: /的(?:写作|创作|寫作|創作)社[区區][，,]\s*我[们們]|(?:文章|本文)代表作者(?:个人|個人)?(?:观点|觀點)[，,]\s*[^，,。]{1,12}(?:仅|僅)对?(?:标题|標題)|尽在[^。！？]{1,20}(?:官方店铺|官方店舖|旗舰店|旗艦店)/u },
  // A team's or a campaign's hashtag signing off the story (`#GoPanthers`).
  { name: 'hashtag line', maxLength: 60, pattern: /^(?:#[\p{L}\d_]{2,30}\s*){1,3}$/u, holds: '#' },
  // An advertiser's slogan line at the story's top or end: a run of two-character praises, then
  // what it does for the reader (`炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！`).
  { name: 'advertisement line', maxLength: 80, pattern: /(?:\p{sc=Han}{2}[，,、]){3,}\p{sc=Han}{2}[，,]\s*(?:助您|助你|为您|為您|帮您|幫您)/u },
  // A help centre's contact prompt closing an article (`💬 Still have questions? Click the chat bubble … our support team will get back to you`).
  { name: 'help prompt', maxLength: 240, pattern: /^\W{0,3}(?:still have (?:questions|a question)|still stuck|need (?:more )?help|can(?:'|’)t find (?:what you(?:'|’)re looking for|an answer))\s*[?!.]\s.{0,200}\b(?:contact|chat|support team|reach out|get in touch|help desk)\b/iu },
  // A donation box's plea closing a story (`我們需要你的支持，讓公共討論的空間得以延續`).
  { name: 'support appeal', maxLength: 200, pattern: /(?:我們|我们)需要(?:你|您)的支持/u },
  // (`本文图片均为作者拍摄`, `本文属于原创文章，如若转载，请注明来源：…`)
  // A column's closing lines: where to send questions, and who answers them (`Send your questions to
  // Ruth Ambler at …`, `Ruth Ambler is a Kendall County Master Gardener and has written the Garden Q&A column since 2011.`).
  { name: 'tip line', maxLength: 300, pattern: /^(?:send|e-?mail|submit|mail) (?:your )?(?:questions?|letters?|tips?) (?:to|for)\b/iu },
  { name: 'author bio', maxLength: 300, pattern: /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+ (?:is|was) (?:an? |the )[^.]{0,140}\b(?:columnist|column|contributing writer|staff writer|freelance writer|correspondent)\b/u },
  // A TV network's sign-off: the producer's initials and the outlet (`—KBK, GMA News`).
  { name: 'agency initials', maxLength: 40, pattern: /^[—–-]\s*[A-Z]{2,4}(?:\/[A-Z]{2,4})*,\s*\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}$/u },
  // An app box closing the story (`Get breaking stories on your phone. Download the app on Google Play and the App Store.`).
  { name: 'app promotion', maxLength: 160, pattern: /\bdownload (?:the|our) (?:[\p{L}]+ )?app (?:on|from) (?:google play|the app store|ios|android)\b/iu },
  // A series note closing an instalment (`本文為苦勞網「遠洋漁工的海上人生」專題第一篇，下篇將探討…`).
  { name: 'series note', maxLength: 120, pattern: /^本文(?:為|为|是).{0,30}(?:專題|专题|系列)(?:報導|报道)?(?:之|的)?第[一二三四五六七八九十\d]+(?:篇|集|部分)/u },
  // The same in English (`This is part two of the SM3 series. Part one: …`), and a newsletter issue's
  // contents line and its forwarding prompt (`In this issue: …`, `Forwarded this by a friend? Subscribe here`).
  { name: 'series note', maxLength: 250, pattern: /^part (?:\d{1,2}|one|two|three|four|five) of (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) in (?:the|a|my|our) (?:[\p{L}\d'’ -]{0,30} )?series\b/iu },
  { name: 'series note', maxLength: 250, pattern: /^this is (?:part (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|the (?:first|second|third|fourth|fifth|last|final) (?:part|post|article|instal?lment)) (?:of|in) (?:the|a|my|our) [\p{L}\d'’ -]{0,40}series\b/iu },
  { name: 'newsletter prompt', maxLength: 250, pattern: /^in (?:this|today(?:'|’)s) issue:|^what did you think of (?:this|today(?:'|’)s) (?:issue|newsletter|email|edition)\?|^(?:was this (?:email )?)?forwarded (?:this|to you)\b.{0,40}\?\s*(?:subscribe|sign up)\b/iu },
  // A post's note that it first ran earlier and was brought up to date (`Editor's note: This post was originally published on 2 June 2021 and has been updated …`),
  // and a product's trial offer closing it (`Start your free 14-day trial – no card needed.`).
  { name: 'update note', maxLength: 300, pattern: /^editor(?:'|’)?s note:\s*this (?:post|article|story|guide|piece) was originally published (?:on|in)\b/iu },
  { name: 'call to action', maxLength: 250, pattern: /\b(?:start|begin|get|try) (?:your|a|our) free \d{1,2}[- ]day trial\b/iu },
  // A cover picture's credit (`题图来自 Unsplash，基于 CC0 协议`).
  { name: 'picture rights note', maxLength: 40, pattern: /^(?:题图|題圖)(?:来自|來自)/u },
  // A writer's bio under its label closing the post (`作者简介：沈一舟，城市规划师，…`).
  { name: 'author bio', maxLength: 200, pattern: /^(?:作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者)\s*[:：]/u },
  // A column's writer bio closing the post (`青柠，公众号：青柠说运营，人人都是产品经理专栏作家。…`).
  { name: 'author bio', maxLength: 160, pattern: /^[\p{sc=Han}\w·]{1,12}[，,].{0,40}(?:专栏作家|專欄作家|签约作者|簽約作者)/u },
  // A platform's note that the post is the writer's original (`本文由 @青柠 原创发布于人人都是产品经理，未经许可，禁止转载`).
  { name: 'reprint note', maxLength: 80, pattern: /^本文由\s*@?[^\s，,]{1,20}\s*原创发布于/u },
  { name: 'picture rights note', maxLength: 40, pattern: /^[（(]?(?:本文|文中|文內)?(?:图片|圖片|照片)(?:均|皆)?(?:为|為|由)作者(?:拍摄|拍攝|提供)/u },
  { name: 'reprint note', maxLength: 200, pattern: /^(?:(?:免责)?(?:声明|聲明)[:：]\s*)?本文(?:转载|轉載)自[^，,。]{2,20}[，,]\s*(?:版权|版權)|^本文(?:属于|屬於|为|為|系)原创(?:文章)?[，,]\s*如(?:若|需|要)?(?:转载|轉載)|^本文(?:为|為|系)作者原创[，,]\s*未[经經](?:授权|授權|许可|許可)|^[＊*※]?\s*本文(?:經|经)?(?:授權|授权)(?:轉載|转载)自|^[＊*※]?\s*本文(?:經|经)《[^》]{1,20}》(?:授權|授权)(?:轉載|转载)/u },
  // A picture's caption set as a paragraph at the story's edge, closed by its credit (`Amal Haddad at the pharmacy. Photo by Jonah Whitley for Bridgeways.`).
  { name: 'photo caption', maxLength: 200, pattern: /\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s? (?:by|courtesy of)\s+\p{Lu}[\p{L}.'’ -]{1,40}(?: for \p{Lu}[\p{L}.'’ &-]{1,40})?\.?$/u },
  // Who funded the story (`Career Pathways is supported by the Ohio Office of …`, `This story was made possible by …`).
  { name: 'sponsor disclosure', maxLength: 300, pattern: /^(?:this (?:story|article|project|series|report|reporting)|(?!(?:The|This|That|It|Our|Their|His|Her|These|Those) )\p{Lu}[\p{L}’' -]{2,40}) (?:is|was) (?:made possible|supported|funded|underwritten) (?:in part )?by (?:the |a )?\p{Lu}/u },
  // A wire service's note on who funds a beat (`The Associated Press receives support from the Walton Family Foundation …`).
  { name: 'sponsor disclosure', maxLength: 400, pattern: /^the (?:associated press|ap) receives (?:financial )?support from\b/iu },
  { name: 'support appeal', maxLength: 800, pattern: /^will you support\b|^(?:our journalism needs your support|thank you for relying on us|support (?:independent |local |nonprofit )+(?:\p{Lu}[\p{L}.]+ )?journalism|your support helps)\b|^(?:millions turn to|quality journalism doesn(?:'|’)t come free)\b|\bcontribute via paypal\b|\bfinancial supporters play no role\b|^(?:apoie|apoya|soutenez|sostieni|unterstützen sie|unterstütze) (?:o |el |le |il )?(?:[\p{L}.]+ und )?(?:nosso |nuestro |notre |nostro |unseren )?(?:jornalismo|periodismo|journalisme|giornalismo|journalismus)\b|\bsó existe graças aos (?:seus )?leitores\b|\best indépendante?\. pour (?:le|la) rester, nous avons besoin de vous\b|^vous pouvez soutenir (?:un|le|notre) journalisme\b|\b(?:mit )?(?:deinem|ihrem|deiner|ihrer) (?:beitrag|spende|unterstützung) (?:hilfst du|helfen sie|ermöglichst du|ermöglichen sie) uns\b|\b(?:consider )?making a (?:contribution|donation|gift) to\b|\brel(?:y|ies) on (?:members|readers|donors|donations|your support) to (?:help )?keep (?:our|its|this)\b|^our (?:reporting|journalism) is free to read\b|^here(?:'|’)s how to subscribe to\b|\bplease consider supporting our (?:[\p{L}-]+,? ){0,4}journalism\b/iu },
  // 未经许可 alone is a sentence's words too (`未經許可的添加物`): a notice forbids something after it.
  { name: 'copyright', maxLength: 160, pattern: new RegExp(traditionalAlternatives(['版权所有', '未经授权不得转载', '未经许可[，,\\s]*(?:不得|禁止)', '版权声明', '免责声明', '严禁转载', '禁止转载', '侵权必究']) + '|不得转载|^copyright\\b|^©|all rights reserved', 'iu') },
  // A wire service's link to its code (`Our Standards: The Thomson Reuters Trust Principles.`).
  { name: 'standards note', maxLength: 80, pattern: /^our standards\s*:|\btrust principles\.?$/iu },
  // Notes around an English story: the updates a wire story went through (`(Updates with analyst
  // comment in fifth paragraph)`), how to reach its writer (`Contact reporter … at …@…`, `Write to
  // … at …@…`), a correction, a live-coverage pointer, a breaking-news notice and the alerts offer.
  { name: 'update note', maxLength: 200, pattern: /^\(updates? (?:with|to|throughout|adds?)\b[^)]*\)$/iu },
  // An editor's note on a change (`Editor's note: This article has been updated to include …`, `UPDATE: This story has been updated with …`).
  // The same in other languages (`Notícia actualizada às 21h10 com …`, `Artikel aktualisiert um …`).
  // A German update note (`Dieser Artikel wurde um 16.05 Uhr aktualisiert: Stellungnahme der EVN ergänzt.`),
  // Italian copyright and subscription lines (`Riproduzione riservata ©`, `Il primo mese a 0,99 euro.`), a Danish
  // correction prompt (`Har du en rettelse eller kommentar til artiklen?`) and a Dutch tip line (`Heb je iets gezien of meegemaakt…`).
  { name: 'update note', maxLength: 200, pattern: /^(?:dieser|der) (?:artikel|beitrag|text) wurde (?:am [^:]{1,30} )?(?:um \d{1,2}[.:]\d{2} uhr )?(?:aktualisiert|ergänzt|geändert)\b/iu },
  { name: 'copyright', maxLength: 40, pattern: /^(?:©\s*)?riproduzione riservata(?:\s*©)?\.?$/iu },
  { name: 'paywall prompt', maxLength: 250, pattern: /\bil primo mese a \d{1,2}(?:[.,]\d{2})?\s?(?:euro|€)/iu },
  { name: 'call to action', maxLength: 200, pattern: /^har du en rettelse (?:eller (?:en )?kommentar )?til (?:artiklen|historien)\b|^heb je iets gezien of meegemaakt\b|^hebt u iets gezien of meegemaakt\b|^(?:zelf )?iets (?:gezien|gehoord)(?: of (?:gezien|gehoord))? in je buurt\?/iu },
  // A post's note on what it was adapted from (`This post is adapted from Rafael's lightning talk at …`), and a
  // law firm's advertising notice (`This blog is made available by … for educational purposes only …`, `ATTORNEY ADVERTISING`).
  { name: 'provenance note', maxLength: 300, pattern: /^this (?:post|article|essay|piece|talk) (?:is|was) (?:adapted|expanded) from\b/iu },
  { name: 'legal disclaimer', maxLength: 600, pattern: /^this (?:blog|post|article|website|site) is made available by\b|^attorney advertising\.?$/iu },
  // A note that the story is still being updated (`Vijest se nadopunjuje.`, `Die Meldung wird aktualisiert.`, `Article en cours d'actualisation.`).
  { name: 'update note', maxLength: 60, pattern: /^(?:vijest se nadopunjuje|vijest je u nadopuni|(?:die )?meldung wird (?:laufend )?aktualisiert|(?:cet )?article en cours d['’]actualisation|noticia en actualización|notizia in aggiornamento|(?:this|the) (?:story|article) (?:will be|is being) updated)\.?$/iu },
  // Where a story first ran (`Erstpublikation: 30.10.2023, 05:00 Uhr.`), and a picture credit for the page's header (`Header image: Traffic crawls along … — Photo by …`).
  { name: 'provenance note', maxLength: 80, pattern: /^erstpublikation:\s/iu },
  { name: 'photo caption', maxLength: 300, pattern: /^header image:\s/iu },
  // A pointer to the pictures under a story, or a caption under its triangle (`▼自助圖書站示範取書流程全圖解▼`,
  // `▼氣象局今日針對15縣市發布高溫資訊…`), and a channel's app plug between stars (`★東森新聞APP提供即時新聞推播、直播不漏接★`).
  { name: 'photo caption', maxLength: 110, pattern: /^▼[^▼]{2,100}▼?$/u },
  { name: 'app promotion', maxLength: 80, pattern: /^★[^★]{2,40}(?:APP|App|app)[^★]{0,40}★$/u },
  // A content note opening an essay (`A note before you read: …`), a Spanish update note opening a post (`Actualización, 11/06: …`).
  { name: 'editor note', maxLength: 300, pattern: /^a note before you read:/iu },
  { name: 'update note', maxLength: 300, pattern: /^actualización(?:,\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?\s*:/iu },
  // A Swedish note that the story was completed from an agency (`Artikeln har kompletterats med uppgifter från FNB.`), and
  // prompts for feedback and follows closing a story (`Har du tips eller respons?`, `Haben Sie Feedback? Schreiben Sie uns!`,
  // `Puedes seguir a EL PAÍS Comunidad Valenciana en Facebook y X, o recibir nuestra newsletter semanal.`).
  { name: 'update note', maxLength: 160, pattern: /^artikeln (?:har|är) (?:kompletterad|kompletterats|uppdaterad|uppdaterats)\b/iu },
  { name: 'call to action', maxLength: 200, pattern: /^(?:kontakta|skicka e-post till|kontaktieren sie|contacta|contatta|neem contact op met)\b.{0,80}\s[\w.+-]+@[\w-]+\.[\w.]+\.?$|^har du tips eller respons\?|^haben sie feedback\?|^puedes seguir a\b.{1,60}\ben (?:facebook|x|twitter|instagram|whatsapp)\b/iu },
  // A German review's loan disclosure (`Transparenz: Velonord hat uns das Testrad … geliehen.`).
  { name: 'affiliate disclosure', maxLength: 300, pattern: /^transparenz:\s/iu },
  // A school district's or an agency's non-discrimination statement under its notices (`It is the policy of the … District not to discriminate on the basis of …`).
  { name: 'legal disclaimer', maxLength: 800, pattern: /^it is the policy of (?:the )?[\p{L}\d&.'’ -]{3,80} not to discriminate\b/iu },
  { name: 'update note', maxLength: 300, pattern: /^mise à jour(?: le \d{1,2}(?:er)? \p{L}+(?: \d{4})?)? à \d{1,2} ?h ?\d{0,2}\b|^(?:not[íi]cia|artigo) (?:actualizada|atualizada|actualizado|atualizado)\b|^(?:article|artículo|noticia|articolo|artikel) (?:mis à jour|actualizad[oa]|aggiornato|aktualisiert)\b/iu },
  { name: 'update note', maxLength: 300, pattern: /^(?:update|editor(?:'|’)?s note)\s*:\s*this (?:article|story|piece|post|report) (?:has been|was) (?:updated|corrected|changed|amended)\b/iu },
  // A press office's contacts closing a release (`新聞聯絡人：成大新聞中心 陳小姐 電話：…`).
  { name: 'contact line', maxLength: 160, pattern: /^(?:新闻|新聞|媒体|媒體|研究)?(?:联络人|聯絡人|联系人|聯繫人|聯絡窗口)[:：]/u },
  // (`聯絡電話：03-3322101分機5731`)
  { name: 'contact line', maxLength: 60, pattern: /^(?:聯絡|联络|聯繫|联系|諮詢|咨询)(?:電話|电话)\s*[:：]\s*[\d（(+]/u },
  { name: 'contact line', maxLength: 200, pattern: /^(?:contact|write to|email|e-mail|reach)\b.{1,80}\bat\s+[\w.+-]+@[\w-]+\.[\w.]+\b.{0,40}$/iu },
  // An office's address alone closing a release (`Email: media@murrindale.vic.gov.au`).
  { name: 'contact line', maxLength: 100, pattern: /^(?:e-?mail|phone|tel|telephone)\s*:\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?[\d ()-]{7,20})$/iu, holds: ':' },
  // A writer's address and handle alone closing a story (`emarchetti@express-news.net | Twitter: @emarchettiSA`).
  { name: 'contact line', maxLength: 120, pattern: /^[\w.+-]+@[\w-]+\.[\w.]+(?:\s*[|·•,]\s*(?:twitter|x)\s*:?\s*@\w+)?$/iu, holds: '@' },
  // A comment section's terms under the story (`All comments made or shown here are bound by the Online Discussion Terms & Conditions.`).
  { name: 'comment rules', maxLength: 200, pattern: /\bcomments? (?:made|shown|posted)(?: or (?:made|shown|posted))? (?:here )?(?:are|is) (?:bound|subject) (?:by|to)\b/iu },
  { name: 'correction note', maxLength: 400, pattern: /^(?:correction|clarification)s?(?:,\s*\p{L}+\.? \d{1,2}(?:,\s*\d{4})?)?\s*:\s|^(?:in einer früheren version (?:dieses|des) (?:artikels|beitrags)|dans une (?:précédente|première) version de cet article|an earlier version of this (?:article|story))\b|^【(?:更正啟事|更正启事|更正聲明|更正声明|更正)】/iu },
  // A TV station's public-service slogan closing a story (`【東森新聞關心您】飲酒過量，有害健康`, `TVBS新聞網提醒您：…`).
  { name: 'public service note', maxLength: 120, pattern: /^【[^】]{1,12}(?:關心您|关心您|提醒您|提醒你)】|^[^，。：:]{1,12}(?:關心您|关心您|提醒您|提醒你)[:：]/u },
  // A Chinese edition's note on where its English version ran (`本文英文版刊发于《中国日报》…`).
  { name: 'print-edition note', maxLength: 120, pattern: /^本文英文版/u },
  // A magazine's issue the story appeared in (`本文出自 2022 / 10月號《遠見雜誌》第436期`).
  // (`本文出自第1489期商業周刊`: the magazine's name after its issue.)
  { name: 'print-edition note', maxLength: 80, pattern: /^本文(?:出自|刊於|刊于|原刊於|原刊于|原載於|原载于)[^。！？]{0,50}(?:期|號|号|版)(?:《?[^\s。！？，,《》]{2,12}》?)?$/u },
  // A report-an-error prompt (`Našli ste chybu? Napíšte nám …`, `Fehler gefunden?`).
  { name: 'feedback prompt', maxLength: 200, pattern: /^(?:našli ste chybu|našli jste chybu|fehler gefunden|haben sie einen fehler gefunden|found (?:an error|a mistake|a typo)|spotted (?:an error|a mistake|a typo)|vous avez (?:repéré|trouvé) une (?:erreur|faute)|¿has (?:visto|encontrado) (?:un|algún) error)\s*\?/iu, holds: '?' },
  // An affiliate link's label (`Enlace de afiliado`, `*Werbelink`).
  { name: 'affiliate disclosure', maxLength: 30, pattern: /^[*(]?\s*(?:enlaces? de afiliados?|liens? affiliés?|link (?:di )?affiliazione|werbelink|affiliate-?link|partnerlink)s?\s*[)*]?$/iu },
  // A newsroom's note on who among the people in the story gave it money (`Disclosure: … have donated to The Nevada Independent.`).
  { name: 'sponsor disclosure', maxLength: 500, pattern: /^disclosure\s*:\s.{0,400}\b(?:donated to|donors?|(?:financial|corporate) (?:supporters?|sponsors?))\b/iu, holds: ':' },
  { name: 'live coverage pointer', maxLength: 200, pattern: /^follow (?:our )?live (?:updates|coverage|blog)\b|^follow [\p{L}'’ ]{1,30}(?:'|’)s? (?:full )?coverage of\b/iu },
  // How to cite the page (`Cite: "Bluestone Ridge House" 12 Mar 2021. ArchDaily. Accessed …`).
  { name: 'citation', maxLength: 400, pattern: /^cite(?: this (?:article|page|post))?\s*:|\baccessed\b.{0,40}<https?:\/\/[^>\s]+>|^citation\s*:/iu },
  // A science site's note on who provided the release (`Provided by University of Sussex`). (The aeb
  // truths keep its `More information: …` line on the paper.)
  { name: 'provenance note', maxLength: 100, pattern: /^provided by\s+\S/iu },
  // A publication's serial number in its footer (`ISSN 0719-8884`).
  { name: 'serial number', maxLength: 30, pattern: /^(?:ISSN|e-ISSN|eISSN)[\s:]*\d{4}-\d{3}[\dX]$/iu },
  // A rule closing the story's text (`___`, `* * *`) or a lone emoji of a box's (`☕`), with nothing after it, and a press release's end mark (`###`, `-30-`).
  { name: 'separator', maxLength: 20, pattern: /^[_\-–—=*~·•#\s]{3,}$|^[—–]{2}$|^\p{Extended_Pictographic}\uFE0F?$|^[-–—]\s?30\s?[-–—]$|^[-–—_=\s]*(?:THE\s*)?END[-–—_=\s]*$/u },
  // A page's feedback widget (`Was this article helpful?`) and a blog's subscribe box heading (`Never miss a recipe!`).
  { name: 'feedback prompt', maxLength: 60, pattern: /^(?:was this (?:article|page|post|guide|information) (?:helpful|useful)|did you find this (?:article|page|post) (?:helpful|useful)|is this page useful)\??$/iu },
  // (`这篇文章有帮助吗？`, the same in Chinese.)
  { name: 'feedback prompt', maxLength: 20, pattern: /^(?:这篇文章|這篇文章|本文|此文)(?:对你|對你|对您|對您)?有(?:帮助|幫助)吗?嗎?[？?]?$/u },
  // A page's count of its readers (`本文被查看18,436次。`).
  { name: 'like counter', maxLength: 30, pattern: /^本文(?:已)?(?:被)?(?:查看|阅读|閱讀|浏览|瀏覽)(?:了)?\s*[\d,，.]+\s*(?:万|萬)?\s*次[。.]?$/u },
  // A journalist's address under the story (`记者联系邮箱：…@…`).
  { name: 'contact line', maxLength: 100, pattern: /^(?:记者|記者|作者|编辑|編輯)?(?:联系|聯繫|联络|聯絡)?(?:邮箱|郵箱|信箱|电邮|電郵|电子邮件|電子郵件)\s*[:：]\s*[\w.+-]+@[\w-]+\.[\w.]+$/u, holds: '@' },
  { name: 'call to action', maxLength: 200, pattern: /^never miss (?:a|an|another) [\p{L} ]{2,30}(?:!|$)/iu },
  // A tabloid's tip box (`We pay for your stories! Do you have a story for The Sun news desk?`, `Email us at tips@… or call …`).
  { name: 'tip box', maxLength: 300, pattern: /^we pay for (?:your )?(?:stories|videos)\b|^e-?mail us at [\w.+-]+@[\w-]+\.[\w.]+\b/iu },
  // A regional site's tip box in its own language (`Heb jij een tip of een mooi verhaal? Laat het ons weten via …`, `Haben Sie einen Hinweis? …`).
  { name: 'tip box', maxLength: 300, pattern: /^(?:har du (?:ett |et |en )?tips?\b|heb (?:jij|je) een (?:tip|nieuwtje)|heeft u een (?:tip|nieuwtje)|(?:hast du|haben sie) (?:einen (?:tipp|hinweis)|eine geschichte)|vous avez une (?:info|information|histoire)|¿?(?:tienes|tiene usted) (?:una )?(?:información|pista|historia)|hai una (?:segnalazione|notizia))\b.{0,60}\?/iu, holds: '?' },
  { name: 'breaking news notice', maxLength: 200, pattern: /^this (?:is a )?(?:breaking news|developing(?: news)?) story\b|\breceive breaking news alerts\b|^stay with [\p{L}\d .&]{1,30} for (?:updates|more)\b/iu },
  // A contributor's credit closing a story (`The Associated Press contributed to this report.`): the aeb truth leaves it out.
  { name: 'contributor credit', maxLength: 160, pattern: /\bcontributed (?:to )?this (?:report|story|article)\.?$/iu },
  // An intern's story closed by whom it was written under (`*Sob supervisão de Fernanda Alves`).
  { name: 'contributor credit', maxLength: 120, pattern: /^\*?\s*(?:sob supervisão de|sous la supervision de|bajo la supervisión de|sotto la supervisione di|under (?:the )?supervision of)\b/iu },
  // A prompt to follow the desk on a social network closing a story (`Follow The Daily Star Opinion on Facebook for the latest opinions …`).
  // Writers' addresses closing a story (`Dana Whitcomb can be reached at dana.whitcomb@globe.com. Rafael Ortiz can be reached at …`).
  { name: 'contact line', maxLength: 300, pattern: /^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}(?:and (?:\p{Lu}[\p{L}.'’-]+\s){1,3})?can be reached at [\w.+-]+@[\w-]+\.[\w.]+/u, holds: '@' },
  // A broadcaster's note on when the segment aired, a paper's invitation to comment, a newsletter pitch closing the story.
  { name: 'programme note', maxLength: 120, pattern: /^this (?:segment|story|interview|episode) aired on\b|^dieses thema im programm\b/iu },
  { name: 'call to action', maxLength: 200, pattern: /^get our (?:local |free |daily |weekly )?newsletter\b|(?:^|\?\s*)join the conversation\b|\bnewsletter\b.{0,200}\bsign up (?:today|now|here)\.?$/iu },
  // The same pitch in the languages of news sites (`… iscriviti gratis alla newsletter del Corriere di Bologna`).
  { name: 'call to action', maxLength: 300, pattern: /\biscriviti (?:gratis )?alla (?:nostra )?newsletter\b|\b(?:abonnez-vous|inscrivez-vous) (?:gratuitement )?à (?:notre|la) newsletter\b|\b(?:suscríbete|suscríbase) (?:gratis )?a (?:nuestra|la) newsletter\b|\b(?:abonnieren sie|abonniere) (?:jetzt )?(?:kostenlos )?(?:unseren|den) newsletter\b|\bschrijf (?:je|u) (?:gratis )?in voor (?:onze|de) nieuwsbrief\b/iu },
  // A news office's contact line closing a story (`Contact: Kelsey Marquardt, University Communications, 218-555-0143, …@…`).
  // (`Did you know you can comment on this article? Subscribe to News24 and add your voice…`)
  { name: 'call to action', maxLength: 200, pattern: /^did you know you can comment on this (?:article|story|post)\b/iu },
  // A press release's contact named with a role (`Contact: Bethany Coyle, Communications Director`).
  { name: 'contact line', maxLength: 120, pattern: /^(?:[Mm]edia |[Pp]ress )?[Cc]ontacts?\s*:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:,\s*\p{L}[\p{L} ,&-]{2,60})?$/u, holds: ':' },
  // A recipe card's details closing it (`Method: Griddle`, `Cuisine: American`).
  { name: 'tags line', maxLength: 60, pattern: /^(?:method|cuisine|category|course|diet|yield|servings?|prep time|cook time|total time)\s*:\s*[^.!?]{1,40}$/iu, holds: ':' },
  // A recipe card's keywords line (`Keywords: lemon ricotta pancakes, brunch`).
  { name: 'tags line', maxLength: 200, pattern: /^keywords?\s*:\s*[^.!?]{1,180}$/iu, holds: ':' },
  // (`Questions? Email us at willowcreekpta@gmail.com.`)
  { name: 'contact line', maxLength: 200, pattern: /^questions\?\s*(?:e-?mail|contact|call|write to|reach)\b/iu },
  { name: 'contact line', maxLength: 200, pattern: /^(?:media |press )?contacts?:\s.{0,150}(?:[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4})/iu, holds: ':' },
  // A trade paper's invitation to write in (`Have an opinion about this story? Click here to submit a Letter to the Editor …`).
  { name: 'call to action', maxLength: 200, pattern: /^have an opinion (?:about|on) this (?:story|article)\?|\bsubmit a letter to the editor\b/iu },
  { name: 'call to action', maxLength: 300, pattern: /^(?:please )?follow (?:the )?[\p{L}\d .&'’-]{2,40} on (?:facebook|twitter|x|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|google news)\b/iu },
  // Follow and subscribe prompts closing a story in the languages of news sites (`Подписывайтесь на наш канал …`, `… Google News üzerinden takip edin`).
  { name: 'call to action', maxLength: 200, pattern: /^(?:подписывайтесь|подпишитесь) на(?![\p{L}])|также читайте нас в(?![\p{L}])|\btakip edin\b|^(?:síguenos|suivez-nous|seguici|folgen sie uns|siga-nos|siga o [\p{L}\d]{1,20} n[oa]s?)\b/iu },
  // A wire-fed story's closing initials and agencies (`mm/rt (AFP, Reuters)`).
  // A closing source line ending in the agency's and the editor's initials (`Regionaljournal Bern, 25.06.2020, 17.30 Uhr; sda/rues`).
  { name: 'agency initials', maxLength: 160, pattern: /[;,]\s*(?:[a-z]{2,5}\/)+[a-z]{2,5}$/u },
  // The desk's initials alone on the last line (`lsm/jabs`).
  { name: 'agency initials', maxLength: 30, pattern: /^(?:[a-z]{2,5}\/)+[a-z]{2,5}$/u },
  { name: 'agency initials', maxLength: 60, pattern: /^[a-z]{2,4}(?:\/[a-z]{2,4})*\s*\((?:afp|ap|reuters|dpa|kna|epd|efe|ansa|sid)(?:\s*,\s*(?:afp|ap|reuters|dpa|kna|epd|efe|ansa|sid))*\)$/iu },
  // An encyclopedia entry's references (`3. 蔡健雅《Jupiter》 ．新浪[引用日期2014-05-19]`) and its tag line (`词条标签：…`).
  { name: 'reference entry', maxLength: 200, pattern: new RegExp(`[\\[［](?:${traditionalAlternatives(['引用日期'])})\\s*\\d{4}-\\d{1,2}-\\d{1,2}[\\]］]$|^(?:${traditionalAlternatives(['词条标签'])})[:：]`, 'u') },
  // An investing site's disclosure of its writer's holdings (`Dan Okafor owns shares of …. The Motley Fool has a disclosure policy.`).
  { name: 'holdings disclosure', maxLength: 300, pattern: /\bhas a disclosure policy\b|\bhas no position in any of the stocks mentioned\b/u },
  // A Chinese site's tip line and prize for news tips (`报料有奖！…报料热线：025-96060`, `想爆料？请登录《阳光连线》`, `新闻爆料、政务服务…`).
  { name: 'tip line', maxLength: 160, pattern: new RegExp(traditionalAlternatives(['^想?(?:爆料|报料)', '(?:爆料|报料)(?:热线|电话|邮箱|有奖)', '我要(?:爆料|报料)', '新闻(?:爆料|报料)、']), 'u') },
  // A finance page's risk note (`风险提示：本文内容仅供参考…投资需谨慎`).
  { name: 'risk note', maxLength: 200, pattern: new RegExp('^' + traditionalAlternatives(['风险提示']) + '[:：]|' + traditionalAlternatives(['投资需谨慎', '投资有风险']), 'u') },
  // Where a post first ran and the request to name it when reprinting (`本文首发于微信公众号…，转载请联系作者并注明出处`).
  { name: 'reprint note', maxLength: 200, pattern: new RegExp(traditionalAlternatives(['转载请.{0,12}注明(?:出处|来源)', '^[（(]?本文首发于']), 'u') },
  // A user post's closing disclaimer (`本文仅代表作者个人观点，不代表风闻社区立场`).
  { name: 'opinion disclaimer', maxLength: 120, pattern: new RegExp(traditionalAlternatives(['仅代表(?:该)?作者(?:个人)?观点', '不代表.{0,12}立场']), 'u') },
  // Platforms that host self-media accounts close each post so, in Chinese and in English.
  // (And a platform's note on the writing contest a post takes part in: `本文参与了思否征文…`.)
  { name: 'platform statement', maxLength: 300, pattern: new RegExp(traditionalAlternatives(['仅提供信息存储', '仅提供信息发布平台', '本文来自网易号', '本文参与了']) + '|provides? information storage (?:space )?services?', 'iu') },
  // A columnist's bio in brackets closing the column (`（本文作者介绍：经济学博士，…）`).
  { name: 'author bio', maxLength: 200, pattern: /^[（(]\s*本文作者(?:介绍|介紹|简介|簡介)[:：]/u, holds: '本文作者' },
  // A reposted essay's writer bio (`作者简介：林小满，90后，…`), a page's own address (`本文网址：http://…`),
  // and a writer's plea for likes (`（码字不易，觉得有用的话点个赞吧！）`).
  { name: 'author bio', maxLength: 200, pattern: /^(?:作者简介|作者簡介|作者介绍|作者介紹)[:：]/u },
  { name: 'page address', maxLength: 200, pattern: /^本文(?:网址|網址|链接|鏈接|地址)[:：]/u },
  // A WeChat post's reading time over its text (`全文共2860字，阅读约需8分钟`).
  { name: 'reading time', maxLength: 40, pattern: /^全文(?:共|约)?\d+字[，,]?\s*(?:阅读|閱讀|预计阅读|預計閱讀)(?:约需|約需|时间|時間|大约需要)?[:：]?\s*\d+分[钟鐘]/u },
  // A maker's sales line closing its news (`如需了解产品详情及报价，欢迎来电咨询：0577-…`).
  { name: 'contact line', maxLength: 200, pattern: /欢迎来电咨询|歡迎來電諮詢|欢迎致电|歡迎致電/u },
  { name: 'call to action', maxLength: 80, pattern: /^[（(]?(?:码字不易|碼字不易|原创不易|原創不易)/u },
  // A follow prompt's closing words (`了解更多消防安全知识`, `获取更多资讯`).
  { name: 'call to action', maxLength: 20, pattern: /^(?:了解|获取|獲取|查看|获得|獲得)更多[^，。！？,.!?\s]{1,14}$/u, holds: '更多' },
  { name: 'app promotion', maxLength: 80, pattern: new RegExp(traditionalAlternatives(['(?:下载|打开|尽在).{0,10}(?:APP|App|客户端)', '扫描.{0,8}二维码', '扫一扫', '长按识别', '关注.{0,12}(?:微信|公众号)', '^[^，。！？,.!?\\s]{1,12}(?:微信)?公众号$']) + '|更多猛料|第一时间接收', 'u') },
  // WeChat's 在看 button asked for (`点个在看`, `点【在看】`, `分享、点赞、在看`, a lone `在看`), not the
  // words in a sentence (`现在看数据`): these patterns match anywhere in the line.
  { name: 'call to action', maxLength: 200, pattern: new RegExp('【[^】]{0,6}(?:点击|點擊|戳)[^】]{0,8}】|(?:点击|點擊)(?:投票|报名|報名|下载|下載|购买|購買)|回复【[^】]{1,10}】|回覆【[^】]{1,10}】|' + traditionalAlternatives(['点击菜单栏', '扫描下方二维码', '长按二维码']) + '|(?:点|點)(?:个|個|一下|击|擊)?\\s*[【「“"]?在看|[赞讚、，,]\\s*在看|^在看$|分享给朋友|转发给朋友', 'u') },
  { name: 'call to action', maxLength: 160, pattern: /^(?:sign up|subscribe|order now|shop now|buy now|get started|join (?:us|now|today)|try it|book now|click here|download (?:the|our) app|follow us)\b|^follow .{0,80}\bon (?:facebook|twitter|instagram|linkedin|youtube|tiktok|x)\b|\bfollow (?:us|me|\p{Lu}[^.]{0,40}?) (?:here )?on (?:facebook|twitter|instagram|linkedin|youtube|tiktok|medium|x)\b[^.]{0,80}\.?$|\bsign up here\.?$/iu },
  // A recipe card's closing request, and a shop link's disclosure opening a review or a guide.
  // A Pinterest box between a post's steps (`Pin it to your Kids Activities board!`).
  { name: 'call to action', maxLength: 80, pattern: /^(?:pin (?:it|this)(?: (?:for later|now))?|save (?:it|this) to pinterest)\b(?:.{0,50})[.!]?$/iu },
  { name: 'call to action', maxLength: 200, pattern: /^(?:did you (?:make|try)|tried|made) this recipe\b|\bleave a (?:rating|review|comment) below\b|\btag @[\w.]+ on instagram\b/iu },
  // A wire story's closing promo, a tip line, and the notes a syndicated or grant-funded story carries.
  { name: 'call to action', maxLength: 200, pattern: /^for more (?:news|stories|updates|information|coverage) (?:about|on)\b.{1,80}?\b(?:visit|see|click|go to|read)\b|^(?:do you have|have you got|got|have) (?:a (?:story|news tip|tip)|information about)\b|\?\s*(?:e-?mail|contact|write to)\s+[\w.+-]+@[\w-]+\.[\w.]+\.?$/iu },
  { name: 'syndication note', maxLength: 300, pattern: /\bauto-generated from a syndicated feed\b|^first uploaded on\b|\bhas not been edited by .{1,40}\bstaff\b|\b(?:journalism|reporting) (?:is |was )?(?:co-)?funded by\b|\blocal journalism initiative\b/iu },
  { name: 'affiliate disclosure', maxLength: 400, pattern: /\b(?:is|are) supported by (?:its|our) (?:audience|readers)\b|\bmay (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions?\b|\b(?:may )?contains? affiliate links\b|\bas an amazon associate\b/iu },
  // Magazines and papers close a story with where it ran in print; opinion pages open or close
  // one with the same disclaimer on every piece. Neither is the writer's text.
  { name: 'print-edition note', maxLength: 300, pattern: /^(?:(?:this|a version of this) (?:article|story|essay|piece|column|review|interview) (?:also |first |originally )?(?:appears|appeared|was published|ran|will appear|will run)|published) in\b.{0,80}\b(?:print|issue|edition|magazine)\b/iu },
  // (Also the paper's name and the day it ran: `Published in The Express Tribune, March 5th, 2021.`)
  { name: 'print-edition note', maxLength: 120, pattern: /^published in (?:the )?[\p{L}.'’& -]{1,40},\s*\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$/iu, holds: ',' },
  // Where a story first ran and who it was produced with (`This article originally appeared on HuffPost and has been updated.`,
  // `This article was produced for ProPublica’s Local Reporting Network in partnership with …`), and a newsroom's line about itself.
  { name: 'provenance note', maxLength: 300, pattern: /^(?:this|a version of this) (?:article|story|piece|post|report) (?:was originally published\b|(?:originally |first )?appeared (?:on|in)|was (?:originally )?(?:produced|published|reported) (?:for|by|in partnership with|in collaboration with))\b|\bis an? (?:independent,? )?(?:nonprofit|non-profit|nonpartisan) newsroom\b/iu },
  // A newsroom's appeal for support and its sponsors' disclosure (`Will you support Vox’s explanatory journalism?`, `Financial supporters play no role in …`).
  // A donation box's amounts and its other-amount choice (`1× CHF 10`, `Anderer Betrag`); a bare price may be a table's last cell.
  { name: 'donation options', maxLength: 20, pattern: /^\d{1,2}\s?×\s?(?:(?:CHF|EUR|USD|GBP|Fr\.|[$€£])\s?\d{1,4}(?:[.,]\d{2})?|\d{1,4}(?:[.,]\d{2})?\s?(?:CHF|EUR|€|Franken|Euro))$|^(?:anderer betrag|other amount|autre montant|otro importe|altro importo|outro valor|andere bedrag)$/iu },
  // An advice column's preface (`Pay Dirt is Slate’s money advice column. Have a question? Send it to Lena here.`).
  { name: 'column preface', maxLength: 200, pattern: /\bhave a question\?\s*(?:send|email|submit|write)\b/iu },
  // A market page's disclaimer on its experts' tips (`(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own. …)`).
  { name: 'opinion disclaimer', maxLength: 400, pattern: /^\(?disclaimer\s*:\s*(?:recommendations|the (?:views|opinions)|views|opinions)\b/iu, holds: ':' },
  { name: 'opinion disclaimer', maxLength: 300, pattern: /^(?:the )?(?:views|opinions)(?: and (?:views|opinions))? expressed\b.{0,80}\b(?:are (?:solely |strictly )?(?:those|the author)|do not (?:necessarily )?(?:reflect|represent))/iu },
  // A related-reading heading left alone at the end (its links gone), in the languages of news sites.
  { name: 'related heading', maxLength: 40, pattern: /^(?:(?:related )?topics|tags)[\s:：»›>→]*$/iu },
  // A staff story's note on the agency copy it drew on (`Con información de Europa Press.`, `– mit Material der dpa`).
  { name: 'attribution note', maxLength: 120, pattern: /^(?:[–—-]\s*)?(?:con información de|mit material (?:der|von|aus)|aangevuld met informatie van|com informações d[aoe]s?|con informazioni d[ai])\b/iu },
  // A finance site's notes after a story (`【說明】本網站所載資料只供參考…`).
  { name: 'site notes', maxLength: 200, pattern: new RegExp(`^【(?:${traditionalAlternatives(['说明', '备注', '免责声明', '注'])})】`, 'u') },
  { name: 'photo credits alone', maxLength: 80, pattern: new RegExp(`^(?:${traditionalAlternatives(['封面图片来源', '封面图来源', '图片来源', '图源', '题图'])})[:：]`, 'u') },
  // A site's request to the owners of pictures it used (`特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬`).
  // (And its note that some pictures come from the web: `部分图片来源于网络，如有侵权请联系删除`.)
  { name: 'picture rights note', maxLength: 200, pattern: new RegExp(traditionalAlternatives(['索取稿酬', '联系我们要求撤下', '如有侵权', '图片来源于网络']), 'u') },
];

/** Every kind of furniture line, as judged at an edge of the body. */
const FURNITURE_AT_AN_EDGE = [...FURNITURE_ANYWHERE, ...FURNITURE_AT_EDGES];

/**
 * Why a line is page furniture, or null when it may be article text. `atEdge`: the line comes
 * before the first or after the last paragraph of prose, where the edge-only patterns apply too.
 */
export function trailerKind(line: string, atEdge: boolean): string | null {
  const text = line.trim();
  if (!text) return null;
  return (atEdge ? FURNITURE_AT_AN_EDGE : FURNITURE_ANYWHERE).find(({ pattern, maxLength, holds }) => text.length <= maxLength && (holds === undefined || text.includes(holds)) && pattern.test(text))?.name ?? null;
}

/** Headings of a box of links set into a story (`Read More`, `Related`, `More on …`). */
const LINK_BOX_HEADING = /^(?:read (?:more|next|also)|also read|related(?: (?:articles?|stories|posts?|content|coverage))?|recommended(?: for you)?|you (?:may|might) also like|see also|don(?:'|’)t miss)[\s:：»›>→]*$/i;

/** Whether `line` is the heading of a box of links set into a story (LINK_BOX_HEADING). */
export function isLinkBoxHeading(line: string): boolean {
  return LINK_BOX_HEADING.test(line.trim());
}

/** The title of a Danish, Norwegian or Swedish fact box (`Fakta: …`, `FAKTA – …`). */
const FACT_BOX_HEADING = /^fakta\s*[:–-]\s*[^.!?]{1,80}$/iu;

/** Whether `line` is a heading that opens the tail of a page (recommendations, comments). */
export function isTrailerHeading(line: string): boolean {
  const text = line.replace(/^[\s#>»›■□●◆◇▌▼▲▶►|｜【\[]+|[\s】\]]+$/gu, '');
  if (text.length > 0 && text.length <= 40 && ((hasHan(text) && CHINESE_TRAILER_HEADINGS.test(text)) || OTHER_TRAILER_HEADINGS.test(text) || (text.startsWith('Ü') && GERMAN_PROFILE_HEADING.test(text)))) return true;
  // A Nordic fact box's title after the story (`Fakta: Sådan beskytter du dig mod røg fra brande`) runs longer.
  if (FACT_BOX_HEADING.test(text)) return true;
  // `【延伸阅读】日媒：日本9月新车销量同比大降三成`: the heading runs into the headline of the story it
  // brings in, whose text follows.
  // So with a colon (`延伸閱讀：超商咖啡一年賣3億杯 誰是最大贏家？`).
  const bracketed = /^\s*【([^】]{2,8})】\s*([^。！？]{4,40})$/u.exec(line) ?? /^\s*([^：:【】\s]{2,8})\s*[：:]\s*([^。！？：:]{4,40}[？！]?)$/u.exec(line);
  return bracketed !== null && CHINESE_TRAILER_HEADINGS.test(bracketed[1]!);
}
