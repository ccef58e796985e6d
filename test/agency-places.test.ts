// An agency named by its place alone (issue #19): a government printed as its place (三明市), a zone
// or special area with its own level (平潭综合实验区, 神农架林区, 六枝特区, 丰宁满族自治县), and a
// place whose stem is part of an ordinary word (三明 of 三明治). An example corpus: the name as
// printed, the forms a question may use, and forms that must not find it.
import { describe, expect, it } from 'vitest';
import { respond } from '../src/answer/answer.ts';
import { governmentOf, placeLevel } from '../src/catalogue/places.ts';
import { agencyAliases } from '../src/understand/scope.ts';
import { standsAlone } from '../src/understand/word-bounds.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

/** Printed name, its report's figure (申请 received in 2023), forms that find it. */
const CORPUS: [printed: string, received: number, forms: string[]][] = [
  ['三明市', 301, ['三明', '三明市', '三明市人民政府', '三明市政府', '三明政府']],
  ['平潭综合实验区', 302, ['平潭', '平潭综合实验区', '平潭实验区', '平潭综合实验区管委会', '平潭管委会', '平潭政府']],
  ['神农架林区人民政府', 303, ['神农架', '神农架林区', '神农架林区政府', '神农架政府']],
  ['六枝特区人民政府', 304, ['六枝', '六枝特区', '六枝特区人民政府']],
  ['丰宁满族自治县人民政府', 305, ['丰宁', '丰宁满族自治县', '丰宁县政府']],
  ['上海市浦东新区人民政府', 306, ['浦东', '浦东新区', '浦东新区政府']],
  ['周口经济技术开发区管理委员会', 307, ['周口经开区', '周口经济技术开发区', '周口经开区管委会', '周口经济技术开发区管委会']],
];

/** Forms that name none of them: another place, a word holding a stem, another function. */
const NOT_THEM = ['三明治', '福州', '三明市财政局', '平潭县', '浦东新区财政局', '周口市', '实验区'];

const kb = seedKb(...CORPUS.map(([printed, received], i) =>
  seedReport(`agency-${i}-2023`, printed, 2023, { received, granted: received, partly_granted: 0, unavailable_not_held: 0, total_handled: received })));
const ask = (q: string) => respond(q, kb).answer;

describe('an agency named by its place alone', () => {
  for (const [printed, received, forms] of CORPUS) {
    for (const form of forms) {
      it(`${form} finds ${printed}`, () => {
        expect(ask(`${form}2023年收到多少申请`), form).toMatchObject({ kind: 'figure', value: received });
        expect(ask(`${form} 2023 收到申请 几件`), form).toMatchObject({ kind: 'figure', value: received });
      });
    }
  }

  for (const form of NOT_THEM) {
    it(`${form} finds none of them`, () => {
      const a = ask(`${form}2023年收到多少申请`);
      expect(a.kind, `${form}: ${a.text}`).not.toBe('figure');
    });
  }

  it('三明 is a word of its own in 三明2020年, not in 三明治', () => {
    expect(standsAlone('三明2020年部分公开的有几件啊', 0, 2)).toBe(true);
    expect(standsAlone('三明治多少钱', 0, 2)).toBe(false);
    const one = seedKb(seedReport('sanming-2020', '三明市', 2020, { received: 12, granted: 8, partly_granted: 4, unavailable_not_held: 0, total_handled: 12 }));
    expect(respond('三明2020年部分公开的有几件啊', one).answer).toMatchObject({ kind: 'figure', value: 4 });
    expect(respond('三明治2020年部分公开的有几件', one).answer.kind).not.toBe('figure');
  });
});

describe('a longer place written where a stem begins', () => {
  it('is that place: 淮安区 is no name of 淮安市人民政府', () => {
    const huaian = seedKb(seedReport('huaian-2024', '淮安市人民政府', 2024, { received: 31, granted: 31, partly_granted: 0, unavailable_not_held: 0, total_handled: 31 }));
    expect(respond('淮安2024年收到多少申请', huaian).answer).toMatchObject({ kind: 'figure', value: 31 });
    expect(respond('淮安市2024年收到多少申请', huaian).answer).toMatchObject({ kind: 'figure', value: 31 });
    expect(respond('淮安区2024年收到多少申请', huaian).answer.kind).not.toBe('figure');
  });
});

describe('a place read by its level', () => {
  it('zones and special areas have their levels, gazetteer names keep theirs', () => {
    expect(placeLevel('平潭综合实验区')).toMatchObject({ stem: '平潭', level: '综合实验区' });
    expect(placeLevel('丰宁满族自治县')).toMatchObject({ stem: '丰宁', level: '自治县' });
    expect(placeLevel('神农架林区')).toMatchObject({ stem: '神农架', level: '林区' });
    expect(placeLevel('万柏林区')).toMatchObject({ stem: '万柏林', level: '区' });
    expect(placeLevel('周口市')).toMatchObject({ stem: '周口', level: '市', said: true });
  });

  it('a place printed alone is its government', () => {
    expect(governmentOf('三明市')).toEqual({ level: '市', office: false });
    expect(governmentOf('平潭综合实验区管委会')).toEqual({ level: '区', office: false });
    expect(governmentOf('周口市住房和城乡建设局')).toBeUndefined();
    const aliases = agencyAliases('三明市').map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['三明市', '三明', '三明市人民政府', '三明市政府', '市政府']));
  });
});
