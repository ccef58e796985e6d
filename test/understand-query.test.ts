import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/understand/match.ts';
import { normalise } from '../src/understand/normalise.ts';
import { understand, type Query } from '../src/understand/query.ts';
import { agencyAliases, agencyIndex, findScope } from '../src/understand/scope.ts';
import { valueIn } from '../src/answer/resolve.ts';
import { seedKb, seedReport } from './answer-fixture.ts';

const report = seedReport();
const kb = seedKb(report);

function read(question: string, previous?: Query): Query {
  const text = normalise(question);
  const scope = findScope(text, agencyIndex(kb));
  let masked = text;
  for (const [a, b] of scope.spans) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  return understand({ text: masked, mentions: findMentions(masked), lang: 'zh', report, previous, figureOf: (m) => valueIn(report, m) });
}

describe('finding catalogue words', () => {
  it('prefers the longest words and does not let them overlap', () => {
    const m = findMentions(normalise('复议后起诉有几件'));
    expect(m.map((x) => x.text)).toEqual(['复议后起诉']);
  });

  it('matches English words on word boundaries, plurals included', () => {
    expect(findMentions('how many penalties').map((m) => m.text)).toEqual(['penalties']);
    expect(findMentions('grantedly').length).toBe(0);
    expect(findMentions('how many requests were received').some((m) => m.targets.some((t) => t.target.dim === 'req_row'))).toBe(true);
  });

  it('does not take 总计 or 其他 alone as a row', () => {
    const m = findMentions('总计');
    expect(m.flatMap((x) => x.targets.map((t) => t.target.dim))).not.toContain('req_row');
  });
});

describe('understanding a question', () => {
  it('reads a row with the default column', () => {
    expect(read('部分公开的申请有多少件？')).toMatchObject({ intent: 'figure', op: 'value', measures: [{ table: 'requests', row: 'partly_granted', column: 'total' }] });
  });

  it('reads a row and a column', () => {
    expect(read('自然人的申请中有多少予以公开？').measures).toEqual([{ table: 'requests', row: 'granted', column: 'natural_person' }]);
  });

  it('takes an item over the group that encloses it', () => {
    expect(read('不予公开里保护第三方合法权益的有几件').measures).toEqual([{ table: 'requests', row: 'refused_third_party', column: 'total' }]);
    expect(read('未经复议直接起诉的行政诉讼有多少件？').measures).toEqual([{ table: 'review', group: 'litigation_direct', column: 'total' }]);
  });

  it('adds up figures joined by 和 and takes a share after 占', () => {
    expect(read('予以公开和部分公开一共多少件？')).toMatchObject({ op: 'sum', measures: [{ row: 'granted' }, { row: 'partly_granted' }] });
    expect(read('予以公开占办理结果总数的比例是多少？')).toMatchObject({ op: 'share', measures: [{ row: 'granted' }, { row: 'total_handled' }] });
    expect(read('予以公开比部分公开少多少？')).toMatchObject({ op: 'difference' });
  });

  it('picks the section 二 column from the verb, and asks when none is said', () => {
    expect(read('制定了多少规章？').measures).toEqual([{ table: 'active', row: 'rules', column: 'issued' }]);
    expect(read('现行有效的规范性文件有多少？').measures).toEqual([{ table: 'active', row: 'normative_docs', column: 'in_force' }]);
    const q = read('规范性文件有多少？');
    expect(q.intent).toBe('clarify');
    expect(q.choices).toHaveLength(3);
  });

  it('answers without asking when tied readings give the same figure', () => {
    // 规章: issued, repealed and in force are all 0 in the seed
    expect(read('规章有多少件？')).toMatchObject({ intent: 'figure', measures: [{ table: 'active', row: 'rules' }] });
  });

  it('asks which figure when nothing says which', () => {
    expect(read('有多少件？')).toMatchObject({ intent: 'clarify', choices: [] });
    expect(read('被纠正的有几件？')).toMatchObject({ intent: 'clarify' });
  });

  it('finds a narrative figure by the words around it, and prefers the table when it names the row', () => {
    const hotline = read('12345热线交办工单有多少件？');
    expect(hotline.measures?.[0]?.table).toBe('prose');
    expect(report.figures[(hotline.measures![0] as { figure: number }).figure]!.value).toBe(3162);
    expect(read('政府信息公开行政复议有多少件？').measures).toEqual([{ table: 'review', group: 'reconsideration', column: 'total' }]);
  });

  it('reads passages for what is described', () => {
    expect(read('存在哪些主要问题？')).toMatchObject({ intent: 'passage', passage: { section: 'problems', subsection: 'problems' } });
    expect(read('申请政府信息公开要收费吗？')).toMatchObject({ intent: 'passage', passage: { section: 'other' } });
  });

  it('says nothing for what the report does not cover', () => {
    expect(read('怎么办理建筑工程施工许可证？')).toMatchObject({ intent: 'none', why: 'how_to' });
    expect(read('明天周口天气怎么样？').intent).toBe('none');
    expect(read('周口有多少人口？').intent).toBe('none');
    expect(read('有多少员工因为处罚被开除？').intent).toBe('none');
  });

  it('recognises help', () => {
    expect(read('你好').intent).toBe('help');
    expect(read('你能回答什么问题？').intent).toBe('help');
    expect(read('你好，存在哪些问题？').intent).toBe('passage');
  });

  it('takes what a follow-up leaves out from the question before', () => {
    const first = read('予以公开多少件？');
    expect(read('那部分公开呢？', first).measures).toEqual([{ table: 'requests', row: 'partly_granted', column: 'total' }]);
    expect(read('其中自然人呢？', first).measures).toEqual([{ table: 'requests', row: 'granted', column: 'natural_person' }]);
    const review = read('行政复议有多少件？');
    expect(read('其中被纠正的呢？', review).measures).toEqual([{ table: 'review', group: 'reconsideration', column: 'corrected' }]);
    // a complete new question does not inherit
    expect(read('行政处罚有多少件？', first).measures).toEqual([{ table: 'active', row: 'penalty', column: 'decisions' }]);
  });
});

describe('agencies and years', () => {
  it('knows an agency by its short names', () => {
    const aliases = agencyAliases('周口市住房和城乡建设局').map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['周口市住房和城乡建设局', '住房和城乡建设局', '周口市住建局', '周口住建局', '住建局']));
  });

  it('finds the agency, the year, and an agency it does not have', () => {
    const index = agencyIndex(kb);
    expect(findScope(normalise('周口市住建局2024年收到多少申请'), index)).toMatchObject({ agencies: ['周口市住房和城乡建设局'], year: 2024 });
    expect(findScope(normalise('郑州市住房和城乡建设局收到多少申请？'), index).unknownPlace).toBe('郑州市');
    expect(findScope(normalise('周口市交通局收到多少申请？'), index).unknownAgency).toBe('周口市交通局');
    expect(findScope(normalise('请问住建局收到多少申请'), index).unknownAgency).toBeUndefined();
    expect(findScope(normalise('我局收到多少申请'), index).unknownAgency).toBeUndefined();
    expect(findScope(normalise('12345热线'), index).year).toBeUndefined();
  });
});
