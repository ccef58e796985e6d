// A stand-in for answer() with the seed report's real figures, for channel tests that must not
// depend on question understanding. Like wechaty-puppet-mock, it has the same shape as the real
// thing, so the same tests also run over the real answer().
import type { Answer } from '../../answer/types.ts';
import type { Ask, AskOptions } from '../channel.ts';

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

export function fakeAnswer(question: string): Answer {
  if (question.includes('予以公开')) {
    return {
      kind: 'figure', lang: 'zh', value: 32, unit: '件',
      text: '周口市住房和城乡建设局2024年予以公开的申请共 32 件。',
      sources: [source('（一）予以公开', '总计', 32)],
    };
  }
  if (question.includes('构成')) {
    return {
      kind: 'figure', lang: 'zh', value: 41, unit: '件',
      text: '2024年办理结果共 41 件，构成如下。',
      sources: [source('四、结转下年度继续办理', '总计', 41, '来源：周口市住房和城乡建设局2024年报告 · 三、收到和处理政府信息公开申请情况 · 办理结果 · 总计')],
      parts: [
        { label: '予以公开', value: 32 },
        { label: '部分公开', value: 5 },
        { label: '不予公开', value: 4 },
      ],
    };
  }
  if (question.includes('申请')) {
    return {
      kind: 'clarify', lang: 'zh', value: null, unit: null,
      text: '您想问哪一项申请数字？',
      sources: [],
      options: [
        { label: '予以公开', question: '有多少申请予以公开？' },
        { label: '办理结果构成', question: '办理结果构成' },
      ],
    };
  }
  return {
    kind: 'not_found', lang: 'zh', value: null, unit: null,
    text: `没有找到与「${question}」相关的数字。`,
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
