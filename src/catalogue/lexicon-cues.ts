// Words that say what kind of answer a question wants, as opposed to which figure it is about (that
// is the format's vocabulary). They belong to the language, not to any row, so they live here once.
import { anyOf } from './lexicon-pattern.ts';

export type CueKind =
  /** greetings and "what can you do": a help reply when nothing else is asked */
  | 'help'
  /** how to do something at the agency: a procedure, not a figure in the report */
  | 'how_to'
  | 'this_year'
  | 'last_year'
  | 'year_before_last';

/**
 * Cues that take part in matching like catalogue terms: they claim their span, so that 「去年结转」
 * stays a row label and 「你能回答什么问题」 does not read as a question about 问题.
 */
export const SPAN_CUES: Record<CueKind, string[]> = {
  help: [
    '你好', '您好', '你们好', '嗨', '哈喽', '在吗', '帮助', '使用说明', '怎么用', '如何使用', '你是谁', '你是什么',
    '你能做什么', '你会什么', '能做什么', '能回答什么问题', '能回答哪些问题', '可以回答什么问题', '可以回答哪些问题',
    '能问什么', '可以问什么', '可以问哪些', '能查什么', '能查哪些', '可以查什么', '可以查哪些', '能查到什么', '能查哪些数据', '可以查哪些数据', '能问哪些问题', '能回答什么', '你能回答什么', '有什么功能',
    '能干什么', '能干啥', '能干嘛', '帮我干啥', '能帮我干啥', '能帮我干什么', '能帮我做什么', '可以帮我做什么', '能帮我做啥', '会干什么', '干什么用', '干嘛用', '干啥用', '是干嘛的', '是干什么的', '有什么用', '怎么问', '能帮我什么', '可以帮我什么',
    '机器人', '小助手', '你是机器人吗',
    'hello', 'hi', 'hey', 'help', 'what can you do', 'what can i ask', 'who are you', 'what do you know',
    'what questions can you answer', 'how do i use this',
  ],
  how_to: [
    '怎么办理', '如何办理', '怎样办理', '怎么办', '怎么申请', '如何申请', '怎样申请', '去哪里', '去哪儿', '在哪里', '在哪儿',
    '哪里办', '流程是什么', '办理流程', '需要什么材料', '需要哪些材料', '手续', '怎么办证', '怎么才能',
    'how do i', 'how can i', 'how to', 'where can i', 'where do i',
  ],
  // 本年度 and 本年 are the report's own words for the year it covers: not a date.
  this_year: ['今年', 'this year'],
  last_year: ['去年', '上一年度', 'last year'],
  year_before_last: ['前年', 'the year before last'],
};

/** Flags: words that only need to occur somewhere in the question. */
export const FLAGS = {
  /** the question asks for a number */
  quantity: ['多少', '几', '数量', '数目', '总数', '总量', '件数', '次数', '条数', '个数', '项数', '人数', '数值', '小计', '合计', '总计', '一共', '共有', '金额', '元', '数',
    'how many', 'how much', 'number of', 'count', 'total', 'amount', 'what is the number'],
  /** a share of a whole */
  share: ['比例', '占比', '比重', '百分比', '百分之', '占', '相当于', '率', 'percentage', 'percent', 'share', 'proportion', 'ratio', 'fraction', 'rate'],
  /** the difference of two figures */
  difference: ['相差', '差多少', '多多少', '少多少', '差额', '差距', '差了', '多出', '少了多少', '多了多少', 'difference', 'more than', 'fewer than', 'less than', 'how many more', 'how many fewer', 'how much more', 'how much less'],
  /** the parts a figure is made of */
  breakdown: ['构成', '组成', '分布', '结构', '分类', '细分', '明细', '分别', '各类', '各项', '各种', '分项', '具体情况', '占比情况',
    // 「不予公开的理由中最多的是哪个」: which item of a group is largest is read off its breakdown.
    '哪类', '哪种', '哪一类', '哪一种', '哪项', '哪一项', '哪些理由', '哪些原因', '什么理由', '什么原因', '最多的是哪', '最多的是什么', '最少的是哪', '主要原因', '主要理由',
    'breakdown', 'broken down', 'break down', 'by type', 'distribution', 'composition', 'split', 'each type', 'by category'],
  /** a follow-up that leaves out what the previous question said */
  follow_up: ['那', '呢', '其中', '还有', '另外', '那么', '这其中', '这些', '这里面', '这几件', '这几个', '这部分', 'what about', 'how about', 'and the', 'of which', 'of those', 'among them'],
  /** asks for a description rather than a figure */
  describe: ['哪些', '什么', '怎么样', '如何', '情况', '介绍', '说说', '讲讲', '吗', 'what are', 'which', 'describe', 'tell me about', 'what did', 'did they', 'does it', 'do they', 'is there'],
} as const;

/**
 * Words that ask how one figure changed (「予以公开减少了多少」): without a figure to compare it with,
 * the comparison is against the year before. Measured only outside catalogue terms.
 */
export const CHANGE_WORDS = ['增加', '减少', '增长', '下降', '上升', '降低', '提高', '升高', '变化', '变动', '增减', '增幅', '降幅', '涨了', '降了',
  'increase', 'increased', 'decrease', 'decreased', 'change', 'changed', 'rise', 'rose', 'grow', 'grew', 'growth', 'fall', 'fell', 'drop',
  'dropped', 'decline', 'declined', 'go up', 'went up', 'go down', 'went down'];

/**
 * Words that negate or exclude what they touch (「没有予以公开的」「自然人以外」「other than」): the
 * question is then not about the figure it names. Only words outside catalogue terms count, so that
 * 不予公开, 无法提供, 未经复议直接起诉 and 尚未审结 keep their meaning.
 */
export const NEGATION = {
  words: ['没有', '没', '未', '非', '不是', '不属于', '不包括', '不含', '不算', '并非', '除了', '除去', '除开', '以外', '之外', '排除',
    'not', 'non', 'never', 'other than', 'except', 'excluding', 'exclude', 'apart from', 'aside from', 'without',
    'didnt', 'wasnt', 'werent', 'isnt', 'arent', 'dont', 'doesnt', 'havent', 'hasnt'],
  /** question forms that hold such a word without negating anything (有没有 asks whether there are any) */
  forms: ['有没有', '是不是', '是否', '非常', '未来'],
};

/** Characters that make a figure's own label a "not" (不予公开, 无法提供, 未经复议, 没有现成信息). */
export const NOT_CHARACTERS = '不未没无';
/** A label holding any of them. */
export const SAYS_NOT = new RegExp(`[${NOT_CHARACTERS}]`);

/** What may stand between two figures that are added up: 予以公开和部分公开, granted and refused. */
export const CONJUNCTION_WORDS = ['和', '与', '及', '以及', '加上', '加', '跟', '同', '或', '或者', '、', ',', '+', '&', 'and', 'plus', 'or'];
/** The whole of what stands between two figures is one conjunction. */
export const CONJUNCTION = new RegExp(`^\\s*${anyOf(CONJUNCTION_WORDS)}\\s*$`);
/** 「直接起诉的和复议后起诉的」: a particle may stand before the conjunction. */
export const PARTICLE_BEFORE_CONJUNCTION = new RegExp(`^${anyOf(['的', '了'])}`);

// 「这里面自然人申请的」: the row is the one said before, which only the conversation knows.
// 「这类申请有多少件」 opens with the kind said before; 「律师事务所这类法律服务机构」 names its own.
export const BACK_REFERENCE_WORDS = ['这里面', '这里头', '这其中', '其中', '这些', '这几', '这部分'];
export const KIND_REFERENCE_WORDS = ['这类', '那类', '此类'];
/** Words that point back at what was said before: anywhere, or a kind at the start of a clause. */
export const BACK_REFERENCE = new RegExp(`${anyOf(BACK_REFERENCE_WORDS)}|(?:^|[,.?!;])\\s*(?:那么?)?${anyOf(KIND_REFERENCE_WORDS)}`);

/** Words that name the subject of every question here: they tell nothing about which figure. */
export const DOMAIN_WORDS = ['政府信息公开', '政务公开', '信息公开', '政府信息', '依申请', '申请', '公开', '年度报告', '报告', '工作', '本年度', '本年',
  'government', 'information', 'disclosure', 'requests', 'request', 'applications', 'application', 'report', 'open'];

