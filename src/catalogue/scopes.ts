// Words of a question's scope: which agency's report (its name, the levels of places, the voice of
// the agency asked) and which year. Read by understand/scope.ts; the gazetteer itself is places.ts.
import { CARRYING_OVER, INTO, MOVING } from './dates.ts';
import { anyOf } from './lexicon-pattern.ts';
import { PLACE_LEVELS } from './places.ts';

/** What a place's government is called; a place printed alone (三明市) stands for it. */
export const PEOPLES_GOVERNMENT = '人民政府';
/** 住房和城乡建设局 is a department, not a place called 住房和城乡: a place's name never ends so. */
export const NOT_A_PLACE_END = '城乡';
/** The levels a place's name ends with (周口市, 广西壮族自治区, 城关镇). */
export const PLACE_LEVEL_ENDS = ['省', '自治区', '自治州', '地区', '市', '盟', '县', '区', '旗', '镇', '乡', '街道'];
/** A name that ends with a place's level. */
export const PLACE_END = new RegExp(`${anyOf(PLACE_LEVEL_ENDS)}$`);
/** 「市住建局」「市政府办公厅」: the levels people say without the place's name. */
export const LEVEL_SAID_ALONE = new RegExp(`${anyOf(PLACE_LEVELS.filter((l) => l.said).map((l) => l.level))}$`);
/** Bodies that are no agency's name without a place before them (人民政府, 办公室). */
export const GENERIC_BODY = new RegExp(`^${anyOf(['人民政府', '政府', '办公室', '办事处'])}$`);
/** 办公厅, 委员会 alone: the kind of agency the one asked is, no name of another. */
export const GENERIC_AGENCY = new RegExp(`^${anyOf(['办公厅', '办公室', '委员会', '管委会', '人民政府', '管理委员会'])}$`);
/** 市政府, 区人民政府: a government named by its level alone (the level is the group). */
export const LEVEL_GOVERNMENT = /^(省|市|区|县|镇|乡)(?:人民)?政府$/;

/**
 * A name of an agency in a question: some words, then what agencies are called (局, 委, 办, 厅, 政府…),
 * not followed by what makes the word something else (局长, 委托, 办理, 政府信息).
 */
export const AGENCY_NAME = new RegExp(
  '\\p{Script=Han}{2,14}?(?:局(?![长面势部限])|(?<![大展餐客前门])厅(?!长)|委员会|委(?![员托屈会婉])|办公室|办公厅|街道办事处|街道办|管委会|管理委员会|' +
  '人民政府|政府(?!信息|网|门户|公开|采购|集中|会|文件|工作|部门|机关|规章|数据|热线|服务|办|令|规)|' +
  '(?:政府|外|信访|综治|扶贫|网信|人防|侨|台|编|金融|督查|法制|老龄|文明)办(?![理结事法件公了过完好]))', 'gu');
/** The question's own words before a name (请问交通局 → 交通局): the name starts after the last of them. */
export const ASKING_BEFORE_NAME = new RegExp(`^.*?${anyOf(['请问', '问一下', '想知道', '查询', '查一下', '关于', '告诉我', '看看'])}`);
/**
 * Words that end the question's part before a name: a comparison (「微信公众号比局网站」 names no
 * 微信公众号比局), a particle, a reason or a question word (「有多少申请是因为办公厅不掌握」).
 */
export const BEFORE_NAME = new RegExp(`^.*${anyOf(['比', '较', '、', ',', '的', '是', '了', '及', '因为', '所以', '由于', '多少', '什么', '哪些', '哪个', '几', '年'])}`);
/** 我局, 本局, 该局, 你们局: the report's own voice or the one being asked, not another agency. */
export const SELF = /^(?:我们?|本|该|贵|此|各|你们?|您|咱们?|这个|那个)/;
/** 「热线今年一共给你们局派了…」: the name ends in the one being asked (你们局), whatever stands before it. */
export const SELF_END = /(?:我们?|本|该|贵|此|你们?|您|咱们?)(?:局|委|办|厅|单位|机关|政府|部门)$/;

/** A year written in full (2024, 2024年, 2024年度). */
export const YEAR = /(?<!\d)((?:19|20)\d\d)(?:年度|年)?(?!\d)/g;
/** 「24年」: a year written short, with 年 after it. */
export const SHORT_YEAR = /(?<![\d.])([1-4]\d)年(?!度?\d)/g;
/** 「结转到2025年」「拖到2025年接着办」: the year a request moves into, not the report asked about. */
export const CARRIED_INTO = new RegExp(`${anyOf(MOVING)}${anyOf(INTO)}$`);
/** 「从2023年结转过来的」: the year a request was carried over from, the one before the report's (words before the year…). */
export const CARRIED_FROM_BEFORE = /(?:从|由|自|carried over from |brought forward from |from )$/;
/** …and after it. */
export const CARRIED_FROM_AFTER = new RegExp(`^(?:年度|年)?(?:底|末)?${anyOf(CARRYING_OVER)}|^\\W*$|^\\?`);
