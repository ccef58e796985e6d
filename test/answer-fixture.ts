// A Report built by hand with the seed report's figures (周口市住房和城乡建设局 2024), for unit tests
// that must not depend on the parser: each test can blank, drop or garble a cell of its own copy.
import { ACTIVE_TABLES, REQUEST_COLUMNS, REVIEW_ORDER, requestRowsFor } from '../src/catalogue/format.ts';
import { KnowledgeBase } from '../src/kb/index.ts';
import type { Cell, Report } from '../src/report/schema.ts';
import { readFigures } from '../src/report/prose.ts';

const v = (value: number, line = 1, unit: '件' | '万元' = '件'): Cell => ({ state: 'value', value, unit, line, raw: String(value) });

const REQUESTS: Record<string, number> = { received: 178, granted: 32, partly_granted: 51, unavailable_not_held: 95, total_handled: 178 };

const PROSE: { section: Report['prose'][number]['section']; subsection: string | null; heading: string; text: string }[] = [
  { section: 'overview', subsection: 'active', heading: '(一) 主动公开情况',
    text: '我局通过门户网站、媒体报道等渠道，采用图文、视频、专家访谈等形式全方位开展政策解读和宣传。同时，按时办理回复 12345 政务服务便民热线、互动咨询平台等平台。2024 年，我局共接收 12345 政务服务热线交办工单 3162 件，目前已全部办结。共处理行政许可事项 1117 项，行政处罚 85 项，行政强制 0 项，行政复议 9 项，复议后起诉 1 项，未经复议直接起诉 3 项，收到和处理政府信息公开申请 178 项。' },
  { section: 'overview', subsection: 'on_request', heading: '(二) 依申请公开情况',
    text: '我局认真贯彻《中华人民共和国政府信息公开条例》，依法主动公开各类政府信息。2024 年，我局收到依申请公开申请数量 178 件，依法回复数量 178 件。' },
  { section: 'overview', subsection: 'management', heading: '(三) 政府信息管理情况',
    text: '一是严格网络安全管理，严格控制信息发布转载，确保党和国家秘密的绝对安全。二是强化平台系统管理。' },
  { section: 'overview', subsection: 'platform', heading: '(四) 平台建设情况',
    text: '根据本年度工作需求，优化和整合政府网站原有栏目，按期更新政府信息公开平台所有栏目，现共开设栏目 5 个，对法定主动公开内容“应公开尽公开”。' },
  { section: 'overview', subsection: 'oversight', heading: '(五) 监督保障情况',
    text: '2024 年，我局组织召开意识形态工作会议 2 次，局党组理论中心组组织学习 12 次。2024 年，局网站发布信息公开共 178 条，其中网络辟谣 0 条，微信公众号共 214 条，回复网上政务咨询 548 条，回复率 100%。' },
  { section: 'problems', subsection: 'problems', heading: '(一) 存在问题',
    text: '一是依申请公开转主动公开意识不够。从政府信息公开依申请公开申请类型看，商品房预售许可等信息申请在申请总量中占比较大。' },
  { section: 'problems', subsection: 'improvements', heading: '(二) 改进措施',
    text: '一是及时探索建立依申请公开转主动公开机制，以依申请公开倒逼主动公开。对标 2024 年河南省政务公开第三方评估指标的薄弱环节全面自查整改。' },
  { section: 'other', subsection: null, heading: '六、其他需要报告的事项',
    text: '依据《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》（国办函[2020]109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。' },
];

/** The seed's figures under another agency and year; `requests` overrides section 三 totals (all from 自然人). */
export function seedReport(id = 'zhoukou-zhujianju-2024', agency = '周口市住房和城乡建设局', year = 2024, requests: Record<string, number> = {}): Report {
  const requestRows: Report['requests']['rows'] = {};
  const totals = { ...REQUESTS, ...requests };
  requestRowsFor('2021').forEach((r, i) => {
    const total = totals[r.id] ?? 0;
    requestRows[r.id] = {
      cells: Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.id, v(c.id === 'natural_person' || c.id === 'total' ? total : 0, 40 + i)])),
    };
  });
  const active: Report['active'] = {};
  const activeValues: Record<string, Record<string, number>> = {
    rules: { issued: 0, repealed: 0, in_force: 0 }, normative_docs: { issued: 3, repealed: 1, in_force: 15 },
    licensing: { decisions: 1117 }, penalty: { decisions: 85 }, enforcement: { decisions: 0 }, fees: { fee_amount: 0 },
  };
  for (const t of ACTIVE_TABLES['2021']) {
    active[t.id] = { present: true, line: 30, rows: Object.fromEntries(t.rows.map((r) => [r.id, {
      cells: Object.fromEntries(t.columns.map((c) => [c.id, v(activeValues[r.id]![c.id]!, 30, c.unit === '万元' ? '万元' : '件')])),
    }])) };
  }
  const reviewValues = [9, 0, 0, 0, 9, 2, 1, 0, 0, 3, 1, 0, 0, 0, 1];
  // The narrative restates the requests received, as a real report's does (relation 6).
  const received = totals.received ?? 0;
  const prose = PROSE.map((p, i) => ({ ...p, text: p.text.replace(/(申请(?:数量)? )178( [项件])/g, `$1${received}$2`).replace('回复数量 178', `回复数量 ${received}`), line: 5 + i * 2 }));
  return {
    schema: 1, id,
    meta: { agency, year, format: '2021', title: `${agency} ${year} 年政府信息公开工作年度报告`,
      source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', lines: 80 } },
    sections: Object.fromEntries(['overview', 'active', 'requests', 'review', 'problems', 'other'].map((s) => [s, { present: true }])) as Report['sections'],
    active,
    requests: { present: true, line: 38, rows: requestRows },
    review: { present: true, line: 70, cells: Object.fromEntries(REVIEW_ORDER.map((k, i) => [`${k.group}.${k.column}`, v(reviewValues[i]!, 70)])) },
    prose,
    // The parser's own reading of the prose, so the fixture states figures as imported reports do.
    figures: readFigures(prose),
    warnings: [],
  };
}

export function seedKb(...reports: Report[]): KnowledgeBase {
  return new KnowledgeBase(reports.length ? reports : [seedReport()]);
}

/** Section 三 totals of one report: received = granted + partly granted + not held = handled. */
const results = (granted: number, partly: number, notHeld: number) => {
  const total = granted + partly + notHeld;
  return { received: total, granted, partly_granted: partly, unavailable_not_held: notHeld, total_handled: total };
};

/**
 * Three agencies over three years (2022–2024), cloned from the seed with their own section 三:
 * 周口市住房和城乡建设局 (2024 is the seed), 郑州市住房和城乡建设局 and 上海市人民政府办公厅.
 */
export const MULTI: { id: string; agency: string; year: number; requests: Record<string, number> }[] = [
  { id: 'zhoukou-zhujianju-2022', agency: '周口市住房和城乡建设局', year: 2022, requests: results(28, 40, 82) },
  { id: 'zhoukou-zhujianju-2023', agency: '周口市住房和城乡建设局', year: 2023, requests: results(30, 45, 85) },
  { id: 'zhoukou-zhujianju-2024', agency: '周口市住房和城乡建设局', year: 2024, requests: results(32, 51, 95) },
  { id: 'zhengzhou-zhujianju-2022', agency: '郑州市住房和城乡建设局', year: 2022, requests: results(100, 50, 150) },
  { id: 'zhengzhou-zhujianju-2023', agency: '郑州市住房和城乡建设局', year: 2023, requests: results(110, 60, 150) },
  { id: 'zhengzhou-zhujianju-2024', agency: '郑州市住房和城乡建设局', year: 2024, requests: results(120, 80, 150) },
  { id: 'shanghai-bgt-2022', agency: '上海市人民政府办公厅', year: 2022, requests: results(400, 200, 300) },
  { id: 'shanghai-bgt-2023', agency: '上海市人民政府办公厅', year: 2023, requests: results(380, 150, 270) },
  { id: 'shanghai-bgt-2024', agency: '上海市人民政府办公厅', year: 2024, requests: results(500, 200, 300) },
];

export function multiKb(): KnowledgeBase {
  return new KnowledgeBase(MULTI.map((m) => seedReport(m.id, m.agency, m.year, m.requests)));
}
