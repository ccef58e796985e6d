// Bytes → text. Reports arrive as UTF-8, GBK or GB18030 (GB18030 is a superset of GBK, so one
// decoder covers both), sometimes with a byte-order mark.
import iconv from 'iconv-lite';
import { GongkaiError } from '../errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new GongkaiError('empty', `${file}: the file is empty`, { file });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let decoded: Decoded;
  try {
    decoded = { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    decoded = { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
  assertText(decoded.text, file);
  return decoded;
}

/** Random bytes decode "successfully" as GB18030; what gives them away is control characters and replacement marks. */
// Replacement marks, control characters other than tab and line ends, and the private use area.
const NOT_TEXT = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000-\uF8FF]/g;

function assertText(text: string, file: string): void {
  const sample = text.slice(0, 20_000);
  const bad = sample.match(NOT_TEXT)?.length ?? 0;
  if (bad > Math.max(3, sample.length * 0.01)) {
    throw new GongkaiError('not_text', `${file}: not a text file (binary data, or an encoding other than UTF-8, GBK or GB18030)`, { file });
  }
  // The whole text: a web page may carry 20,000 characters of script and style before its first word.
  if (!/[\u4e00-\u9fff]/.test(text)) {
    throw new GongkaiError('not_a_report', `${file}: no Chinese text: not an annual report`, { file });
  }
}
