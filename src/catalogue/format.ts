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
  /** generic words that mean this entry only when nothing more specific is named (多少申请 → 本年新收) */
  fallback?: string[];
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
    id: 'overview', numeral: '一', labels: ['总体情况'], en: 'Overview', synonyms: ['第一部分', '第1部分', '总体情况部分'],
    headingKeys: ['总体情况'],
    subsections: [
      { id: 'active', labels: ['主动公开情况'], en: 'proactive disclosure', headingKeys: ['主动公开'],
        synonyms: ['主动公开工作', '主动公开', '主动发布', 'proactive disclosure', 'proactively disclosed', 'proactively published'] },
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
    synonyms: ['收费', '收取费用', '要收费', '收过费', '收费了', '收了费', '收没收费', '有没有收费', '处理费', '信息处理费', '费用', '要钱', '花钱', '交费', '缴费', '付费', '收不收费', '免费', '其他需要报告', '其他事项',
      'fee', 'fees', 'charge', 'charges', 'charged', 'cost', 'costs', 'other matters'],
  },
];

// ---------------------------------------------------------------- section 二

// The ids of the format's rows, columns, groups and breakdowns, spelt once here so that data keyed
// by them elsewhere (paraphrases.ts) is checked by the compiler: a misspelt key does not compile.
export type ActiveRowId =
  | 'rules' | 'normative_docs' | 'other_docs' | 'licensing' | 'other_services' | 'penalty' | 'enforcement' | 'fees' | 'procurement';
export type ActiveColumnId =
  | 'made' | 'published' | 'public_total' | 'prev_items' | 'change' | 'decisions' | 'procurement_items' | 'procurement_amount'
  | 'issued' | 'repealed' | 'in_force' | 'fee_amount';

export interface ActiveRow extends Entry {
  id: ActiveRowId;
  keys: LabelKey[];
}
export interface ActiveColumn extends Entry {
  id: ActiveColumnId;
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
  synonyms: ['规章', '政府规章', 'regulations', 'rules'],
};
const normativeDocs: ActiveRow = {
  id: 'normative_docs', labels: ['行政规范性文件', '规范性文件', '规范性档案'], en: 'normative documents',
  keys: [{ text: '行政规范性文件' }, { text: '规范性文件' }, { text: '规范性档案' }],
  synonyms: ['规范性文件', '行政规范性文件', '红头文件', 'normative documents', 'normative document', 'policy documents'],
};
const licensing: ActiveRow = {
  id: 'licensing', labels: ['行政许可'], en: 'administrative licensing', keys: [{ text: '行政许可' }],
  synonyms: ['行政许可', '许可', '审批', '行政审批', '许可证', '许可事项', 'licensing', 'licences', 'licenses', 'permits', 'approvals'],
};
const penalty: ActiveRow = {
  id: 'penalty', labels: ['行政处罚'], en: 'administrative penalties', keys: [{ text: '行政处罚' }],
  synonyms: ['行政处罚', '处罚', '罚款', '处罚决定', '处罚案件', 'penalties', 'penalty', 'fines', 'sanctions'],
};
const enforcement: ActiveRow = {
  id: 'enforcement', labels: ['行政强制'], en: 'administrative enforcement', keys: [{ text: '行政强制' }],
  synonyms: ['行政强制', '强制', '强制措施', '行政强制措施', '查封', '扣押', 'enforcement', 'coercive measures', 'compulsory measures'],
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
          synonyms: ['制发', '制定', '发布', '出台', '印发', '出了', '新出', '新发', 'issued', 'issue', 'issues', 'made', 'adopted'] },
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
        synonyms: ['处理决定', '决定', '办理', 'decisions', 'made'] }],
    },
    {
      id: 'art20_6', item: '六', labels: ['第二十条第（六）项'], en: 'Article 20 (6): penalties and enforcement',
      rows: [penalty, enforcement],
      columns: [{ id: 'decisions', labels: ['本年处理决定数量'], en: 'decisions this year', unit: '件', keys: [{ text: '处理决定' }],
        synonyms: ['处理决定', '决定', 'decisions', 'made'] }],
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

/** Labels in section 二 that head a table or its columns, not a row: 第二十条第（一）项, 信息内容. */
export const ACTIVE_HEADINGS: LabelKey[] = [{ text: '第二十条' }, { text: '信息内容', exact: true }];

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
    synonyms: ['自然人', '公民', '个人', '老百姓', '群众', '市民', '居民', '普通人', '私人', 'natural person', 'natural persons', 'individuals', 'individual', 'citizens', 'citizen', 'people', 'members of the public', 'private persons'] },
  { id: 'commercial', labels: ['商业企业'], en: 'commercial enterprises',
    synonyms: ['商业企业', '企业', '公司', '商家', '开发商', 'commercial enterprises', 'companies', 'company', 'businesses', 'business', 'enterprises', 'firms'] },
  { id: 'research', labels: ['科研机构'], en: 'research institutions',
    synonyms: ['科研机构', '科研单位', '研究机构', '高校', '大学', '研究所', 'research institutions', 'research institutes', 'researchers', 'universities', 'academics'] },
  { id: 'social_org', labels: ['社会公益组织'], en: 'public-interest organisations',
    synonyms: ['社会公益组织', '公益组织', '社会组织', 'ngo', 'ngos', 'non-profits', 'charities', 'public interest organisations', 'public-interest organizations'] },
  { id: 'legal_service', labels: ['法律服务机构'], en: 'legal service providers',
    synonyms: ['法律服务机构', '律师事务所', '律所', '律师', '法律服务', 'law firms', 'lawyers', 'legal service', 'legal services', 'attorneys'] },
  { id: 'other_org', labels: ['其他'], en: 'other organisations',
    synonyms: ['其他组织', '其他机构', '其他单位', 'other organisations', 'other organizations'] },
  { id: 'total', labels: ['总计'], en: 'total',
    synonyms: ['总计', '合计', '总数', '一共', '总共', '共计', '全部', 'total', 'in total', 'altogether', 'overall'] },
];

export type ColumnGroupId = 'legal_person';

export interface ColumnGroup extends Entry {
  id: ColumnGroupId;
  items: RequestColumnId[];
}
export const REQUEST_COLUMN_GROUPS: ColumnGroup[] = [
  { id: 'legal_person', labels: ['法人或其他组织'], en: 'legal persons and other organisations',
    items: ['commercial', 'research', 'social_org', 'legal_service', 'other_org'],
    synonyms: ['法人或其他组织', '法人', '单位', '组织', 'legal persons or other organizations', 'legal persons or other organisations', 'legal persons and other organizations', 'legal persons', 'legal person', 'organisations', 'organizations'] },
];

export type RequestRowId =
  | 'received' | 'carried_over' | 'granted' | 'partly_granted'
  | 'refused_state_secret' | 'refused_law_forbidden' | 'refused_three_safety' | 'refused_third_party' | 'refused_internal'
  | 'refused_process' | 'refused_enforcement_file' | 'refused_query'
  | 'unavailable_not_held' | 'unavailable_needs_creation' | 'unavailable_unclear'
  | 'not_processed_petition' | 'not_processed_repeat' | 'not_processed_publication' | 'not_processed_mass' | 'not_processed_confirm'
  | 'other_overdue_correction' | 'other_overdue_fee' | 'other_other' | 'other_handled_2019' | 'total_handled' | 'carried_forward';

export interface RequestRow extends Entry {
  id: RequestRowId;
  /** 一, 三(一), 三(三)1 … as printed */
  number: string;
  keys: LabelKey[];
  /** the row only exists in this format */
  format?: FormatVersion;
  /** the row's group, for items */
  group?: string;
}

/** Item labels as real reports print them, beyond the format's wording (淮安市洪泽区 2023 and 2024 drop 「法规禁」). */
const PRINTED_VARIANTS: Record<string, string[]> = {
  refused_law_forbidden: ['其他法律行政'],
};

export const REQUEST_ROWS: RequestRow[] = [
  { id: 'received', number: '一', labels: ['本年新收政府信息公开申请数量'], en: 'new requests received this year',
    keys: [{ text: '本年新收' }, { text: '新收政府信息公开申请' }],
    synonyms: ['新收', '收到', '收到的申请', '接收', '受理', '新收申请', '新增申请', '新接收', '接到', '收了', '依申请公开申请数量', 'received', 'receive', 'receipt', 'requests received', 'new requests', 'applications received', 'submitted', 'filed', 'got', 'came in', 'incoming'],
    fallback: ['申请', '申请数量', '申请数', '申请量', '申请件数', '多少申请', '多少件申请', '申请了', '提出了', '提出', '提交', '递交', '来申请', '申请总数', '申请总量',
      'requests', 'request', 'applications', 'application', 'file', 'submit', 'apply', 'applied'] },
  { id: 'carried_over', number: '二', labels: ['上年结转政府信息公开申请数量'], en: 'requests carried over from last year',
    keys: [{ text: '上年结转' }],
    synonyms: ['上年结转', '上年度结转', '去年结转', '结转过来', '上一年结转', '上1年结转', '从上年结转', '从去年结转', '上年转来', '去年转来', '上年遗留', '去年遗留', '上年未办结', '去年没办完', '去年剩下', '积压', 'carried over', 'carried over from last year', 'carried over from the previous year', 'brought forward', 'backlog', 'left over from last year', 'pending from last year'] },
  { id: 'granted', number: '三(一)', labels: ['予以公开'], en: 'granted in full',
    keys: [{ text: '予以公开' }],
    synonyms: ['予以公开', '全部公开', '同意公开', '公开了', '准予公开', '批准公开', '完全公开', '全部予以公开', '给予公开', '全公开', 'fully granted', 'granted in full', 'granted', 'fully disclosed', 'disclosed in full', 'full disclosure', 'approved', 'released in full', 'fully released'] },
  { id: 'partly_granted', number: '三(二)', labels: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'], en: 'granted in part',
    keys: [{ text: '部分公开' }],
    synonyms: ['部分公开', '部分予以公开', '区分处理', '公开一部分', '部分同意公开', 'partially granted', 'partly granted', 'granted in part', 'in part', 'partially', 'partly', 'partial disclosure', 'partially disclosed', 'partly disclosed', 'partially released'] },
  ...items('refused', '三(三)', [
    ['refused_state_secret', '属于国家秘密', 'state secrets', ['国家秘密', '涉密', '保密', '机密', 'state secret', 'state secrets', 'classified']],
    ['refused_law_forbidden', '其他法律行政法规禁止公开', 'forbidden by other laws', ['法律行政法规禁止', '法规禁止', '禁止公开', '法律禁止', 'forbidden by law', 'prohibited by law']],
    ['refused_three_safety', '危及“三安全一稳定”', 'endangers the "three securities and one stability"', ['三安全一稳定', '危及安全', 'national security', 'social stability']],
    ['refused_third_party', '保护第三方合法权益', 'protects third-party rights', ['第三方合法权益', '第三方', '第三人', '个人隐私', '商业秘密', '隐私', 'third party', 'third-party', 'privacy', 'trade secrets']],
    ['refused_internal', '属于三类内部事务信息', 'internal affairs information', ['内部事务', '三类内部事务', '内部管理', '内部事务信息', 'internal affairs', 'internal matters']],
    ['refused_process', '属于四类过程性信息', 'process information', ['过程性信息', '四类过程性', '过程性', '讨论记录', 'process information', 'deliberative', 'drafts']],
    ['refused_enforcement_file', '属于行政执法案卷', 'administrative enforcement files', ['行政执法案卷', '执法案卷', '案卷', 'enforcement files', 'case files']],
    ['refused_query', '属于行政查询事项', 'administrative query matters', ['行政查询事项', '行政查询', '查询事项', 'query matters']],
  ]),
  ...items('unavailable', '三(四)', [
    ['unavailable_not_held', '本机关不掌握相关政府信息', 'not held by this agency', ['不掌握', '本机关不掌握', '没有掌握', '未掌握', '信息不存在', '没有这个信息', '查无此信息', 'not held', 'does not hold', 'not in possession', 'did not hold', 'no such information']],
    ['unavailable_needs_creation', '没有现成信息需要另行制作', 'would need to be created', ['没有现成信息', '另行制作', '需要另行制作', '需要加工', '加工分析', 'need to be created', 'does not exist', 'would have to be compiled']],
    ['unavailable_unclear', '补正后申请内容仍不明确', 'still unclear after correction', ['补正后', '仍不明确', '内容不明确', '申请不明确', 'unclear', 'still unclear']],
  ]),
  ...items('not_processed', '三(五)', [
    ['not_processed_petition', '信访举报投诉类申请', 'petitions, reports and complaints', ['信访举报投诉', '信访', '举报投诉', '投诉', '举报', 'petition', 'petitions', 'complaints', 'complaint']],
    ['not_processed_repeat', '重复申请', 'repeated requests', ['重复申请', '重复', '重复提交', 'repeated', 'duplicate', 'repeat requests']],
    ['not_processed_publication', '要求提供公开出版物', 'requests for publications', ['公开出版物', '出版物', '书籍', 'publications', 'published materials']],
    ['not_processed_mass', '无正当理由大量反复申请', 'mass repeated requests without reason', ['大量反复申请', '大量反复', '无正当理由大量', '滥用申请', 'mass requests', 'vexatious', 'abusive requests']],
    ['not_processed_confirm', '要求行政机关确认或重新出具已获取信息', 'requests to confirm or reissue information already obtained', ['确认或重新出具', '重新出具', '已获取信息', 'reissue', 'confirm']],
  ]),
  ...items('other_handled', '三(六)', [
    ['other_overdue_correction', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'applicant did not correct in time', ['逾期不补正', '不补正', '没有补正', '未补正', 'did not correct', 'failed to correct', 'no correction']],
    ['other_overdue_fee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'applicant did not pay the fee in time', ['未按收费通知', '缴纳费用', '逾期未缴费', '不缴费', '没交费', '未缴费', 'did not pay', 'unpaid fee', 'unpaid fees', 'fee not paid']],
    ['other_other', '其他', 'other', ['其他情形', 'other handling']],
  ], '2021'),
  { id: 'other_handled_2019', number: '三(六)', labels: ['其他处理'], en: 'otherwise handled', format: '2019',
    keys: [{ text: '其他处理' }], synonyms: ['其他方式处理', 'other handling'] },
  { id: 'total_handled', number: '三(七)', labels: ['总计'], en: 'total handled',
    keys: [{ text: '总计', exact: true }],
    synonyms: ['办理结果总计', '办理结果', '办结', '办结数', '办结量', '处理结果总计', '处理了', '答复', '回复', '办理了', '办完', '处理完', '已办结', '答复了', 'handled', 'processed', 'dealt with', 'answered', 'responded', 'completed', 'closed', 'decided'] },
  { id: 'carried_forward', number: '四', labels: ['结转下年度继续办理'], en: 'carried forward to next year',
    keys: [{ text: '结转下年度' }, { text: '结转下一年' }],
    synonyms: ['结转下年度', '结转下年', '继续办理', '转入下年', '尚未办结', '未办结', '结转到下1年', '结转到下年', '结转至下1年', '结转至下年', '转到下1年', '转入下1年', '下1年继续办理', '下年度继续办理', '留到明年', '明年继续办理', '跨年办理', '年底未办结', '还没办完', '没办完', '结转到明年', 'carried forward', 'carried into next year', 'carried over to next year', 'carried over into next year', 'carried to next year', 'rolled over', 'still pending', 'pending at year end', 'unfinished', 'not yet completed'] },
];

type ItemSpec = [id: RequestRowId, label: string, en: string, synonyms: string[]];

function items(group: string, number: string, specs: ItemSpec[], format?: FormatVersion): RequestRow[] {
  return specs.map(([id, label, en, synonyms], i) => ({
    id, number: `${number}${i + 1}`, labels: [label], en, group, synonyms,
    keys: id === 'other_other' ? [{ text: '其他', exact: true }] : [...keyFragments(label), ...(PRINTED_VARIANTS[id] ?? []).map((text) => ({ text }))],
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
export type RowGroupId = 'refused' | 'unavailable' | 'not_processed' | 'other_handled';

export interface RowGroup extends Entry {
  id: RowGroupId;
  number: string;
  items: string[];
  /** the one row that prints the group without its items, in a format that has no items for it or a report that leaves them out */
  row?: string;
  /** the group's heading as printed in the table, to set context for its items */
  keys: LabelKey[];
}

export const REQUEST_ROW_GROUPS: RowGroup[] = [
  { id: 'refused', number: '三(三)', labels: ['不予公开'], en: 'refused', keys: [{ text: '不予公开' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'refused').map((r) => r.id),
    synonyms: ['不予公开', '不公开', '拒绝公开', '没有公开', '不予以公开', '拒绝', '驳回', '不同意公开', '没给公开', 'refused', 'denied', 'rejected', 'withheld', 'not disclosed', 'refusals', 'denials'] },
  { id: 'unavailable', number: '三(四)', labels: ['无法提供'], en: 'cannot be provided', keys: [{ text: '无法提供' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'unavailable').map((r) => r.id),
    synonyms: ['无法提供', '不能提供', '没法提供', '提供不了', '无法公开', 'cannot be provided', 'could not be provided', 'unable to provide', 'unavailable', 'not available'] },
  { id: 'not_processed', number: '三(五)', labels: ['不予处理'], en: 'not processed', keys: [{ text: '不予处理' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'not_processed').map((r) => r.id),
    synonyms: ['不予处理', '不处理', '未予处理', '不受理', '不予受理', 'not processed', 'not handled', 'declined to process', 'declined'] },
  { id: 'other_handled', number: '三(六)', labels: ['其他处理'], en: 'otherwise handled', keys: [{ text: '其他处理' }],
    items: REQUEST_ROWS.filter((r) => r.group === 'other_handled').map((r) => r.id), row: 'other_handled_2019',
    synonyms: ['其他处理', '其他方式处理', '其他处理方式', 'otherwise handled', 'other handling', 'handled otherwise'] },
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
    synonyms: ['行政复议', '复议', '申请复议', '被复议', '复议案件', 'reconsideration', 'reconsiderations', 'administrative review', 'administrative reviews', 'appeal', 'appeals'] },
  { id: 'litigation_direct', labels: ['未经复议直接起诉'], en: 'lawsuits filed directly',
    synonyms: ['未经复议直接起诉', '直接起诉', '未经复议', '没经过复议', '没经复议', '不经过复议', '不经复议', '没有经过复议', '未经过复议', '没复议直接', '直诉', 'sued directly', 'direct lawsuits', 'lawsuits filed directly', 'direct suits', 'direct suit', 'suits filed directly', 'filed directly', 'directly', 'without reconsideration'] },
  { id: 'litigation_after', labels: ['复议后起诉'], en: 'lawsuits after reconsideration',
    synonyms: ['复议后起诉', '复议后', 'after reconsideration', 'sued after reconsideration', 'suits after reconsideration', 'lawsuits after reconsideration'] },
];

/** 行政诉讼 is printed as two groups; its total is their sum. */
export type ReviewSumId = 'litigation';
export const REVIEW_GROUP_SUMS: (Entry & { id: ReviewSumId; items: ReviewGroupId[] })[] = [
  { id: 'litigation', labels: ['行政诉讼'], en: 'administrative litigation',
    items: ['litigation_direct', 'litigation_after'],
    synonyms: ['行政诉讼', '诉讼', '起诉', '被起诉', '被告', '打官司', '告上法庭', '官司', '应诉', 'lawsuit', 'lawsuits', 'litigation', 'sued', 'court cases', 'court', 'legal action', 'legal actions'] },
];

export const REVIEW_COLUMNS: (Entry & { id: ReviewColumnId })[] = [
  { id: 'upheld', labels: ['结果维持'], en: 'upheld',
    synonyms: ['结果维持', '维持', '被维持', '胜诉', '驳回诉讼请求', 'upheld', 'maintained', 'sustained', 'won'] },
  { id: 'corrected', labels: ['结果纠正'], en: 'corrected',
    synonyms: ['结果纠正', '纠正', '被纠正', '撤销', '败诉', '输了', '被撤销', '确认违法', 'corrected', 'overturned', 'reversed', 'lost'] },
  { id: 'other', labels: ['其他结果'], en: 'other outcome',
    synonyms: ['其他结果', 'other outcome', 'other result', 'other results'] },
  { id: 'pending', labels: ['尚未审结'], en: 'pending',
    synonyms: ['尚未审结', '未审结', '审理中', '还在审', '正在审理', '没审完', '未结案', 'pending', 'not yet concluded', 'ongoing', 'undecided'] },
  { id: 'total', labels: ['总计'], en: 'total',
    synonyms: ['总计', '合计', '一共', '总共', '共计', 'total', 'in total'] },
];

/** The 15 numbers of section 四 in printed order. */
export const REVIEW_ORDER: { group: ReviewGroupId; column: ReviewColumnId }[] = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_COLUMNS.map((c) => ({ group: g.id, column: c.id })),
);

// ---------------------------------------------------------------- breakdowns

/**
 * One figure of a report by catalogue ids, without its value: a cell, a sum the format declares (a
 * row group, a column group, 行政诉讼), or a figure stated in the narrative. The one way code
 * points at a figure: a question asks for it, a session remembers it, a breakdown and a relation
 * are made of it.
 */
export type Measure =
  /** section 三: row is a row id or a row group id, column a column id or a column group id */
  | { table: 'requests'; row: string; column: string }
  /** section 四: group is a group id or a declared sum of groups (行政诉讼) */
  | { table: 'review'; group: string; column: ReviewColumnId }
  /** section 二: column undefined when the question did not say which */
  | { table: 'active'; row: string; column?: string }
  /** a figure stated in the narrative, by its index in report.figures */
  | { table: 'prose'; figure: number };

/** Two measures point at the same figure. */
export function sameMeasure(a: Measure, b: Measure): boolean {
  switch (a.table) {
    case 'requests': return b.table === 'requests' && a.row === b.row && a.column === b.column;
    case 'review': return b.table === 'review' && a.group === b.group && a.column === b.column;
    case 'active': return b.table === 'active' && a.row === b.row && a.column === b.column;
    case 'prose': return b.table === 'prose' && a.figure === b.figure;
  }
}

/** A measure as a string, for sets and maps: equal keys, same figure. */
export function measureKey(m: Measure): string {
  switch (m.table) {
    case 'requests': return `requests:${m.row}:${m.column}`;
    case 'review': return `review:${m.group}:${m.column}`;
    case 'active': return `active:${m.row}:${m.column ?? ''}`;
    case 'prose': return `prose:${m.figure}`;
  }
}

/**
 * A whole and the parts it is made of, as one answer (申请人构成, 办理结果构成): each part is
 * looked up and cited, and a chart can draw them. Parts a report's format lacks are left out.
 */
export type BreakdownId =
  | 'applicants' | 'results' | 'refusal_reasons' | 'unavailable_reasons' | 'not_processed_reasons' | 'reconsideration_results' | 'litigation_kinds';

export interface Breakdown extends Entry {
  id: BreakdownId;
  whole: Measure;
  parts: Measure[];
}

const received = (column: string): Measure => ({ table: 'requests', row: 'received', column });
const handled = (row: string): Measure => ({ table: 'requests', row, column: 'total' });

export const BREAKDOWNS: Breakdown[] = [
  { id: 'applicants', labels: ['申请人构成', '申请人情况'], en: 'requests by type of applicant',
    whole: received('total'),
    parts: REQUEST_COLUMNS.filter((c) => c.id !== 'total').map((c) => received(c.id)),
    synonyms: ['申请人构成', '申请人情况', '申请人类型', '申请人分布', '申请人结构', '申请主体', '申请人类别', '申请人都是谁', '谁来申请', '谁申请',
      '哪些人申请', '申请来源', '申请者构成', 'breakdown by applicant type', 'by applicant type', 'applicant type', 'applicant types',
      'types of applicants', 'type of applicant', 'who applied', 'who filed', 'who made the requests', 'who made requests', 'applicants breakdown',
      'breakdown of applicants', 'requesters by type'] },
  { id: 'results', labels: ['办理结果构成', '办理结果情况'], en: 'how requests were handled',
    whole: handled('total_handled'),
    parts: ['granted', 'partly_granted', 'refused', 'unavailable', 'not_processed', 'other_handled', 'other_handled_2019'].map(handled),
    synonyms: ['办理结果构成', '办理结果分布', '办理结果情况', '办理情况', '处理结果构成', '处理结果分布', '处理情况', '结果构成', '结果分布', '怎么处理的',
      '如何处理的', '怎么办理的', '如何办理的', '办理结果如何', '都是怎么处理的', '处理结果如何', '答复结果',
      'how were requests handled', 'how were the requests handled', 'how requests were handled', 'how were requests dealt with',
      'how were they handled', 'breakdown of outcomes', 'outcomes of requests', 'request outcomes', 'handling results', 'results breakdown',
      'breakdown of results', 'how the requests were handled'] },
  { id: 'refusal_reasons', labels: ['不予公开原因', '不予公开理由'], en: 'reasons for refusal',
    whole: handled('refused'),
    parts: REQUEST_ROWS.filter((r) => r.group === 'refused').map((r) => handled(r.id)),
    synonyms: ['不予公开原因', '不予公开理由', '不公开的原因', '不公开的理由', '拒绝公开的理由', '为什么不公开', 'reasons for refusal', 'why refused', 'refusal reasons', 'grounds for refusal'] },
  { id: 'unavailable_reasons', labels: ['无法提供原因', '无法提供理由'], en: 'reasons information could not be provided',
    whole: handled('unavailable'),
    parts: REQUEST_ROWS.filter((r) => r.group === 'unavailable').map((r) => handled(r.id)),
    synonyms: ['无法提供原因', '无法提供的原因', '为什么无法提供', 'why not provided', 'reasons not provided'] },
  { id: 'not_processed_reasons', labels: ['不予处理原因', '不予处理理由'], en: 'reasons requests were not processed',
    whole: handled('not_processed'),
    parts: REQUEST_ROWS.filter((r) => r.group === 'not_processed').map((r) => handled(r.id)),
    synonyms: ['不予处理原因', '不予处理的原因', '为什么不予处理', 'why not processed'] },
  { id: 'reconsideration_results', labels: ['行政复议结果'], en: 'outcomes of reconsideration',
    whole: { table: 'review', group: 'reconsideration', column: 'total' },
    parts: (['upheld', 'corrected', 'other', 'pending'] as const).map((column): Measure => ({ table: 'review', group: 'reconsideration', column })),
    synonyms: ['行政复议结果', '复议结果', '复议结果构成', '复议结果分布', 'reconsideration outcomes', 'outcomes of reconsideration', 'reconsideration results'] },
  { id: 'litigation_kinds', labels: ['行政诉讼构成'], en: 'lawsuits by kind',
    whole: { table: 'review', group: 'litigation', column: 'total' },
    parts: (['litigation_direct', 'litigation_after'] as const).map((group): Measure => ({ table: 'review', group, column: 'total' })),
    synonyms: ['行政诉讼构成', '诉讼构成', '诉讼分布', 'lawsuits by kind', 'breakdown of lawsuits'] },
];

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
export const NARRATIVE_CHECKS: { words: string[]; cell: Measure; label: string }[] = [
  { words: ['收到', '申请'], cell: { table: 'requests', row: 'received', column: 'total' }, label: '本年新收政府信息公开申请数量' },
  { words: ['受理', '公开申请'], cell: { table: 'requests', row: 'received', column: 'total' }, label: '本年新收政府信息公开申请数量' },
  { words: ['直接起诉'], cell: { table: 'review', group: 'litigation_direct', column: 'total' }, label: '未经复议直接起诉 总计' },
  { words: ['复议后起诉'], cell: { table: 'review', group: 'litigation_after', column: 'total' }, label: '复议后起诉 总计' },
  { words: ['行政复议'], cell: { table: 'review', group: 'reconsideration', column: 'total' }, label: '行政复议 总计' },
  { words: ['行政许可'], cell: { table: 'active', row: 'licensing', column: 'decisions' }, label: '行政许可 处理决定数量' },
  { words: ['行政处罚'], cell: { table: 'active', row: 'penalty', column: 'decisions' }, label: '行政处罚 处理决定数量' },
  { words: ['行政强制'], cell: { table: 'active', row: 'enforcement', column: 'decisions' }, label: '行政强制 处理决定数量' },
];

// ---------------------------------------------------------------- narrative words in English

/**
 * The narrative of a report is Chinese; an English question reaches a figure stated there through
 * these words, read as the Chinese they stand for. Only words that name what narrative figures
 * count: the tables have their own English names above.
 */
export const NARRATIVE_GLOSSARY: { en: string[]; zh: string }[] = [
  { en: ['hotline', 'hot line'], zh: '热线' },
  { en: ['12345'], zh: '政务服务' },
  { en: ['ticket', 'tickets', 'work order', 'work orders', 'case referrals', 'referrals', 'assigned', 'referred', 'dispatched', 'assign'], zh: '交办工单' },
  { en: ['wechat', 'weixin'], zh: '微信公众号' },
  { en: ['official account', 'public account'], zh: '公众号' },
  { en: ['website', 'web site', 'portal'], zh: '网站' },
  { en: ['posts', 'posted', 'published', 'released', 'items', 'post', 'publish', 'put out', 'pieces', 'articles', 'messages'], zh: '发布信息' },
  { en: ['online inquiries', 'online consultations', 'inquiries', 'consultations', 'questions answered'], zh: '网上政务咨询' },
  { en: ['replied', 'answered', 'replies', 'reply', 'answer', 'answers', 'responded', 'response', 'responses'], zh: '回复' },
  { en: ['received', 'receive', 'receives', 'got', 'handled', 'took'], zh: '接收' },
  { en: ['held', 'hold', 'convened', 'organised', 'organized'], zh: '召开' },
  { en: ['opened', 'set up', 'has', 'have'], zh: '开设' },
  { en: ['bureau', 'agency', 'department', 'office'], zh: '我局' },
  { en: ['reply rate', 'response rate'], zh: '回复率' },
  { en: ['columns', 'sections of the platform', 'channels'], zh: '开设栏目' },
  { en: ['meetings', 'meeting'], zh: '会议' },
  { en: ['ideology', 'ideological'], zh: '意识形态工作' },
  { en: ['study sessions', 'studied', 'study'], zh: '理论中心组组织学习' },
  { en: ['rumour', 'rumor', 'rumours', 'rumors', 'debunked', 'debunking'], zh: '网络辟谣' },
  { en: ['training', 'trainings', 'trained'], zh: '培训' },
  // What a city government's overview states besides its tables.
  { en: ['replied', 'answered', 'replies', 'reply', 'answer', 'answers', 'responded', 'responses'], zh: '答复' },
  { en: ['carried over', 'carried forward', 'brought forward', 'carryover', 'carry-over'], zh: '结转' },
  { en: ['policy interpretation', 'policy interpretations', 'policy explanations', 'policy briefings', 'interpretations'], zh: '政策解读' },
  { en: ['produced', 'produce', 'made', 'prepared', 'created'], zh: '制作' },
  { en: ['proactively', 'proactive', 'on its own initiative', 'voluntarily'], zh: '主动公开' },
  { en: ['items', 'pieces', 'pieces of information'], zh: '信息' },
  { en: ['municipal government', 'city government'], zh: '市政府' },
  { en: ['press conferences', 'press conference', 'news conferences', 'briefings'], zh: '新闻发布会' },
  { en: ['gazette', 'bulletin'], zh: '公报' },
  { en: ['issues'], zh: '期' },
  { en: ['new media accounts', 'new media', 'social media accounts', 'social media'], zh: '政务新媒体' },
  { en: ['processing fee', 'processing fees', 'information processing fee', 'fees charged', 'fee charged'], zh: '信息处理费' },
  { en: ['inspections', 'inspection', 'checks', 'reviews of the columns'], zh: '检查' },
];

// ---------------------------------------------------------------- OCR confusions in names

/**
 * Characters OCR confuses in agency names, corrected only where the seen form names no place:
 * there is no 沐阳县, and 沭阳县 (宿迁市) is printed 沐阳 by OCR of its reports.
 */
export const OCR_CONFUSIONS: { seen: string; meant: string }[] = [
  { seen: '沐阳', meant: '沭阳' },
];

// ---------------------------------------------------------------- documents that are not the annual report

/**
 * Documents an agency publishes beside its annual disclosure report, by the words of their titles:
 * an import that finds none of the report's tables says which one it looks like instead.
 */
export const OTHER_DOCUMENTS: { words: string[]; zh: string; en: string }[] = [
  { words: ['法治政府建设'], zh: '法治政府建设情况报告', en: 'a report on building law-based government' },
  { words: ['政务公开工作要点'], zh: '政务公开工作要点', en: 'a plan of the year\'s open-government work' },
  { words: ['政府工作报告'], zh: '政府工作报告', en: 'a government work report' },
  { words: ['统计公报'], zh: '统计公报', en: 'a statistical communiqué' },
  { words: ['决算'], zh: '决算', en: 'final accounts' },
  { words: ['预算'], zh: '预算', en: 'a budget' },
  { words: ['工作总结'], zh: '工作总结', en: 'a work summary' },
  { words: ['实施方案'], zh: '实施方案', en: 'an implementation plan' },
  { words: ['通知'], zh: '通知', en: 'a notice' },
];
