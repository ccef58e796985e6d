// Where words begin and end in a question, by the dictionary the runtime's ICU carries for Chinese:
// a place's stem that is also part of an ordinary word (三明 of 三明治) names the place only where
// it stands as a word of its own.

// Made when first asked (loading ICU's Chinese dictionary takes a few milliseconds): most
// questions name no such place.
let segmenter: Intl.Segmenter | undefined;
let last: { text: string; bounds: Set<number> } | undefined;

function bounds(text: string): Set<number> {
  if (last?.text === text) return last.bounds;
  const out = new Set<number>([text.length]);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const s of segmenter.segment(text)) out.add(s.index);
  last = { text, bounds: out };
  return out;
}

/** Whether text[start, end) is cut from no longer word: 三明 in 三明2020年, not in 三明治. */
export function standsAlone(text: string, start: number, end: number): boolean {
  const b = bounds(text);
  return b.has(start) && b.has(end);
}
