// Agency names as people say them, asked of a knowledge base holding the agencies of the real
// reports (synthetic tables under their names): a short or near name picks its report, a name that
// fits several asks back, and a name whose function no loaded agency has is another agency.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { partsOf } from '../src/understand/agency.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

const kb = seedKb(
  seedReport('zhoukou-zhujianju-2024', '周口市住房和城乡建设局', 2024),
  seedReport('huaian-shi-zhengfu-2024', '淮安市人民政府', 2024),
  seedReport('huaian-hongzequ-zhengfu-2024', '淮安市洪泽区人民政府', 2024),
  seedReport('suqian-shuyangxian-fagaiju-2023', '沭阳县发展和改革局', 2023),
  seedReport('suqian-shuyangxian-zhengfu-2025', '沭阳县人民政府', 2025),
  seedReport('shanghai-kewei-2024', '上海市科委', 2024),
  seedReport('shanghai-shizhengfu-bangongting-2025', '上海市人民政府办公厅', 2025),
);
const now = new Date('2025-03-15T12:00:00Z');
const ask = (q: string) => respond(q, kb, { now }).answer;

// question → the report that answers, 'clarify' (several fit: which one?) or 'not_found' (another agency)
const CORPUS: [string, string][] = [
  ['住建 予以公开 几件', 'zhoukou-zhujianju-2024'],
  ['住建局予以公开有几件', 'zhoukou-zhujianju-2024'],
  ['周口住建 予以公开几件', 'zhoukou-zhujianju-2024'],
  ['市住建局予以公开有几件', 'zhoukou-zhujianju-2024'],
  ['住建委予以公开有几件', 'zhoukou-zhujianju-2024'],
  ['建设局予以公开有几件', 'zhoukou-zhujianju-2024'],
  ['周口建设局予以公开有几件', 'zhoukou-zhujianju-2024'],
  ['沭阳发改局予以公开有几件', 'suqian-shuyangxian-fagaiju-2023'],
  ['沐阳发改局予以公开有几件', 'suqian-shuyangxian-fagaiju-2023'],
  ['沭阳县发改委予以公开有几件', 'suqian-shuyangxian-fagaiju-2023'],
  ['发改 予以公开 几件', 'suqian-shuyangxian-fagaiju-2023'],
  ['沭阳县政府予以公开有几件', 'suqian-shuyangxian-zhengfu-2025'],
  ['上海市府办予以公开有几件', 'shanghai-shizhengfu-bangongting-2025'],
  ['上海市政府办公厅予以公开有几件', 'shanghai-shizhengfu-bangongting-2025'],
  ['上海科委予以公开有几件', 'shanghai-kewei-2024'],
  ['上海市科技委予以公开有几件', 'shanghai-kewei-2024'],
  ['淮安市府予以公开有几件', 'huaian-shi-zhengfu-2024'],
  ['淮安市政府予以公开有几件', 'huaian-shi-zhengfu-2024'],
  ['洪泽区政府予以公开有几件', 'huaian-hongzequ-zhengfu-2024'],
  ['沭阳予以公开有几件', 'clarify'],
  ['沐阳 予以公开有几件', 'clarify'],
  ['上海市政府予以公开有几件', 'shanghai-shizhengfu-bangongting-2025'],
  ["How many requests did Huai'an Municipal People's Government receive?", 'huaian-shi-zhengfu-2024'],
  ["How many requests did the Shanghai Municipal People's Government receive?", 'shanghai-shizhengfu-bangongting-2025'],
  ['How many requests did the Shanghai Science and Technology Commission receive?', 'shanghai-kewei-2024'],
  ["How many requests did the Shuyang County People's Government receive?", 'suqian-shuyangxian-zhengfu-2025'],
  ['How many requests did the Xinyi County Development and Reform Bureau receive?', 'not_found'],
  ['上海予以公开有几件', 'clarify'],
  ['周口市财政局予以公开有几件', 'not_found'],
  ['教育局予以公开有几件', 'not_found'],
  ['How many requests did the Zhoukou Housing and Urban-Rural Development Bureau receive?', 'zhoukou-zhujianju-2024'],
  ['How many requests did the Zhoukou construction bureau receive?', 'zhoukou-zhujianju-2024'],
  ['How many requests did the Zhoukou Municipal Finance Bureau receive?', 'not_found'],
  ['How many requests did the Shuyang Development and Reform Bureau receive?', 'suqian-shuyangxian-fagaiju-2023'],
];

describe('agency names as people say them', () => {
  for (const [question, expected] of CORPUS) {
    it(`${question} → ${expected}`, () => {
      const a = ask(question);
      if (expected === 'clarify' || expected === 'not_found') {
        expect(a.kind).toBe(expected);
        expect(a.value).toBeNull();
      } else {
        expect(a.kind, a.text).toBe('figure');
        expect(a.sources[0]!.report).toBe(expected);
      }
    });
  }

  it('another agency is named in the reply, with the reports there are', () => {
    const a = ask('How many requests did the Zhoukou Municipal Finance Bureau receive in 2024?');
    expect(a.text).toContain('Zhoukou Municipal Finance Bureau');
    expect(a.text).toContain('周口市住房和城乡建设局 2024 report');
  });

  it('with one report loaded, its short name narrows nothing', () => {
    const one = seedKb(seedReport());
    for (const q of ['住建 结转下年 几件', '周口住建 予以公开 几件', '住建委 予以公开', 'the bureau: how many requests were granted in full?']) {
      expect(respond(q, one, { now }).answer.kind, q).toBe('figure');
    }
  });

  it('a short name that means only an agency, fitting no loaded report, is another agency', () => {
    const huaian = seedKb(seedReport('huaian-shi-zhengfu-2024', '淮安市人民政府', 2024));
    for (const q of ['住建 予以公开 几件', '发改 收到多少申请']) {
      const a = respond(q, huaian, { now }).answer;
      expect(a.kind, q).toBe('not_found');
      expect(a.value).toBeNull();
    }
    expect(respond('予以公开 几件', huaian, { now }).answer.kind).toBe('figure');
  });

  it('a government’s general office asked of the government’s own report is that report', () => {
    const huaian = seedKb(seedReport('huaian-shi-zhengfu-2024', '淮安市人民政府', 2024), seedReport());
    const a = respond('淮安市政府办予以公开有几件', huaian, { now }).answer;
    expect(a.sources[0]?.report, a.text).toBe('huaian-shi-zhengfu-2024');
  });

  it('reads a name by its parts', () => {
    expect(partsOf('周口市住房和城乡建设局')).toMatchObject({ level: '市', fn: '住房和城乡建设', family: 'department' });
    expect(partsOf('上海市人民政府办公厅')).toMatchObject({ level: '市', fn: '人民政府', family: 'office' });
    expect(partsOf('淮安市洪泽区人民政府')).toMatchObject({ level: '区', fn: '人民政府' });
    expect(partsOf('淮安市洪泽区人民政府').family).toBeUndefined();
    expect(partsOf('上海市科委')).toMatchObject({ fn: '科学技术', family: 'department' });
  });
});
