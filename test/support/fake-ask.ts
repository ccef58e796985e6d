// A stand-in for answer() with the seed report's real figures, for channel tests that must not
// depend on question understanding. Like wechaty-puppet-mock, it has the same shape as the real
// thing, so the same tests also run over the real answer().
import type { Answer } from '../../src/answer/types.ts';
import type { Ask, AskOptions } from '../../src/channels/channel.ts';

export const SEED_REPORT = 'zhoukou-zhujianju-2024';
export const SEED_CITATION = '来源：周口市住房和城乡建设局2024年报告 · 三、收到和处理政府信息公开申请情况 · （一）予以公开 · 总计';

const source = (row: string, column: string, value: number, citation = SEED_CITATION) => ({
  report: SEED_REPORT,
  reportTitle: '周口市住房和城乡建设局2024年报告',
  section: '三、收到和处理政府信息公开申请情况',
  row,
  column,
  value,
  state: 'value' as const,
  citation,
});

const PARTLY_CITATION = '来源：周口市住房和城乡建设局2024年报告 · 三、收到和处理政府信息公开申请情况 · （二）部分公开 · 总计';

/** Shaped like answer()'s output: the text whole, and its body, citations and options apart. */
export function fakeAnswer(question: string): Answer {
  if (question.includes('一共')) {
    return {
      kind: 'figure', lang: 'zh', value: 83, unit: '件',
      text: `周口市住房和城乡建设局2024年报告：予以公开（总计）、部分公开（总计）合计 83 件（予以公开（总计） 32 + 部分公开（总计） 51）。\n${SEED_CITATION}\n${PARTLY_CITATION}`,
      body: '周口市住房和城乡建设局2024年报告：予以公开（总计）、部分公开（总计）合计 83 件（予以公开（总计） 32 + 部分公开（总计） 51）。',
      citations: [SEED_CITATION, PARTLY_CITATION],
      sources: [source('（一）予以公开', '总计', 32), source('（二）部分公开', '总计', 51, PARTLY_CITATION)],
      parts: [
        { label: '予以公开（总计）', value: 32 },
        { label: '部分公开（总计）', value: 51 },
      ],
    };
  }
  if (question.includes('予以公开')) {
    return {
      kind: 'figure', lang: 'zh', value: 32, unit: '件',
      text: `周口市住房和城乡建设局2024年报告：予以公开（总计）为 32 件。\n${SEED_CITATION}`,
      body: '周口市住房和城乡建设局2024年报告：予以公开（总计）为 32 件。',
      citations: [SEED_CITATION],
      sources: [source('（一）予以公开', '总计', 32)],
    };
  }
  if (question.includes('多少件')) {
    return {
      kind: 'clarify', lang: 'zh', value: null, unit: null,
      text: '请说明想了解哪一项数字，例如：\n· 予以公开（总计）\n· 予以公开和部分公开一共',
      body: '请说明想了解哪一项数字，例如：',
      citations: [],
      sources: [],
      options: [
        { label: '予以公开（总计）', question: '予以公开（总计）是多少？' },
        { label: '予以公开和部分公开一共', question: '予以公开和部分公开一共多少件？' },
      ],
    };
  }
  return {
    kind: 'not_found', lang: 'zh', value: null, unit: null,
    text: `没有找到与「${question}」相关的数字。`,
    body: `没有找到与「${question}」相关的数字。`,
    citations: [],
    sources: [],
  };
}

export interface RecordingAsk extends Ask {
  calls: Array<{ question: string; options: AskOptions }>;
}

/** fakeAnswer, recording every call so a test can check the session key and the question. */
export function recordingAsk(answer: (q: string) => Answer | Promise<Answer> = fakeAnswer): RecordingAsk {
  const calls: RecordingAsk['calls'] = [];
  const ask = (async (question: string, options: AskOptions) => {
    calls.push({ question, options });
    return answer(question);
  }) as RecordingAsk;
  ask.calls = calls;
  return ask;
}
