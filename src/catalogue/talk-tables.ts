// Words every question about a table may use, whatever figure of it is asked: the section's own
// title words and words of the act of applying (申请 for section 三, 法院 for section 四). A question's
// word in none of these, nor in its figure's own words, means it asks something else.
import { wordList as words } from './lexicon-pattern.ts';

/** By table: 三 (requests), 四 (review and litigation), 二 (active disclosure). */
export const TABLE_WORDS: Record<'requests' | 'review' | 'active', string[]> = {
  // The section's own title words (收到和处理…申请) and words of the act of applying; no word
  // that names one row over another (受理, 答复, 不予) belongs here.
  requests: words(`回复 答复 回复说 答复说 告知 告诉 表三 表3 第三部分 申请 申请人 新 新递 新交 递交 递 交 新提交 提出 提交 来 收到 收 接到 办理 处理 政府信息 信息 公开 政府信息公开 依申请 依申请公开
    人 群众 老百姓 名义 以 件 案 事项 情形 理由 原因 为由 之类 这种情况 涉及 相关 政府 文件 资料 材料 东西 找 要
    requests request applications application applicants applicant information disclosure filed people persons answer answers answered reply replied response told fulfil fulfill fulfilled
    cases case`),
  review: words(`表四 表4 第四部分 原 原来 原决定 决定 行为 行政行为 原行政行为 案子 案件 案 件 结果 政府信息公开 信息公开 因 因为 申请人 提起 提 去
    cases case outcome outcomes result results filed file files sued sue lawsuits lawsuit`),
  active: words(`表二 表2 第二部分 第 20 二十 条 第二十条 1 5 6 8 9 一 五 六 八 九 主动公开 公开 政府信息 信息 文件 件 个 项 事项 案件 政府 数量 本年
    documents document`),
};
