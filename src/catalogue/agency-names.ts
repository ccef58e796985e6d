// An agency's name as people say it: place + level + function + kind of organ (周口 | 市 | 住房和城乡建设 |
// 局). A question names an agency by some of these parts (住建, 住建局, 周口住建, 市住建局, 住建委,
// 建设局, 上海市府办), and it is matched to the loaded reports part by part: the data here is the
// functions with what people call them, and the kinds of organ. A new department is one line.

export interface AgencyFunction {
  /** the official fragment of the name: 住房和城乡建设 */
  name: string;
  /** what people say instead, enough on its own: 住建 */
  short: string[];
  /** what people say that names the agency only with its kind after it: 建设局, not 建设 (平台建设) */
  bound: string[];
  /** English words for it, lower case: the longest first */
  en: string[];
}

export const AGENCY_FUNCTIONS: AgencyFunction[] = [
  { name: '住房和城乡建设', short: ['住建', '住房城乡建设', '住房和城乡建设', '住房城建'], bound: ['建设', '城建', '住房'], en: ['housing and urban-rural development', 'housing and urban rural development', 'housing and construction', 'housing', 'urban-rural development', 'construction'] },
  { name: '发展和改革', short: ['发改', '发展改革', '发展和改革'], bound: ['发展'], en: ['development and reform', 'drc', 'ndrc'] },
  { name: '人民政府', short: ['人民政府', '政府'], bound: ['府'], en: ["people's government", 'peoples government', 'government'] },
  { name: '科学技术', short: ['科学技术'], bound: ['科技', '科'], en: ['science and technology', 'science & technology', 'science'] },
  { name: '人力资源和社会保障', short: ['人社', '人力社保', '人力资源社会保障', '人力资源和社会保障'], bound: [], en: ['human resources and social security', 'human resources', 'social security'] },
  { name: '卫生健康', short: ['卫健', '卫生健康'], bound: ['卫生'], en: ['health', 'health commission'] },
  { name: '市场监督管理', short: ['市场监管', '市场监督管理'], bound: ['市监'], en: ['market regulation', 'market supervision'] },
  { name: '交通运输', short: ['交通运输'], bound: ['交通', '交运'], en: ['transport', 'transportation'] },
  { name: '生态环境', short: ['生态环境', '环保'], bound: ['环境', '生态'], en: ['ecology and environment', 'environmental protection', 'environment'] },
  { name: '自然资源', short: ['自然资源', '国土资源'], bound: ['国土', '自规'], en: ['natural resources', 'land and resources'] },
  { name: '教育', short: ['教体'], bound: ['教育'], en: ['education'] },
  { name: '财政', short: [], bound: ['财政'], en: ['finance', 'financial'] },
  { name: '公安', short: [], bound: ['公安'], en: ['public security', 'police'] },
  { name: '民政', short: [], bound: ['民政'], en: ['civil affairs'] },
  { name: '司法', short: [], bound: ['司法'], en: ['justice'] },
  { name: '审计', short: [], bound: ['审计'], en: ['audit'] },
  { name: '统计', short: [], bound: ['统计'], en: ['statistics'] },
  { name: '税务', short: [], bound: ['税务'], en: ['taxation', 'tax'] },
  { name: '水利', short: [], bound: ['水利', '水务'], en: ['water resources', 'water'] },
  { name: '商务', short: [], bound: ['商务'], en: ['commerce'] },
  { name: '农业农村', short: ['农业农村'], bound: ['农业', '农'], en: ['agriculture and rural affairs', 'agriculture'] },
  { name: '文化和旅游', short: ['文旅', '文化和旅游', '文化旅游'], bound: ['文化'], en: ['culture and tourism', 'culture'] },
  { name: '应急管理', short: [], bound: ['应急管理', '应急'], en: ['emergency management'] },
  { name: '城市管理', short: ['城管', '城市管理'], bound: [], en: ['urban management'] },
  { name: '医疗保障', short: ['医保', '医疗保障'], bound: [], en: ['healthcare security', 'medical insurance'] },
  { name: '退役军人事务', short: ['退役军人事务', '退役军人'], bound: [], en: ['veterans affairs', "veterans' affairs"] },
  { name: '工业和信息化', short: ['工信', '工业和信息化', '工业信息化'], bound: [], en: ['industry and information technology'] },
  { name: '林业', short: [], bound: ['林业'], en: ['forestry'] },
  { name: '信访', short: ['信访'], bound: [], en: ['petitions', 'letters and visits'] },
  { name: '机关事务管理', short: ['机关事务'], bound: ['机管'], en: ['government offices administration'] },
  { name: '外事', short: [], bound: ['外事', '外'], en: ['foreign affairs'] },
];

/**
 * Short names that mean nothing but an agency (住建, 发改): said alone and fitting no loaded report,
 * they name another agency, whose figures are not the loaded report's.
 */
export const AGENCY_ONLY_NAMES = ['住建', '住房城乡建设', '发改', '发展改革', '人社', '人力社保', '卫健', '教体', '工信'];

export type OrganFamily = 'department' | 'office';

/**
 * Kinds of organ, longest first. 局, 委 and 厅 are all departments (住建局 and 住建委 are one
 * department under two names in different places); an office (办公厅, 府办) speaks for a government.
 */
export const ORGAN_KINDS: { form: string; family: OrganFamily; notBefore?: RegExp }[] = [
  { form: '委员会', family: 'department' },
  { form: '办公厅', family: 'office' },
  { form: '办公室', family: 'office' },
  // …unless the word goes on as another: 局长, 委托, 办理, 厅长.
  { form: '局', family: 'department', notBefore: /^[长面势部限]/ },
  { form: '委', family: 'department', notBefore: /^[员托屈婉]/ },
  { form: '厅', family: 'department', notBefore: /^长/ },
  { form: '办', family: 'office', notBefore: /^[理结事法件公了过完好]/ },
];

/** English words of kinds of organ. */
export const ORGAN_KINDS_EN: Record<string, OrganFamily | 'government'> = {
  government: 'government', bureau: 'department', commission: 'department', committee: 'department', department: 'department', administration: 'department',
  office: 'office',
};

/**
 * English words that are never a place's name: one of them before "County …" or "Municipal …" is
 * no place of another agency (the County Finance Bureau), any other word is (Xinyi County …).
 */
export const EN_NOT_PLACES = new Set(['the', 'a', 'an', 'did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'by', 'from', 'for',
  'in', 'of', 'to', 'at', 'with', 'which', 'what', 'how', 'many', 'much', 'that', 'this', 'our', 'your', 'their', 'its', 'my', 'and', 'or']);

/** The levels of government a place's name ends in (周口市, 沭阳县, 洪泽区): said alone, 市住建局. */
export const LEVEL_SUFFIX = /(省|市|县|区|旗)$/;

/** Words that join the words of an English name: Development and Reform, Bureau of …, the. */
export const EN_CONNECTORS = new Set(['and', 'of', '&', 'the']);

/** English words of a government's level: 周口市 is Zhoukou Municipal / City. */
export const LEVELS_EN: Record<string, string> = {
  municipal: '市', city: '市', county: '县', district: '区', provincial: '省', province: '省',
};

/**
 * Characters people type for one another in place names because they look alike (沐阳 for 沭阳): a
 * place of a loaded report is also found written so.
 */
export const LOOKALIKE: [string, string][] = [
  ['沭', '沐'], ['泗', '洒'], ['盱', '肝'], ['眙', '贻'], ['淮', '准'], ['涟', '连'], ['洪', '红'], ['颍', '颖'], ['亳', '毫'], ['濮', '璞'],
];
