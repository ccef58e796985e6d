// Word classes of the everyday language around a question: what a word does in a sentence, not what
// figure it names. A question's word that no figure's vocabulary explains is judged by its class: a
// particle, a greeting or a tag question narrows nothing and does not keep a figure from being
// given; a word that narrows (仅, 首次, 再次) does. Words with no class here are judged by the part of
// speech the segmenter gives them (see NARROWS_NOTHING_TAGS).
import { wordList } from './lexicon-pattern.ts';

export type WordClass =
  /** sentence-final and modal particles: 嘞, 呗, 噻 */
  | 'particle'
  /** interjections and laughter: 哎呀, 呃, 哈哈 */
  | 'interjection'
  /** greetings, thanks, politeness: 恁好, 谢谢, 劳驾, please */
  | 'politeness'
  /** urgency: 急, 赶紧, 在线等, asap */
  | 'urgency'
  /** pronouns of dialects and chat (俺, 恁, 偶) and those pointing at the report: never a figure */
  | 'pronoun'
  /** a question tagged on (中不中, 是不是, 知道不, 有木有): asks whether, narrows nothing */
  | 'tag_question'
  /** verbs that stand for any doing (搞, 弄, 整): the figure's own word says what was done */
  | 'generic_verb'
  /** how casually or why one asks: 随便问问, 顺便, 好奇, just curious */
  | 'hedge'
  /** taking back what was said before (不对, 我是说): the rest of the message is the question */
  | 'repair'
  /** words that tie what is asked to what it is about: related to, resulted in */
  | 'linking'
  /** nouns that stand for whatever the figure counts (发了多少条东西): they name no kind of thing */
  | 'placeholder'
  /** the present, in a question about a report that states the year's end: 现在, currently */
  | 'present'
  /** words that narrow a figure whatever their part of speech: only, first, again, each */
  | 'narrowing';

/** The classes whose words narrow nothing. */
export const NARROWS_NOTHING: ReadonlySet<WordClass> = new Set([
  'particle', 'interjection', 'politeness', 'urgency', 'pronoun', 'tag_question', 'generic_verb', 'hedge', 'repair', 'linking', 'placeholder', 'present',
]);

const list = wordList;

/**
 * Words and phrases by class. A phrase of several words (中不中, please provide) is found in the
 * question's text, wherever the segmenter cuts it; a single word by itself.
 */
export const LEXICON: Record<'zh' | 'en', Partial<Record<WordClass, readonly string[]>>> = {
  zh: {
    particle: list('嘞 咧 呐 哒 嘛 呗 噻 咯 喽 啰 哟 嗷 捏 滴 哩 呦 罢了 而已 来着'),
    interjection: list('哎 哎呀 哎哟 唉 诶 欸 噢 喂 呃 额 嗯嗯 哈哈 呵呵 嘿嘿 嘻嘻 哈哈哈'),
    politeness: list('你好 您好 恁好 你们好 大家好 谢谢 谢谢你 谢谢您 谢了 多谢 感谢 劳驾 辛苦了 辛苦 拜托 拜托了 麻烦你 麻烦您 麻烦了 请教 请教一下 打扰 打扰一下 打扰了 冒昧 烦请 敬请 老师 同志 领导 亲 亲们 小编 客服'),
    urgency: list('急 着急 急用 很急 挺急 急急急 赶紧 赶快 快点 尽快 马上 立刻 在线等 等着用'),
    // …and the words that point at the report itself (这份年报, 该篇报告)
    pronoun: list('俺 俺们 恁 恁们 偶 额滴 侬 阿拉 人家我 这份 那份 该份 本份 此份 这一份 这篇 那篇 该篇 本篇'),
    tag_question: list('中不中 是不是 知道不 知道吗 知不知道 行不行 对不对 好不好 可不可以 能不能 中不 行不 对吧 是吧 有木有 是不是木有 有没'),
    generic_verb: list('搞 弄 整 办 干 搞了 弄了 整了 干了 问 问问 想问问'),
    hedge: list('随便 随便问问 随便问下 就问问 顺便 顺便问下 顺便问一下 好奇 好奇问下 问问看 就是想 想了解下 了解下 具体说说 就是说 咱就是说 话说 那啥'),
    repair: list('不对 我是说 我说的是 我的意思是 我指的是'),
    placeholder: list('东西 玩意 玩意儿 啥的 什么的 之类的'),
    present: list('现在 目前 眼下 如今'),
    // Adverbs of time and manner that say which cases: 按时答复 is not every reply, 仍在办理 not every request.
    narrowing: list(`仅 仅仅 只 只有 单独 分别 首次 第一次 再次 又一次 另行 同时 一并 共同 逐一 多次 屡次 每 各自
      仍 仍然 依然 尚 暂时 暂 即将 按时 准时 如期 超时 陆续 曾 曾经 一律 亲自 当场 提前`),
  },
  en: {
    politeness: list('please pls plz kindly thanks thank_you hi hello hey dear sir madam sorry_to_bother_you sorry excuse_me'),
    urgency: list('asap urgently urgent quickly'),
    tag_question: list('right isnt_it is_it'),
    hedge: list(`just_curious curious wondering i_wonder i_was_wondering roughly approximately basically actually exactly precisely
      quick_question id_like_to_know i_would_like_to_know i_want_to_know id_like i_would_like`),
    generic_verb: list('please_provide provide_me_with can_you_provide could_you_provide tell_me give_me let_me_know'),
    linking: list('concerned concerning concern regarding involving related_to relating_to in_relation_to with_regard_to resulted_in result_in resulting_in ended_in ended_up_in end_in ended_with'),
    placeholder: list('stuff things'),
    present: list('currently presently at_present right_now now'),
    narrowing: list('only solely first again each per average'),
  },
};

/**
 * Parts of speech (ICTCLAS tags, as jieba gives them) whose words narrow nothing when no figure's
 * vocabulary holds them: modal particles, interjections, onomatopoeia, auxiliaries, adverbs.
 * Nouns, verbs, measure words, numbers, time words and names are not here: they may say what is
 * counted, and a figure that does not say them is not the answer.
 */
export const NARROWS_NOTHING_TAGS: ReadonlySet<string> = new Set(['y', 'e', 'o', 'zg', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd']);

/** The mark that lists things counted together in a report's sentence (邮寄、网络提交的…共计81件). */
export const LIST_MARK = '、';
/** The word after examples of a whole (本机关不掌握等原因无法提供 564 件): what follows it is the whole. */
export const EXAMPLES_MARK = '等';
