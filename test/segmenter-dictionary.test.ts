// The segmenter's dictionary is looked up in its sorted word list (kept in KB/.cache beside the
// lines jieba loads): every word it loaded is known, with or without the cache, and no other.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { inDictionary, keepWhole } from '../src/understand/words.ts';
import { useCacheDir } from '../src/understand/compiled.ts';
import { tempDir } from './helpers.ts';

const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
const lines = Buffer.from(dict).toString('utf8').split('\n');
const common = lines.filter((l) => Number(l.split(' ')[1]) >= 100).map((l) => l.split(' ')[0]!);
const rare = new Set(lines.filter((l) => Number(l.split(' ')[1]) < 100).map((l) => l.split(' ')[0]!));
for (const w of common) rare.delete(w);

describe("the segmenter's dictionary", () => {
  it('knows every common word, the words kept whole, and no made-up word', () => {
    useCacheDir(tempDir());
    keepWhole(['予以公开测试词']);
    expect(common.length).toBeGreaterThan(30_000);
    expect(common.filter((w) => !inDictionary(w))).toEqual([]);
    expect(inDictionary('予以公开测试词')).toBe(true);
    for (const w of ['', '\n', '申请 ', '申请\n不予公开', '龘龘龘', 'zzzz', '\uffff']) expect(inDictionary(w)).toBe(false);
    // rare words are not kept unless the catalogue uses them: most are unknown
    const unknown = [...rare].filter((w) => !inDictionary(w)).length;
    expect(unknown).toBeGreaterThan(rare.size * 0.9);
  });
});
