// How staff and citizens say what to do with figures, beyond naming them: round to two decimals,
// add up the three just given, the fifth item of table 三, the columns of a column group. Words of
// the language, kept here so that understand/ reads them as data.

/** 「保留两位小数」「保留２位小数」「精确到小数点后一位」「round to two decimals」: how many decimals are asked. */
export const ROUNDING: RegExp[] = [
  /(?:保留|精确到|取|四舍五入(?:到|至|保留)?)\s*(?:小数点后)?\s*([0-9一二两三四])\s*位(?:小数)?(?:数字)?/g,
  /小数点后\s*(?:保留)?\s*([0-9一二两三四])\s*位/g,
  /\b(?:rounded|round(?:ing)?)\s+(?:it\s+|off\s+)?(?:to|at)\s+(\d|one|two|three|four)\s+(?:decimal(?:s| places?| digits?)?|dp|places?)\b/g,
  /\b(?:to|with|in)?\s*(\d|one|two|three|four)\s+decimal(?:s| places?| digits?)\b/g,
  /([0-9一二两三四])\s*位小数/g,
];

/** Written-out numbers of a rounding phrase. */
export const DECIMALS_SPELLED: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, one: 1, two: 2, three: 3, four: 4 };

/** The most decimals a rounding is honoured with: a report's figures have no more. */
export const MAX_DECIMALS = 4;

/**
 * Symbols staff type between figures: 「A+B」 adds them, 「A/B」 is A's share of B. Punctuation is
 * no word to the segmenter, so these are read from the text.
 */
export const SYMBOL_OPERATORS: { symbol: string; role: 'and' | 'share' }[] = [
  { symbol: '+', role: 'and' },
  { symbol: '/', role: 'share' },
];

/** Sum words said between the figures they add (「许可加处罚」), not after a list (一共, 合计). */
export const INFIX_SUM = ['加', '加上', 'plus'];

/** 「五栏合计」「8个小项合计」「三项合计」: the words after a count that say it counts a figure's parts. */
export const PART_WORDS = ['种', '类', '项', '个', '大类', '方面', '栏', '列', '小项', '个小项', '栏目'];

/**
 * 「三个加一起」「这俩加一块」「both of these」: how many of the figures just given a follow-up
 * combines, said without naming them.
 */
export const RECENT_COUNTS: { words: RegExp; count: number }[] = [
  { words: /俩|2个|2项|2者|二者|两者|both(?: of (?:them|these|those))?|\btwo\b/, count: 2 },
  { words: /仨|3个|3项|\bthree\b/, count: 3 },
  { words: /4个|4项|\bfour\b/, count: 4 },
];

/**
 * 「第2行呢」「下一行呢」: a row named by where it stands among its siblings, in a follow-up to a
 * row of the same group.
 */
export const SIBLING_ROW = /^\s*(?:那|那么)?\s*第\s*([1-9一二三四五六七八九])\s*(?:行|项|小项|个)\s*(?:呢|的呢|是多少|多少)?\s*[?？]?\s*$/;

/**
 * 「(四)」「第(四)项」「表三第(五)项第2行」「一(五)监督保障」: a place in the report by its printed
 * number without its section's numeral before the bracket. The bracket's number (四) is of section 三
 * unless 一 stands before it (一(五): the fifth part of the overview).
 */
export const BRACKET_NUMBER = /(?:(?<![0-9a-z一二三四五六七八九十])(一)|(?<![条0-9])第|(?<![0-9a-z条一二三四五六七八九十第]))\(([一二三四五六七八])\)\s*(?:项|大项)?(?:\s*第\s*([1-9一二三四五六七八九])\s*(?:行|小项|项))?/g;

/**
 * What a question may ask a count of people with (多少人, 几个人, how many people): the report counts
 * requests, not the people who made them.
 */
export const PEOPLE_ASKED = /(?:多少个人|多少人|几个人|几人|多少位|多少名|人数)(?!次)|\bhow many (?:people|persons)\b/;

/** 「多少人次」: a count of attendances (person-times), where a word of people asks no count of people. */
export const ATTENDANCES = '人次';

/** 「几个」「多少件」「几场」: the words that ask how many, before the measure word that says what is counted. */
export const HOW_MANY = ['几', '多少'];

/**
 * 「全部或部分公开」「full or partial disclosure」: the words that join two terms sharing their last
 * words, said once. An English one stands between spaces; a Chinese one needs none.
 */
export const ELIDING_JOINS = { en: ['or', 'and'], zh: ['或者', '或', '和', '及', '与'] };

/**
 * Words that say a figure holds a part (「答复多少件，含上年度结转的」「连网络辟谣一起算」 "including
 * those carried over"): said after what is asked, they name the part, and the whole is asked.
 */
export const INCLUDING = ['含', '包含', '包括', '连', '连同', '算上', '加上', 'including', 'inclusive', 'incl'];

/**
 * 「所有原因加起来不予公开多少」 "the total withheld across all reasons": the kinds a group's items are
 * (原因, reasons), said with a word for every one of them, name the group's total.
 */
export const EVERY_KIND = {
  kinds: ['原因', '理由', '情形', '种类', '类别', 'reasons', 'reason', 'grounds', 'categories', 'kinds', 'types'],
  every: ['所有', '各种', '各类', '各项', '全部', '各个', 'all', 'every', 'across'],
};

/**
 * 「申请信息公开要交钱吗？去年收了多少处理费」: a yes-or-no question said first, then the number asked.
 * The first sentence is why one asks, not which figure.
 */
export const YES_NO_FIRST = /^[^？?。！!]*(?:吗|么|嘛)\s*[？?]/;
