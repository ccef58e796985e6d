// A knowledge base of N reports for latency and memory figures: the seed's cells under N distinct
// agencies and years, so that every index (agency, year, alias) holds N real entries.
import { KnowledgeBase } from '../src/kb/index.ts';
import type { Report } from '../src/report/schema.ts';

const PLACES = ['周口市', '郑州市', '洛阳市', '开封市', '南阳市', '信阳市', '商丘市', '许昌市', '安阳市', '新乡市', '焦作市', '濮阳市', '漯河市', '三门峡市', '平顶山市', '驻马店市', '鹤壁市', '济源市'];
const DEPTS = ['财政局', '教育局', '公安局', '民政局', '司法局', '人力资源和社会保障局', '自然资源和规划局', '生态环境局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电和旅游局', '卫生健康委员会', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '城市管理局'];
const COUNTIES = ['', '川汇区', '淮阳区', '项城市', '扶沟县', '西华县', '商水县', '沈丘县', '郸城县', '太康县', '鹿邑县'];

export function syntheticKb(seed: Report, n: number): KnowledgeBase {
  const kb = new KnowledgeBase([seed]);
  let made = 0;
  for (let i = 0; made < n - 1; i++) {
    const place = PLACES[i % PLACES.length]! + COUNTIES[Math.floor(i / PLACES.length) % COUNTIES.length]!;
    const dept = DEPTS[Math.floor(i / (PLACES.length * COUNTIES.length)) % DEPTS.length]!;
    const year = 2021 + (Math.floor(i / (PLACES.length * COUNTIES.length * DEPTS.length)) % 5);
    const agency = `${place}${dept}`;
    if (agency === seed.meta.agency && year === seed.meta.year) continue;
    const copy: Report = structuredClone(seed);
    copy.id = `syn-${i}`;
    copy.meta = { ...copy.meta, agency, year, title: `${agency}${year}年政府信息公开工作年度报告` };
    kb.add(copy);
    made++;
  }
  return kb;
}
