// The language's own words, by the role they play in a question about a figure: they carry
// nothing, ask for a number, ask for a description, follow on, or narrow a figure to what the format
// does not count. They belong to no row of the format. (Words that combine figures are in
// operators.ts, words of units in measures.ts.)
import { ownTable } from '../arrays.ts';
import { anyOf, wordList } from './lexicon-pattern.ts';

/** Words that carry nothing of which figure: the asking itself, pronouns, particles, the report's own words. */
export const FILLER_WORDS = wordList(`
    请问 问一下 问下 问问 麻烦 麻烦问下 麻烦问一下 请 一下 帮 帮我 帮忙 查查 查一下 查下 查 看看 看一下 想 想问 想知道 我想 我想问 知道 告诉 告诉我 了解
    我 我们 你 你们 您 咱们 咱 他们 贵 本 该 此 其 局 局里 局里面 办公厅 办公室 厅里 委里 单位 机关 部门 你局 我局 本局 贵局 该局 本单位 本机关 我单位 你们局 咱们局
    的 了 呢 吗 啊 呀 吧 么 嘛 哈 啦 哦 喔 嗯 呗 哇 着 过 地 得 之
    有 是 都 还 也 就 又 再 才 已 已经 在 里 里面 中 当中 之中 内 上 下 这 那 这个 那个 这种 那种 这些 那些 这类 那类 这样 那样 这边 那边 这里 那里
    就是 也就是 即 亦即 到底 究竟 具体 具体是 一下子 大概 大约 左右 差不多 实际 实际上 其实 真的 一共是
    全年 一年 年内 年里 年度 今年 本年 本年度 当年 该年 今年度 年 全 所有 整个 整体 总体
    报告 年报 年度报告 报告里 报告中 里说 说 说了 写 写了 写的 提到 显示 显示的 统计 统计的 数据 数字 记录 情况 方面 的话 一项 这一项 那一项 这项 那项 栏 列 一栏 一列 那栏 那列 这栏 这列 那一栏 那一列 这一栏 这一列 项目 类 类型 种 那块 这块 部分的 哪一栏
    行 一行 这一行 那一行 这行 那行 本行 列 一列 这一列 那一列 这列 那列 栏 一栏 这一栏 那一栏 这栏 那栏 格 单元格 填 填的 填了 填写 填报 数值 段 那段 这段 一段 段落 部分里 表格 表里 表中 表上
    现在 目前 当前 至今 到现在 截至目前 截止目前 迄今 最后 最终 后来 结果是 先 然后 完 完了 以后 之后 之前 时候 期间 当中的 依法 依规 按规定 及时 共 其他的 别的 另外的
    小项 这一小项 文字 文字部分 正文 部分 提到 提到的 写到 写着 说到 列出 列的 栏里 讲 讲了 讲的 里讲 说的
    大类 一大类 这一大类 那一大类 一类 这一类 那一类 小类 有人 有谁 算 都算 算进去 一份 一个 才能 才可以 才 是从 是由
    涉及 有关 关于的 涉及到
    接着 直接 想要 要 想 去 当成 当作 看作 拿到手 到手 拿到 的时候 方面 有关 相关的 关于的
    可能 有些 一些 某些情况 比如 例如 譬如 像 等 等等 之类 这样的 那样的 上来 过来 下来 出来 起来 回来 上去
    怕 害怕 担心 生怕 以免 自己 自行 属于 下面 下边 底下 所以 因为 因 由于 是因为 因为是 因此 因而 于是 根本 压根 压根儿 而 而且 并 并且 但 但是 被 给 把 对 向 跟着 从 到 至 按 按照 根据 依据 依照 以 为 为了 作为 关于 对于 通过 经 经过 由
    能 会 可以 可 要 让 使 得以 需要 需 应 应该
    个 件 所 啥 什么 哪些 哪 哪个 怎么 怎么样 怎样 如何 是否 有没有 有无 没有没有 多大 到底有 共有 一共有 总共有
    作出 做出 做了 作了 办了 搞了 弄了 进行 开展 完成 出 发生 产生 出现 形成 总 总数是 合计是
    please tell me show give what how many much which is are was were the a an of in to by for there did do does it they this that any
    number numbers total at on over during from with as be been has have had its their so far you your we our i my me can could would
    let know find out get about regarding concerning whole entire all overall year annual report bureau agency office department
    government information disclosure open public requests request applications application
    because since due why were was got get gets how many much what number total overall altogether year this last reported report
    housing construction urban rural development municipal city county provincial district commission peoples general bureaus
    finish finished finishing complete completed units unit counting
    make makes made making do done give gave given take took taken keep kept
    going go goes gone went first among ended end ends ending being through regarding total number many much
    also still yet ever both each every some other others there here then than that these those who whom whose where when while
    being into onto out up down off more most such own same so very just only even about above below between through after before
    under again further once all any both few more most other such no nor not only own same so than too very can will should now
  `);

/** Words that ask for a number (多少, 几, 数量): the question wants a figure. */
export const QUANTITY_WORDS = wordList(`
    多少 几 几个 几件 几条 几次 几项 几份 几宗 几起 几例 几家 几回 数 数量 数目 总数 总量 件数 个数 条数 次数 项数 份数 量 数额 多少件 多少个 多少条 多少次 多少项
    多少份 多少宗 多少起 how_many how_much count amount
  `);
/** 「how many」「how much」: the second word, as the segmenter cuts it, asks an English question's quantity. */
export const ASKING_EN: ReadonlySet<string> = new Set(['many', 'much']);

/** Words that ask for a description (哪些, 什么, 怎么): a passage may answer, or the largest of a breakdown. */
export const DESCRIBE_WORDS = wordList(`最多 最少 最高 最低 最大 最小 哪个 哪一个 哪项 哪一项 哪类 哪一类 哪种 哪一种 哪几类 哪几种 哪几项 哪些 什么 怎么 怎么样 如何 怎样 为什么 为何 咋 咋样 啥样 内容 介绍 说说 讲讲 描述 情形 具体内容 主要 都有 包括 包含 有哪些 是什么 做法 措施 举措 方式 形式`);

/** Words that say the question follows on from the last one (那, 呢, 其中). */
export const FOLLOW_UP_WORDS = wordList(`那么 那 呢 其中 这其中 另外 还有呢 what_about how_about among_them of_which of_those`);

/** Words that narrow a figure to something the format does not count (平均, 上半年, 男性, 粉丝): the reply names the word the report does not answer. */
export const NARROWING_WORDS = wordList(`
    平均 均 人均 月均 日均 年均 平均每 每月 每个月 每季度 每周 每天 每日 每年 每人 每件 上半年 下半年 季度 一季度 二季度 三季度 四季度 第一季度 第二季度 第三季度 第四季度
    月份 月底 年初 年中 上旬 中旬 下旬 男 男性 女 女性 男的 女的 老人 老年人 年轻人 学生 外地 本地 外省 外籍 境外 外国人
    线下 线上 现场 当面 窗口 邮寄 信函 传真 电子邮件 邮件 电话 网上申请 当场
    粉丝 关注 关注者 订阅 阅读 阅读量 点击 点击量 浏览 浏览量 访问量 转发 点赞 评论 留言
    学时 课时 小时 人次 参加 参与 出席 参会 到会 听众
    最长 最短 最快 最慢 最高 最低 超期 延期 时限 时长 期限 用时 耗时 多久 多长时间
    满意 满意度 好评 差评 投诉率 合格率 准确率
    某 某个 某一 某些 某栏目 某类 具体哪个 单独 分别是多少 其中男性 其中女性
    average mean per monthly weekly daily quarter quarterly half first_half second_half men women male female followers fans subscribers
    views clicks readers hours attendees participants attended satisfaction longest shortest fastest slowest
  `);

/**
 * Everyday words and the word the catalogue or the report uses for the same thing: a question
 * saying 别人 is explained by a figure whose words say 他人 or 第三方.
 */
export const EQUIVALENT: Record<string, string[]> = ownTable({
  别人: ['他人', '第三方'], 人家: ['他人', '第三方'], 旁人: ['他人', '第三方'],
  答应: ['同意'], 批准: ['同意'], 准予: ['同意'],
  拒: ['拒绝'], 驳: ['驳回'],
  告: ['起诉'], 诉: ['起诉'], 打官司: ['起诉', '诉讼'], 法院: ['诉讼'],
  判: ['审结', '审理'], 判决: ['审结'],
  回: ['回复'], 答复: ['回复'], 回答: ['回复'],
  发: ['发布', '制发'], 推: ['发布'], 推送: ['发布'], 发文: ['发布'],
  开: ['召开', '开设'], 办: ['办理'], 设: ['开设'],
  钱: ['费用', '收费', '金额'], 交钱: ['缴纳费用', '缴费'], 交费: ['缴纳费用', '缴费'],
  单子: ['工单'], 派: ['交办'], 派单: ['交办'],
  过期: ['逾期'], 超期: ['逾期'], 超过: ['逾期'], 超时: ['逾期'],
  做: ['制作'], 加工: ['制作'], 重新: ['另行'], 另外: ['另行'],
  没: ['未'], 手上: ['手里', '掌握'], 手头: ['手里', '掌握'], 不管: ['不再处理'], 停办: ['不再处理'], 不处理: ['不再处理', '不予处理'], 提: ['提出', '提交'], 接到: ['接收', '收到'], 收到: ['接收'], 接收: ['收到'], 转到: ['结转'], 转来: ['结转'], 转入: ['结转'], 上一年: ['上年'], 前一年: ['上年'], 牵扯: ['涉及'],
  市民热线: ['政务服务热线'], 便民热线: ['政务服务热线'], 服务热线: ['政务服务热线'], 批量: ['大量'], 大批: ['大量'],
  书籍: ['出版物'], 报纸: ['出版物'], 杂志: ['出版物'], 报刊: ['出版物'], 期刊: ['出版物'], 牵涉: ['涉及'], 关系到: ['涉及'], 走: ['经', '经过'], 拖: ['结转'], 留: ['结转'],
});

/**
 * Words that mean what a figure's own clause names, not what its sentence names elsewhere: 政务新媒体号
 * and 账号 count the accounts of 「在运维政务新媒体共计 95 个」, not the 栏目 of a sentence that also
 * mentions 政务新媒体.
 */
export const CLAUSE_EQUIVALENT: Record<string, string[]> = ownTable({
  号: ['新媒体', '公众号', '账号', '帐号'], 账号: ['新媒体', '公众号', '帐号'], 帐号: ['新媒体', '公众号', '账号'], 账号数: ['新媒体', '公众号'],
});

/** Particles the segmenter may leave before a term (被纠正): the term without them is the same term. */
export const PARTICLES_BEFORE_TERM = ['被', '把', '给'];
/** …and after it (公开的, 办结了). */
export const PARTICLES_AFTER_TERM = ['了', '的', '过', '着'];
export const PARTICLE_BEFORE_TERM = new RegExp(`^${anyOf(PARTICLES_BEFORE_TERM)}`);
export const PARTICLE_AFTER_TERM = new RegExp(`${anyOf(PARTICLES_AFTER_TERM)}$`);

/** 「其他」 alone is an item of several groups of 三 (其他处理's 其他) as well as a column: the format's own label. */
export const OTHER = '其他';
/** 「其他」 or 「其它」, as people also write it, and nothing else. */
export const OTHER_ALONE = new RegExp(`^${anyOf([OTHER, '其它'])}$`);

/** Words of applying (「公司申请的」): a requester type said with one means the requests received. */
export const APPLYING_WORDS = new RegExp(anyOf(['申请', '递交', '提交', '提出']));
