import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chineseNumber, languageOf, normalise, toSimplified } from '../src/understand/normalise.ts';

describe('normalise', () => {
  it('skips the converter only for text it would leave as it is', () => {
    // The converter is built when a replacement can start in a text: it must give what it always
    // gave on every text, traditional or not, and on each of its own keys inside a sentence.
    const { Converter, Locale } = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (o: { from: 'tw'; to: 'cn' }) => (t: string) => string;
      Locale: { configs: { tw2s: { conversionChain: unknown; normalizationChain: unknown } } };
    };
    const convert = Converter({ from: 'tw', to: 'cn' });
    const texts: string[] = [];
    const keys = (t: unknown): void => {
      if (typeof t === 'string') for (const e of t.split('|')) texts.push(`问${e.slice(0, e.indexOf(' '))}多少`);
      else if (Array.isArray(t)) t.forEach(keys);
    };
    keys(Locale.configs.tw2s.conversionChain);
    keys(Locale.configs.tw2s.normalizationChain);
    const fixtures = join(import.meta.dirname, 'fixtures');
    for (const f of readdirSync(fixtures, { recursive: true }) as string[]) {
      if (/\.(jsonl|txt|md|html)$/.test(f)) texts.push(...readFileSync(join(fixtures, f), 'utf8').split('\n'));
    }
    // and every sentence of the seed report (群 and 秘 go to 羣 and 祕 and back)
    const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'knowledge', 'zhoukou-zhujianju-2024.json'), 'utf8')) as { prose: { text: string }[]; figures: { sentence: string }[] };
    texts.push(...seed.prose.map((p) => p.text), ...seed.figures.map((f) => f.sentence), '群众', '羣眾', '秘书', '祕密', '群', '羣', '什么', '什麼');
    expect(texts.length).toBeGreaterThan(5000);
    let converted = 0;
    for (const t of texts) {
      expect(toSimplified(t)).toBe(convert(t));
      if (convert(t) !== t) converted++;
    }
    expect(converted).toBeGreaterThan(1000);
  });

  it('turns traditional characters into simplified ones', () => {
    expect(normalise('予以公開的申請有多少件？')).toBe('予以公开的申请有多少件?');
    expect(normalise('行政復議')).toBe('行政复议');
  });

  it('makes full-width characters half-width', () => {
    expect(normalise('２０２４年部分公开多少件？')).toBe('2024年部分公开多少件?');
    expect(normalise('ＨＯＷ many')).toBe('how many');
    expect(normalise('住建局 １２３４５工单')).toBe('住建局12345工单');
    expect(languageOf('Ｈｏｗ ｍａｎｙ ＷｅＣｈａｔ ｐｏｓｔｓ?')).toBe('en');
  });

  it('writes traditional characters simplified', () => {
    expect(normalise('網絡辟謠 條數')).toBe('网络辟谣条数');
    expect(normalise('沒經過復議直接去法院起訴的有幾件')).toBe('没经过复议直接去法院起诉的有几件');
  });

  it('writes years and counts in Arabic numerals, and leaves words with numerals alone', () => {
    expect(normalise('二〇二四年收到多少')).toBe('2024年收到多少');
    expect(normalise('二零二四年')).toBe('2024年');
    expect(normalise('学习了十二次')).toBe('学习了12次');
    expect(normalise('两件')).toBe('2件');
    expect(normalise('一百零八条')).toBe('108条');
    expect(normalise('一共有多少')).toBe('一共有多少');
    expect(normalise('危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(normalise('保护第三方合法权益')).toBe('保护第三方合法权益');
  });

  it('reads Chinese numerals', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('三万五千')).toBe(35000);
    expect(chineseNumber('几')).toBeUndefined();
  });

  it('drops spaces next to Chinese characters and keeps them between words', () => {
    expect(normalise('予以 公开  有 多少')).toBe('予以公开有多少');
    expect(normalise('2024 年')).toBe('2024年');
    expect(normalise('  How   MANY requests ')).toBe('how many requests');
  });

  it('writes variants and transpositions the standard way (slips of the same sound are mended by typos.ts)', () => {
    expect(normalise('部份公开')).toBe('部分公开');
    expect(normalise('以予公开')).toBe('予以公开');
    expect(normalise('行政复意')).toBe('行政复意');
  });

  it('removes control characters and cuts very long input', () => {
    expect(normalise('予以\u0000公开\u200b')).toBe('予以公开');
    expect(normalise('啊'.repeat(20_000)).length).toBeLessThanOrEqual(400);
  });

  it('tells English from Chinese', () => {
    expect(languageOf('How many requests were granted?')).toBe('en');
    expect(languageOf('予以公开有多少件？')).toBe('zh');
    expect(languageOf('予以公开 granted 有多少件')).toBe('zh');
  });
});
