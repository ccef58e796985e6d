// Text normalisation for reading labels: the same label arrives in full- or half-width forms, in
// traditional characters, with spaces inside, with numbering in front and notes in brackets.
import { createRequire } from 'node:module';

// The converter loads its dictionaries (over a megabyte of source) when first needed: most
// reports, and every question, are simplified text that never reaches it.
type Convert = (text: string) => string;
let converter: Convert | undefined;
function toSimplified(text: string): string {
  converter ??= (createRequire(import.meta.url)('opencc-js') as { Converter: (o: { from: 'tw'; to: 'cn' }) => Convert }).Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

// Characters that only occur in traditional text; three of them mark a text worth converting
// (converting costs about a millisecond a report, so simplified text skips it).
const TRADITIONAL = /[開請與關於資訊處報體們這個為發並計區機構視聽條線數據規範檔號書會務對轉實權動態總達選幣義頁萬門問間陳陽電]/g;

export function simplify(text: string): string {
  TRADITIONAL.lastIndex = 0;
  let hits = 0;
  while (TRADITIONAL.exec(text)) if (++hits >= 3) return toSimplified(text);
  return text;
}

/** Full-width ASCII and the ideographic space → half-width. */
const WIDE = /[\uFF01-\uFF5E\u3000]/;

export function halfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A label reduced to what identifies it: half-width, no spaces, no quotes. */
export function squash(s: string): string {
  return halfWidth(s).replace(/[\s“”"'‘’「」『』]/g, '').replace(/[【〔［]/g, '(').replace(/[】〕］]/g, ')');
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十]+\)|\d+[.、,](?!\d)|[(（]?\d+[)）])/;

/** Drops leading numbering such as 三、 (一) 1. — repeatedly, since a cell may hold a group and an item. */
export function stripNumbering(s: string): string {
  let out = s;
  for (let i = 0; i < 4; i++) {
    const next = out.replace(NUMBERING, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Drops notes in brackets, including a bracket left open or closed by a line break. */
export function stripNotes(s: string): string {
  return s
    .replace(/\([^()]*\)/g, '')
    .replace(/\([^()]*$/, '')
    .replace(/^[^()]*\)/, '');
}

// Table labels are the same few hundred strings in every report: their keys are kept.
const KEYS = new Map<string, string>();
const KEYS_LIMIT = 20_000;

/** The key text of a table label: squashed, notes and numbering removed. */
export function labelKey(s: string): string {
  let key = KEYS.get(s);
  if (key === undefined) {
    key = stripNumbering(stripNotes(squash(s)));
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    KEYS.set(s, key);
  }
  return key;
}
