/**
 * Simplified Chinese characters paired with their traditional forms, one table for the two uses:
 * telling the scripts apart (lang.ts) and matching label words as Taiwan and Hong Kong pages
 * write them (labels.ts: `责任编辑` → `責任編輯`).
 */

/**
 * Frequent characters whose traditional form exists only in traditional script, in pairs
 * (simplified, then traditional). Characters shared by both scripts with another meaning
 * (后, 于, 里, 台, 面, 只, 系, 干) are left out: they prove nothing about the script.
 */
export const SCRIPT_PAIRS =
  '们們个個来來时時国國会會说說这這为為对對发發学學经經过過还還进進开開关關长長问問点點现現动動从從当當样樣实實机機业業见見种種东東万萬与與将將体體无無区區电電话話间間听聽让讓头頭么麼义義处處产產权權选選员員带帶报報场場传傳达達总總题題务務岁歲气氣车車结結亲親爱愛条條导導战戰数數党黨议議记記认認识識语語设設读讀书書网網页頁视視节節应應华華运運门門号號军軍张張护護环環术術际際专專检檢证證';

/**
 * Further pairs found in label and credit words and in page furniture (trailers.ts). Some
 * traditional forms here (於, 佈, 採, 週, 誌) are also ordinary characters of simplified text,
 * which is why they are not in SCRIPT_PAIRS.
 */
const WORD_PAIRS =
  '责責编編辑輯栏欄于於闻聞转轉载載创創讯訊约約习習采採写寫布佈键鍵词詞标標签籤浏瀏览覽阅閱击擊访訪审審评評论論摄攝图圖频頻属屬构構类類笔筆周週杂雜志誌户戶线線独獨综綜译譯' +
  '荐薦欢歡热熱顾顧许許声聲扫掃维維码碼别別众眾资資觉覺协協仅僅单單';

const TRADITIONAL = new Map<string, string>();
for (const pairs of [SCRIPT_PAIRS, WORD_PAIRS]) for (let i = 0; i + 1 < pairs.length; i += 2) TRADITIONAL.set(pairs[i]!, pairs[i + 1]!);

/** `word` with each simplified character of the tables replaced by its traditional form. */
export function toTraditional(word: string): string {
  return word.replace(/./gu, (char) => TRADITIONAL.get(char) ?? char);
}

/**
 * A regex alternation of simplified words (`记者|通讯员|作者`) with each word's traditional form
 * added right after it when it differs (`记者|記者|通讯员|通訊員|作者`), so patterns are written
 * once, in simplified script. Words must hold no `|` of their own (no nested groups).
 */
export function withTraditional(alternation: string): string {
  return traditionalAlternatives(alternation.split('|'));
}

/**
 * Regex alternatives: each simplified phrase, then its traditional spelling where that differs.
 * Phrases may be patterns with groups of their own (`下载.{0,10}(?:APP|客户端)`).
 */
export function traditionalAlternatives(phrases: readonly string[]): string {
  return phrases
    .flatMap((phrase) => {
      const traditional = toTraditional(phrase);
      return traditional === phrase ? [phrase] : [phrase, traditional];
    })
    .join('|');
}
