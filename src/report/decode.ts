// Bytes → text. Reports arrive as UTF-8, GBK or GB18030 (GB18030 is a superset of GBK, so one
// decoder covers both), sometimes with a byte-order mark.
import iconv from 'iconv-lite';
import { GongkaiError } from '../errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** the bytes end inside a character: the file was cut short, and that character is dropped */
  truncated?: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new GongkaiError('empty', `${file}: the file is empty`, { file });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const decoded: Decoded = utf8Text(bytes) ?? gb18030(bytes);
  assertText(decoded.text, file);
  return decoded;
}

function utf8Text(bytes: Uint8Array): Decoded | undefined {
  const cut = cutCharacter(bytes);
  try {
    const text = utf8.decode(cut ? bytes.subarray(0, bytes.length - cut) : bytes).replace(/^\uFEFF/, '');
    return { text, encoding: 'utf-8', ...(cut ? { truncated: true } : {}) };
  } catch {
    return undefined;
  }
}

/** How many bytes at the end begin a UTF-8 character that the file does not finish (0 when none). */
function cutCharacter(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > k ? k : 0;
  }
  return 0;
}

// Decoders that do not fail mark an unfinished last character with a replacement mark.
function gb18030(bytes: Uint8Array): Decoded {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (!text.endsWith('\uFFFD') || bytes.length < 2) return { text, encoding: 'gb18030' };
  // A two-byte character cut after its first byte.
  const shorter = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength - 1), 'gb18030');
  return shorter.endsWith('\uFFFD') ? { text, encoding: 'gb18030' } : { text: shorter, encoding: 'gb18030', truncated: true };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  if (!text.endsWith('\uFFFD')) return { text, encoding };
  // An odd last byte, or half of a surrogate pair (a character outside the BMP).
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    const shorter = decoder.decode(bytes.subarray(0, bytes.length - k));
    if (!shorter.endsWith('\uFFFD')) return { text: shorter, encoding, truncated: true };
  }
  return { text, encoding };
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
