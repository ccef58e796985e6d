// The national format of the annual report (国办公开办函〔2021〕30号, and the 2019 format before it),
// as data. The parser, the audits, question understanding and reply templates all read this one
// catalogue: a row, column or group is added here, never as an if-chain somewhere else.
//
// `labels` are the official label first, then variants seen in real reports. `keys` are the
// distinctive fragments the parser looks for in a (normalised) table label; `synonyms` are what
// people type in questions, in Chinese and English.

export type FormatVersion = '2021' | '2019';
export type Unit = '件' | '万元' | '元' | '%' | '项' | '条' | '个' | '次';

export interface LabelKey {
  /** a fragment of a normalised label */
  text: string;
  /** the whole label must equal the fragment (for short, ambiguous words such as 其他) */
  exact?: boolean;
}

export interface Entry {
  id: string;
  /** official label, then variants seen in real reports */
  labels: string[];
  en: string;
  /** words people use in questions (Chinese and English), beyond the labels */
  synonyms?: string[];
}

// ---------------------------------------------------------------- sections

export type SectionId = 'overview' | 'active' | 'requests' | 'review' | 'problems' | 'other';

export interface SectionEntry extends Entry {
  id: SectionId;
  numeral: string;
  /** the heading is recognised by its numeral and one of these fragments */
  headingKeys: string[];
  subsections?: SubsectionEntry[];
}

export interface SubsectionEntry extends Entry {
  /** fragments that identify the subsection's heading */
  headingKeys: string[];
}

export const SECTIONS: SectionEntry[] = [
  {
    id: 'overview', numeral: '一', labels: ['总体情况'], en: 'Overview',
    headingKeys: ['总体情况'],
    subsections: [
      { id: 'active', labels: ['主动公开情况'], en: 'proactive disclosure', headingKeys: ['主动公开'],
        synonyms: ['主动公开工作', 'proactive disclosure'] },
      { id: 'on_request', labels: ['依申请公开情况'], en: 'disclosure on request', headingKeys: ['依申请公开'],
        synonyms: ['依申请公开工作', 'disclosure on request'] },
      { id: 'management', labels: ['政府信息管理情况'], en: 'information management', headingKeys: ['信息管理'],
        synonyms: ['政府信息管理', '信息管理', '网络安全', 'information management', 'cybersecurity'] },
      { id: 'platform', labels: ['平台建设情况'], en: 'platform building', headingKeys: ['平台建设', '公开平台'],
        synonyms: ['平台建设', '网站建设', '政务新媒体', '平台建设情况', 'platform', 'website', 'platforms'] },
      { id: 'oversight', labels: ['监督保障情况'], en: 'oversight and safeguards', headingKeys: ['监督保障', '监督'],
        synonyms: ['监督保障', '培训', '考核', '监督保障情况', 'oversight', 'supervision', 'training'] },
    ],
  },
  {
    id: 'active', numeral: '二', labels: ['主动公开政府信息情况'], en: 'Proactive disclosure of government information',
    headingKeys: ['主动公开政府信息情况', '主动公开政府信息'],
  },
  {
    id: 'requests', numeral: '三', labels: ['收到和处理政府信息公开申请情况'],
    en: 'Requests for government information received and handled',
    headingKeys: ['收到和处理政府信息公开申请', '收到和处理'],
  },
  {
    id: 'review', numeral: '四', labels: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    en: 'Administrative reconsideration and litigation',
    headingKeys: ['行政复议', '行政诉讼'],
  },
  {
    id: 'problems', numeral: '五', labels: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'],
    en: 'Main problems and improvements',
    headingKeys: ['存在的主要问题', '主要问题', '改进情况'],
    subsections: [
      { id: 'problems', labels: ['存在问题'], en: 'problems', headingKeys: ['存在问题', '存在的问题', '主要问题', '问题'],
        synonyms: ['存在的问题', '主要问题', '存在哪些问题', '问题', '不足', '短板', 'problems', 'shortcomings', 'issues', 'weaknesses'] },
      { id: 'improvements', labels: ['改进措施'], en: 'improvements', headingKeys: ['改进措施', '改进情况', '改进'],
        synonyms: ['改进措施', '改进', '整改', '下一步', '措施', '改进情况', '怎么改进', 'improvements', 'improve', 'measures', 'next steps', 'improvement'] },
    ],
  },
  {
    id: 'other', numeral: '六', labels: ['其他需要报告的事项'], en: 'Other matters to report',
    headingKeys: ['其他需要报告', '其他事项'],
    synonyms: ['收费', '收取费用', '要收费', '处理费', '信息处理费', '费用', '要钱', '花钱', '其他需要报告', '其他事项',
      'fee', 'fees', 'charge', 'charges', 'charged', 'cost', 'costs', 'other matters'],
  },
];

// ---------------------------------------------------------------- section 二

export interface ActiveRow extends Entry {
  keys: LabelKey[];
}
export interface ActiveColumn extends Entry {
  keys: LabelKey[];
  unit: Unit;
}
export interface ActiveTable {
  id: string;
  /** 第二十条第（X）项 */
  item: string;
  labels: string[];
  en: string;
  rows: ActiveRow[];
  columns: ActiveColumn[];
}

const rules: ActiveRow = {
  id: 'rules', labels: ['规章'], en: 'regulations (规章)', keys: [{ text: '规章' }],
  synonyms: ['规章', 'regulations', 'rules'],
};
const normativeDocs: ActiveRow = {
  id: 'normative_docs', labels: ['行政规范性文件', '规范性文件', '规范性档案'], en: 'normative documents',
  keys: [{ text: '行政规范性文件' }, { text: '规范性文件' }, { text: '规范性档案' }],
  synonyms: ['规范性文件', '行政规范性文件', '红头文件', 'normative documents', 'normative document', 'policy documents'],
};
const licensing: ActiveRow = {
  id: 'licensing', labels: ['行政许可'], en: 'administrative licensing', keys: [{ text: '行政许可' }],
  synonyms: ['行政许可', '许可', 'licensing', 'licences', 'licenses', 'permits'],
};
const penalty: ActiveRow = {
  id: 'penalty', labels: ['行政处罚'], en: 'administrative penalties', keys: [{ text: '行政处罚' }],
  synonyms: ['行政处罚', '处罚', 'penalties', 'penalty', 'fines'],
};
const enforcement: ActiveRow = {
  id: 'enforcement', labels: ['行政强制'], en: 'administrative enforcement', keys: [{ text: '行政强制' }],
  synonyms: ['行政强制', '强制措施', 'enforcement', 'coercive measures'],
};
const fees: ActiveRow = {
  id: 'fees', labels: ['行政事业性收费'], en: 'administrative fees', keys: [{ text: '行政事业性收费' }, { text: '事业性收费' }],
  synonyms: ['行政事业性收费', '事业性收费', '收费金额', 'administrative fees', 'fees collected'],
};

export const ACTIVE_TABLES: Record<FormatVersion, ActiveTable[]> = {
  '2021': [
    {
      id: 'art20_1', item: '一', labels: ['第二十条第（一）项'], en: 'Article 20 (1): regulations and normative documents',
      rows: [rules, normativeDocs],
      columns: [
        { id: 'issued', labels: ['本年制发件数'], en: 'issued this year', unit: '件', keys: [{ text: '制发' }],
          synonyms: ['制发', '制定', '发布', '出台', '印发', 'issued', 'made', 'adopted'] },
        { id: 'repealed', labels: ['本年废止件数'], en: 'repealed this year', unit: '件', keys: [{ text: '废止' }],
          synonyms: ['废止', '废除', '撤销', 'repealed', 'abolished'] },
        { id: 'in_force', labels: ['现行有效件数', '现行有效件'], en: 'currently in force', unit: '件', keys: [{ text: '现行有效' }],
          synonyms: ['现行有效', '有效', '在用', 'in force', 'currently valid'] },
      ],
    },
    {
      id: 'art20_5', item: '五', labels: ['第二十条第（五）项'], en: 'Article 20 (5): licensing',
      rows: [licensing],
      columns: [{ id: 'decisions', labels: ['本年处理决定数量'], en: 'decisions this year', unit: '件', keys: [{ text: '处理决定' }],
        synonyms: ['处理决定', '决定', '办理', 'decisions'] }],
    },
    {
      id: 'art20_6', item: '六', labels: ['第二十条第（六）项'], en: 'Article 20 (6): penalties and enforcement',
      rows: [penalty, enforcement],
      columns: [{ id: 'decisions', labels: ['本年处理决定数量'], en: 'decisions this year', unit: '件', keys: [{ text: '处理决定' }],
        synonyms: ['处理决定', '决定', 'decisions'] }],
    },
    {
      id: 'art20_8', item: '八', labels: ['第二十条第（八）项'], en: 'Article 20 (8): administrative fees',
      rows: [fees],
      columns: [{ id: 'fee_amount', labels: ['本年收费金额（单位：万元）', '本年收费金额'], en: 'fees collected this year', unit: '万元',
        keys: [{ text: '收费金额' }], synonyms: ['收费金额', '金额', '收了多少钱', 'amount'] }],
    },
  ],
  '2019': [
    {
      id: 'art20_1', item: '一', labels: ['第二十条第（一）项'], en: 'Article 20 (1): regulations and normative documents',
      rows: [
        rules, normativeDocs,
        { id: 'other_docs', labels: ['其他主动公开文件', '其他主动公开档案'], en: 'other documents disclosed',
          keys: [{ text: '其他主动公开文件' }, { text: '其他主动公开档案' }], synonyms: ['其他主动公开文件', 'other documents'] },
      ],
      columns: [
        { id: 'made', labels: ['本年新制作数量'], en: 'made this year', unit: '件', keys: [{ text: '新制作' }, { text: '制作数量' }],
          synonyms: ['新制作', '制作', '制发', 'made', 'issued'] },
        { id: 'published', labels: ['本年新公开数量'], en: 'published this year', unit: '件', keys: [{ text: '新公开' }],
          synonyms: ['新公开', '公开数量', 'published'] },
        { id: 'public_total', labels: ['对外公开总数量'], en: 'total publicly available', unit: '件', keys: [{ text: '对外公开总' }],
          synonyms: ['对外公开总数', '公开总数', 'total public'] },
      ],
    },
    {
      id: 'art20_5', item: '五', labels: ['第二十条第（五）项'], en: 'Article 20 (5): licensing and other services',
      rows: [
        licensing,
        { id: 'other_services', labels: ['其他对外管理服务事项'], en: 'other external management services',
          keys: [{ text: '其他对外管理服务' }, { text: '对外管理服务' }], synonyms: ['其他对外管理服务事项', '对外管理服务'] },
      ],
      columns: prevChangeDecisions(),
    },
    {
      id: 'art20_6', item: '六', labels: ['第二十条第（六）项'], en: 'Article 20 (6): penalties and enforcement',
      rows: [penalty, enforcement],
      columns: prevChangeDecisions(),
    },
    {
      id: 'art20_8', item: '八', labels: ['第二十条第（八）项'], en: 'Article 20 (8): administrative fees',
      rows: [fees],
      columns: prevChangeDecisions().slice(0, 2),
    },
    {
      id: 'art20_9', item: '九', labels: ['第二十条第（九）项'], en: 'Article 20 (9): centralised procurement',
      rows: [{ id: 'procurement', labels: ['政府集中采购'], en: 'centralised government procurement', keys: [{ text: '集中采购' }],
        synonyms: ['政府集中采购', '集中采购', '采购', 'procurement'] }],
      columns: [
        { id: 'procurement_items', labels: ['采购项目数量'], en: 'procurement items', unit: '项', keys: [{ text: '采购项目' }],
          synonyms: ['采购项目', '项目数量', 'items'] },
        { id: 'procurement_amount', labels: ['采购总金额'], en: 'procurement amount', unit: '万元', keys: [{ text: '采购总金额' }],
          synonyms: ['采购总金额', '金额', 'amount'] },
      ],
    },
  ],
};

function prevChangeDecisions(): ActiveColumn[] {
  return [
    { id: 'prev_items', labels: ['上一年项目数量'], en: 'items the year before', unit: '项', keys: [{ text: '上一年项目' }],
      synonyms: ['上一年项目数量', '上一年', 'previous year items'] },
    { id: 'change', labels: ['本年增/减'], en: 'change this year', unit: '项', keys: [{ text: '增/减' }, { text: '增减' }],
      synonyms: ['增减', '增/减', 'change'] },
    { id: 'decisions', labels: ['处理决定数量'], en: 'decisions', unit: '件', keys: [{ text: '处理决定' }],
      synonyms: ['处理决定', '决定', '办件量', 'decisions'] },
  ];
}

// ---------------------------------------------------------------- section 三

export type RequestColumnId =
  | 'natural_person' | 'commercial' | 'research' | 'social_org' | 'legal_service' | 'other_org' | 'total';

export interface RequestColumn extends Entry {
  id: RequestColumnId;
}

/** Columns in their printed order: the parser reads seven numbers a row in this order. */
export const REQUEST_COLUMNS: RequestColumn[] = [
  { id: 'natural_person', labels: ['自然人'], en: 'natural persons',
    synonyms: ['自然人', '公民', '个人', '老百姓', '群众', '市民', 'natural person', 'natural persons', 'individuals', 'individual', 'citizens', 'citizen', 'people'] },
  { id: 'commercial', labels: ['商业企业'], en: 'commercial enterprises',
    synonyms: ['商业企业', '企业', '公司', 'commercial enterprises', 'companies', 'company', 'businesses', 'business', 'enterprises'] },
  { id: 'research', labels: ['科研机构'], en: 'research institutions',
    synonyms: ['科研机构', '科研单位', '研究机构', 'research institutions', 'research institutes', 'researchers'] },
  { id: 'social_org', labels: ['社会公益组织'], en: 'public-interest organisations',
    synonyms: ['社会公益组织', '公益组织', '社会组织', 'ngo', 'ngos', 'non-profits', 'charities', 'public interest organisations', 'public-interest organizations'] },
  { id: 'legal_service', labels: ['法律服务机构'], en: 'legal service providers',
    synonyms: ['法律服务机构', '律师事务所', '律所', '律师', 'law firms', 'lawyers', 'legal service'] },
  { id: 'other_org', labels: ['其他'], en: 'other organisations',
    synonyms: ['其他组织', '其他机构', '其他单位', 'other organisations', 'other organizations'] },
  { id: 'total', labels: ['总计'], en: 'total',
    synonyms: ['总计', '合计', '总数', '一共', '总共', '共计', 'total', 'in total', 'altogether'] },
];

export interface ColumnGroup extends Entry {
  items: RequestColumnId[];
}
export const REQUEST_COLUMN_GROUPS: ColumnGroup[] = [
  { id: 'legal_person', labels: ['法人或其他组织'], en: 'legal persons and other organisations',
    items: ['commercial', 'research', 'social_org', 'legal_service', 'other_org'],
    synonyms: ['法人或其他组织', '法人', '单位', '组织', 'legal persons', 'legal person', 'organisations', 'organizations'] },
];

export interface RequestRow extends Entry {
  /** 一, 三(一), 三(三)1 … as printed */
  number: string;
  keys: LabelKey[];
  /** the row only exists in this format */
  format?: FormatVersion;
  /** the row's group, for items */
  group?: string;
}

export const REQUEST_ROWS: RequestRow[] = [
  { id: 'received', number: '一', labels: ['本年新收政府信息公开申请数量'], en: 'new requests received this year',
    keys: [{ text: '本年新收' }, { text: '新收政府信息公开申请' }],
    synonyms: ['新收', '收到', '收到的申请', '接收', '受理', '申请数量', '申请数', '多少申请', '多少件申请', '新收申请', '申请了', '提出了', '提出', '提交', 'received', 'receive', 'requests received', 'new requests', 'applications received', 'submitted', 'filed'] },
  { id: 'carried_over', number: '二', labels: ['上年结转政府信息公开申请数量'], en: 'requests carried over from last year',
    keys: [{ text: '上年结转' }],
    synonyms: ['上年结转', '上年度结转', '去年结转', '结转过来', 'carried over', 'carried over from last year', 'brought forward'] },
  { id: 'granted', number: '三(一)', labels: ['予以公开'], en: 'granted in full',
    keys: [{ text: '予以公开' }],
    synonyms: ['予以公开', '全部公开', '同意公开', '公开了', '准予公开', 'fully granted', 'granted in full', 'granted', 'fully disclosed', 'disclosed in full', 'full disclosure'] },
  { id: 'partly_granted', number: '三(二)', labels: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'], en: 'granted in part',
    keys: [{ text: '部分公开' }],
    synonyms: ['部分公开', '部分予以公开', '区分处理', 'partially granted', 'partly granted', 'granted in part', 'partial disclosure', 'partially disclosed'] },
  ...items('refused', '三(三)', [
    ['refused_state_secret', '属于国家秘密', 'state secrets', ['国家秘密', '涉密', 'state secret', 'state secrets']],
    ['refused_law_forbidden', '其他法律行政法规禁止公开', 'forbidden by other laws', ['法律行政法规禁止', '法规禁止', '禁止公开', 'forbidden by law']],
    ['refused_three_safety', '危及“三安全一稳定”', 'endangers the "three securities and one stability"', ['三安全一稳定', '危及安全', 'national security', 'social stability']],
    ['refused_third_party', '保护第三方合法权益', 'protects third-party rights', ['第三方合法权益', '第三方', '第三人', 'third party', 'third-party']],
    ['refused_internal', '属于三类内部事务信息', 'internal affairs information', ['内部事务', '三类内部事务', 'internal affairs']],
    ['refused_process', '属于四类过程性信息', 'process information', ['过程性信息', '四类过程性', 'process information', 'deliberative']],
    ['refused_enforcement_file', '属于行政执法案卷', 'administrative enforcement files', ['行政执法案卷', '执法案卷', 'enforcement files', 'case files']],
    ['refused_query', '属于行政查询事项', 'administrative query matters', ['行政查询事项', '行政查询', '查询事项', 'query matters']],
  ]),
  ...items('unavailable', '三(四)', [
    ['unavailable_not_held', '本机关不掌握相关政府信息', 'not held by this agency', ['不掌握', '本机关不掌握', '没有掌握', '未掌握', 'not held', 'does not hold', 'not in possession']],
    ['unavailable_needs_creation', '没有现成信息需要另行制作', 'would need to be created', ['没有现成信息', '另行制作', '需要另行制作', 'need to be created', 'does not exist']],
    ['unavailable_unclear', '补正后申请内容仍不明确', 'still unclear after correction', ['补正后', '仍不明确', '内容不明确', 'unclear', 'still unclear']],
  ]),
  ...items('not_processed', '三(五)', [
    ['not_processed_petition', '信访举报投诉类申请', 'petitions, reports and complaints', ['信访举报投诉', '信访', '举报投诉', '投诉', 'petition', 'complaints']],
    ['not_processed_repeat', '重复申请', 'repeated requests', ['重复申请', '重复', 'repeated', 'duplicate']],
    ['not_processed_publication', '要求提供公开出版物', 'requests for publications', ['公开出版物', '出版物', 'publications']],
    ['not_processed_mass', '无正当理由大量反复申请', 'mass repeated requests without reason', ['大量反复申请', '大量反复', '无正当理由大量', 'mass requests', 'vexatious']],
    ['not_processed_confirm', '要求行政机关确认或重新出具已获取信息', 'requests to confirm or reissue information already obtained', ['确认或重新出具', '重新出具', '已获取信息', 'reissue', 'confirm']],
  ]),
  ...items('other_handled', '三(六)', [
    ['other_overdue_correction', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'applicant did not correct in time', ['逾期不补正', '不补正', 'did not correct', 'failed to correct']],
    ['other_overdue_fee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'applicant did not pay the fee in time', ['未按收费通知', '缴纳费用', '逾期未缴费', '不缴费', 'did not pay', 'unpaid fee']],
    ['other_other', '其他', 'other', ['其他情形', 'other handling']],
  ], '2021'),
  { id: 'other_handled_2019', number: '三(六)', labels: ['其他处理'], en: 'otherwise handled', format: '2019',
    keys: [{ text: '其他处理' }], synonyms: [] },
  { id: 'total_handled', number: '三(七)', labels: ['总计'], en: 'total handled',
    keys: [{ text: '总计', exact: true }],
    synonyms: ['办理结果总计', '办理结果', '办结', '处理结果总计', '处理了', '答复', '回复', '办理了', 'handled', 'processed', 'dealt with', 'answered', 'responded'] },
  { id: 'carried_forward', number: '四', labels: ['结转下年度继续办理'], en: 'carried forward to next year',
    keys: [{ text: '结转下年度' }, { text: '结转下一年' }],
    synonyms: ['结转下年度', '结转下年', '继续办理', '转入下年', '尚未办结', '未办结', 'carried forward', 'carried into next year', 'still pending'] },
];

type ItemSpec = [id: string, label: string, en: string, synonyms: string[]];

function items(group: string, number: string, specs: ItemSpec[], format?: FormatVersion): RequestRow[] {
  return specs.map(([id, label, en, synonyms], i) => ({
    id, number: `${number}${i + 1}`, labels: [label], en, group, synonyms,
    keys: id === 'other_other' ? [{ text: '其他', exact: true }] : keyFragments(label),
    ...(format ? { format } : {}),
  }));
}

/** Distinctive fragments of an item label: the label without its 属于 prefix, and its first clause. */
function keyFragments(label: string): LabelKey[] {
  const plain = label.replace(/^属于/, '').replace(/[“”"]/g, '');
  const first = plain.split(/[、，,]/)[0]!;
  return [...new Set([plain, first])].map((text) => ({ text }));
}

/** Groups of rows: a group total is not printed, it is the sum of its items. */
export interface RowGroup extends Entry {
  number: string;
  items: string[];
  /** the group's heading as printed in the table, to set context for its items */
  keys: LabelKey[];
}

export const REQUEST_ROW_GROUPS: RowGroup[] = [
  { id: 'refused', number: '三(三)', labels: ['不予公开'], en: 'refused', keys: [{ text: '不予公开' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'refused').map((r) => r.id),
    synonyms: ['不予公开', '不公开', '拒绝公开', '没有公开', '不予以公开', 'refused', 'denied', 'rejected', 'withheld', 'not disclosed'] },
  { id: 'unavailable', number: '三(四)', labels: ['无法提供'], en: 'cannot be provided', keys: [{ text: '无法提供' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'unavailable').map((r) => r.id),
    synonyms: ['无法提供', '不能提供', '没法提供', 'cannot be provided', 'could not be provided', 'unable to provide', 'unavailable'] },
  { id: 'not_processed', number: '三(五)', labels: ['不予处理'], en: 'not processed', keys: [{ text: '不予处理' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'not_processed').map((r) => r.id),
    synonyms: ['不予处理', '不处理', '未予处理', 'not processed', 'not handled', 'declined to process'] },
  { id: 'other_handled', number: '三(六)', labels: ['其他处理'], en: 'otherwise handled', keys: [{ text: '其他处理' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'other_handled').map((r) => r.id),
    synonyms: ['其他处理', '其他方式处理', 'otherwise handled', 'other handling'] },
];

/** Labels in section 三 that head a block of rows without numbers of their own. */
export const REQUEST_HEADINGS: { id: string; keys: LabelKey[] }[] = [
  { id: 'results', keys: [{ text: '本年度办理结果' }, { text: '办理结果' }] },
];

// ---------------------------------------------------------------- section 四

export type ReviewGroupId = 'reconsideration' | 'litigation_direct' | 'litigation_after';
export type ReviewColumnId = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export const REVIEW_GROUPS: (Entry & { id: ReviewGroupId })[] = [
  { id: 'reconsideration', labels: ['行政复议'], en: 'administrative reconsideration',
    synonyms: ['行政复议', '复议', '申请复议', 'reconsideration', 'reconsiderations', 'administrative review', 'appeal', 'appeals'] },
  { id: 'litigation_direct', labels: ['未经复议直接起诉'], en: 'lawsuits filed directly',
    synonyms: ['未经复议直接起诉', '直接起诉', '未经复议', 'sued directly', 'direct lawsuits', 'lawsuits filed directly', 'without reconsideration'] },
  { id: 'litigation_after', labels: ['复议后起诉'], en: 'lawsuits after reconsideration',
    synonyms: ['复议后起诉', '复议后', 'after reconsideration', 'sued after reconsideration'] },
];

/** 行政诉讼 is printed as two groups; its total is their sum. */
export const REVIEW_GROUP_SUMS: (Entry & { items: ReviewGroupId[] })[] = [
  { id: 'litigation', labels: ['行政诉讼'], en: 'administrative litigation',
    items: ['litigation_direct', 'litigation_after'],
    synonyms: ['行政诉讼', '诉讼', '起诉', '被起诉', '被告', '打官司', 'lawsuit', 'lawsuits', 'litigation', 'sued', 'court cases', 'court'] },
];

export const REVIEW_COLUMNS: (Entry & { id: ReviewColumnId })[] = [
  { id: 'upheld', labels: ['结果维持'], en: 'upheld',
    synonyms: ['结果维持', '维持', '被维持', 'upheld', 'maintained', 'sustained'] },
  { id: 'corrected', labels: ['结果纠正'], en: 'corrected',
    synonyms: ['结果纠正', '纠正', '被纠正', '撤销', '败诉', 'corrected', 'overturned', 'reversed'] },
  { id: 'other', labels: ['其他结果'], en: 'other outcome',
    synonyms: ['其他结果', 'other outcome', 'other result', 'other results'] },
  { id: 'pending', labels: ['尚未审结'], en: 'pending',
    synonyms: ['尚未审结', '未审结', '审理中', '还在审', 'pending', 'not yet concluded', 'ongoing'] },
  { id: 'total', labels: ['总计'], en: 'total',
    synonyms: ['总计', '合计', '一共', '总共', '共计', 'total', 'in total'] },
];

/** The 15 numbers of section 四 in printed order. */
export const REVIEW_ORDER: { group: ReviewGroupId; column: ReviewColumnId }[] = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_COLUMNS.map((c) => ({ group: g.id, column: c.id })),
);

// ---------------------------------------------------------------- lookups

export const requestRow = (id: string): RequestRow | undefined => REQUEST_ROWS.find((r) => r.id === id);
export const requestRowsFor = (format: FormatVersion): RequestRow[] =>
  REQUEST_ROWS.filter((r) => !r.format || r.format === format);
export const section = (id: SectionId): SectionEntry => SECTIONS.find((s) => s.id === id)!;
export const activeTable = (format: FormatVersion, id: string): ActiveTable | undefined =>
  ACTIVE_TABLES[format].find((t) => t.id === id);

// ---------------------------------------------------------------- narrative cross-checks

/**
 * Figures that section 一 often states again in words, and the table cell each must equal
 * (relation 6 of FORMAT.md). A prose figure matches when its context holds every word of `words`.
 */
export const NARRATIVE_CHECKS: { words: string[]; cell: CellRef; label: string }[] = [
  { words: ['收到', '申请'], cell: { table: 'requests', row: 'received', column: 'total' }, label: '本年新收政府信息公开申请数量' },
  { words: ['直接起诉'], cell: { table: 'review', group: 'litigation_direct', column: 'total' }, label: '未经复议直接起诉 总计' },
  { words: ['复议后起诉'], cell: { table: 'review', group: 'litigation_after', column: 'total' }, label: '复议后起诉 总计' },
  { words: ['行政复议'], cell: { table: 'review', group: 'reconsideration', column: 'total' }, label: '行政复议 总计' },
  { words: ['行政许可'], cell: { table: 'active', row: 'licensing', column: 'decisions' }, label: '行政许可 处理决定数量' },
  { words: ['行政处罚'], cell: { table: 'active', row: 'penalty', column: 'decisions' }, label: '行政处罚 处理决定数量' },
  { words: ['行政强制'], cell: { table: 'active', row: 'enforcement', column: 'decisions' }, label: '行政强制 处理决定数量' },
];

/** A pointer to one cell of a report. */
export type CellRef =
  | { table: 'requests'; row: string; column: RequestColumnId }
  | { table: 'review'; group: ReviewGroupId; column: ReviewColumnId }
  | { table: 'active'; row: string; column: string };
