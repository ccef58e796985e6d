// The words by which understand/ reads a question's sentence and weighs its readings: how a
// question says where a figure stands, asks which or whether, introduces its asker, lists or joins
// figures; and how a report's sentence says "not", "of which", "every kind". Language as data:
// the readers and rules in understand/ name these, and hold no word of their own.

// ---------------------------------------------------------------- the question's sentence

/** 「我是律师，想了解…」「作为一名记者」: the words before a kind of asker that say who is asking, not which figure. */
export const SELF_INTRODUCTION = /(?:我是|我们是|本人是|作为)(?:一名|一个|一家|一位)?$/;

/** 「除了自然人，其他申请人…」: 其他 after an exclusion is the rest of what is excluded, not the column 其他. */
export const OTHER_THAN = /^其[他它]$/;

/** What stands before a one-character measure word that makes it a unit (3 人, 几件, 多少 条). */
export const COUNTED_BEFORE = /(?:\d|几|多少)\s*$/;

/** 「采取过行政强制措施没有」: 没 or 没有 closing a question asks whether; it negates nothing. */
export const WHETHER_WORD = /没有?$/;

/** 「哪几类」「最多」: a describing word that asks which (or which most), not how many. */
export const ASKS_WHICH = /^(?:哪|最(?:多|少|高|低|大|小))/;

/** A greeting said alone: no question about the bot, though the catalogue files 你好 under help. */
export const GREETING = /^(?:你好|您好|你们好|嗨|哈喽|在吗|hello|hi|hey)$/;

/** 「A占B」「A相当于B」「A/B」「A除以B」: the word after which a share's whole is said. */
export const SHARE_WHOLE_AFTER = /占|相当于|除以|\//;

/** Words that ask a percentage: with them 占 is a share; without them 「占几件」 is "make up". */
export const PERCENT_ASKED = /比例|占比|比重|百分|%|率|几成|percent|share|proportion|ratio|rate/;

/** Marks that cut a question into the parts a derived figure is made of (「A、B，C（D）」). */
export const PART_BREAK = /[,;、，；()（）]/;

/** Marks of a list (「A、B」「A，B」): with a sum word, the list is added up. */
export const LIST_MARK = /[、,，]/;

/** What a part's length is counted without (spaces, 的): 「信息公开申请」 is long enough to name a figure alone. */
export const NOT_COUNTED = /[\s的]/g;

/** Particles a verb of a table's term ends with (回复了, 答复的, 处理过): a sentence's clause need not say them. */
export const TRAILING_PARTICLE = /[了的过]$/;

// ---------------------------------------------------------------- where a figure stands

/**
 * 「表三」「第二项」「第3行」: a table of the format by its number, or the number of a row. 第二十条第（五）项
 * names an article of the regulation, which table 二 rows are labelled by: no place.
 */
export const PLACE_WORDS = /表\s*([二三四2-4])|(?<![条(（])第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:小项|大项|项|行|个)/g;

/** The table a 表 number names: 二 the proactive disclosure tables, 三 requests, 四 review and litigation. */
export const TABLE_NUMBERS: Record<string, 'active' | 'requests' | 'review'> = { 二: 'active', 2: 'active', 三: 'requests', 3: 'requests', 四: 'review', 4: 'review' };

/** The last number of a row of 三 (三(六)3, 三(三)(五), 二): its place among its siblings. */
export const ROW_NUMBER_END = /(\d+)$|\(([一二三四五六七])\)$|^([一二三四])$/;

// ---------------------------------------------------------------- a report's sentence and labels

/** A figure's label says "not" right before a word (尚未审结, 不予公开, 未经复议). */
export const LABEL_NEGATION = /(?:尚未|未经|不予|无法|没有|未|不|没)$/;

/** A clause that says "not" (未经复议, 无法提供): a negation in the question is the figure's own. */
export const NEGATIVE_CLAUSE = /未|没|不|无|非/;

/** A clause that is a part of the figure before it (含…, 其中…, 包括…). */
export const PART_CLAUSE = /^(?:含|其中|包括)/;

/** What a clause's piece may begin with before its term (含, 其中, 共, 包括): not counted in its length. */
export const PIECE_OPENING = /^(?:含|其中|共|包括)/;

/** Words that join two terms a clause states together (予以公开及部分公开 208 件). */
export const JOINED = /及|和|与|、|以及/;

/** Words of every kind (各类信息, 所有申请): a figure of every kind is its own clause's, not its sentence's. */
export const AGGREGATE = /各类|各种|各项|所有/;

/** The word after which a clause names the whole its listed items are examples of (信访、重复申请等不予处理). */
export const EXAMPLES_END = '等';

/**
 * Words of the subject every clause of a report may share (信息 in 「发布信息公开」 and 「微信公众号…条
 * 信息」): no clause owns them, so they are nobody's foreign words.
 */
export const SHARED_CLAUSE_WORDS: ReadonlySet<string> = new Set(['信息', '政务', '政府', '工作', '服务', '数量', '公开', '政府信息', '信息公开', '政务公开', '平台', '我局', '局']);

// ---------------------------------------------------------------- English names

/**
 * 「the Shanghai Municipal People's Government」: capitalised words ending in the kind of an agency
 * are its name, whatever catalogue words (People's) they hold.
 */
export const AGENCY_RUN = /(?:[A-Z][A-Za-z'’]*\s+(?:(?:and|of|for|the)\s+)*)+(?:Government|Office|Bureau|Commission|Committee|Department|Administration|Council)\b/g;

/** A capitalised word past the first (Hongze, Huai'an, DRC), or the first when the next is capitalised too (Shuyang County DRC). */
export const CAPITALISED_NAME = /(?<=\S\s+)([A-Z][A-Za-z']*)|^([A-Z][A-Za-z']*)(?=\s+[A-Z])/g;

// ---------------------------------------------------------------- the agency's own place

/**
 * 区里, 全区, 本区 in a question to 洪泽区人民政府: the words by which a government's own place (its
 * level: 区, 市, 县) is the agency itself, for a government's report covers its whole place.
 */
export const OWN_PLACE_WORDS = (level: string): string[] =>
  [level, `${level}里`, `${level}里面`, `全${level}`, `本${level}`, `我${level}`, `该${level}`, `${level}政府`, `${level}人民政府`];

/** The government's general office (上海市人民政府办公厅) reports for its government: 市政府 is it too. */
export const OFFICE_OWN_PLACE_WORDS = (level: string): string[] => [`${level}政府`, `${level}人民政府`];
